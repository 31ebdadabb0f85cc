package nl.schoolverzuim.doorstroompunt;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

/** One attempt to reach the Jongere: telefoon, mail, brief or huisbezoek (MAS §8). */
@Entity
public class Contactpoging {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contactpoging_seq")
    @SequenceGenerator(name = "contactpoging_seq", sequenceName = "contactpoging_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private VsvTraject vsvTraject;

    /** A code of decision codelijst-contactsoort. */
    private String soort;
    private LocalDate datum;
    /** A code of decision codelijst-contactuitkomst, on which doorstroompunt-vsv branches. */
    private String uitkomst;
    private String notitie;

    protected Contactpoging() {
    }

    Contactpoging(VsvTraject vsvTraject, String soort, LocalDate datum, String uitkomst, String notitie) {
        this.vsvTraject = vsvTraject;
        this.soort = soort;
        this.datum = datum;
        this.uitkomst = uitkomst;
        this.notitie = notitie;
    }

    public String getSoort() {
        return soort;
    }

    public String getUitkomst() {
        return uitkomst;
    }
}
