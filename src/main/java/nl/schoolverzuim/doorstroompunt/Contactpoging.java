package nl.schoolverzuim.doorstroompunt;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

/** One attempt to reach the Jongere: telefoon, mail, brief or huisbezoek (MAS §8). */
@Entity
public class Contactpoging {

    /** How the Jongere was approached: form dsp-contact-leggen (contactSoort). */
    public enum Soort {
        TELEFOON, MAIL, BRIEF, HUISBEZOEK
    }

    /** What the attempt gave: form dsp-contact-leggen (contactUitkomst), on which doorstroompunt-vsv branches. */
    public enum Uitkomst {
        BEREIKT, NIET_BEREIKT, NIET_BEREIKBAAR, WEIGERT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contactpoging_seq")
    @SequenceGenerator(name = "contactpoging_seq", sequenceName = "contactpoging_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private VsvTraject vsvTraject;

    @Enumerated(EnumType.STRING)
    private Soort soort;
    private LocalDate datum;
    @Enumerated(EnumType.STRING)
    private Uitkomst uitkomst;
    private String notitie;

    protected Contactpoging() {
    }

    Contactpoging(VsvTraject vsvTraject, Soort soort, LocalDate datum, Uitkomst uitkomst, String notitie) {
        this.vsvTraject = vsvTraject;
        this.soort = soort;
        this.datum = datum;
        this.uitkomst = uitkomst;
        this.notitie = notitie;
    }

    public Soort getSoort() {
        return soort;
    }

    public Uitkomst getUitkomst() {
        return uitkomst;
    }
}
