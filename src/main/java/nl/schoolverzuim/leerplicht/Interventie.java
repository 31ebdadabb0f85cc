package nl.schoolverzuim.leerplicht;

import java.time.Instant;
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

import nl.schoolverzuim.dossier.Werkproces;

/** Vrijwillige hulp, a Halt-verwijzing or an RvdK-verzoek, with its outcome (MAS §4.3). */
@Entity
public class Interventie {

    public Werkproces getWerkproces() {
        return werkproces;
    }

    public Instant getGestartOp() {
        return gestartOp;
    }

    public enum Soort { VRIJWILLIGE_HULP, HALT, RVDK }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "interventie_seq")
    @SequenceGenerator(name = "interventie_seq", sequenceName = "interventie_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Werkproces werkproces;

    @Enumerated(EnumType.STRING)
    private Soort soort;

    private Instant gestartOp;
    private String uitkomst;
    private Instant afgerondOp;
    private String toelichting;

    /** Who consented to vrijwillige hulp (MAS §10): a code of codelijst-toestemming (codelijsten.dmn). */
    private String toestemmingDoor;
    private LocalDate toestemmingDatum;

    protected Interventie() {
    }

    Interventie(Werkproces werkproces, Soort soort, String toelichting, Instant gestartOp) {
        this.werkproces = werkproces;
        this.soort = soort;
        this.toelichting = toelichting;
        this.gestartOp = gestartOp;
    }

    Interventie metToestemming(String door, LocalDate datum) {
        this.toestemmingDoor = door;
        this.toestemmingDatum = datum;
        return this;
    }

    void afgerond(String uitkomst, Instant op) {
        this.uitkomst = uitkomst;
        this.afgerondOp = op;
    }

    public Soort getSoort() {
        return soort;
    }

    public String getUitkomst() {
        return uitkomst;
    }

    public Instant getAfgerondOp() {
        return afgerondOp;
    }

    public String getToestemmingDoor() {
        return toestemmingDoor;
    }

    public LocalDate getToestemmingDatum() {
        return toestemmingDatum;
    }
}
