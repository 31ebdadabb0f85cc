package nl.schoolverzuim.leerplicht;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

import nl.schoolverzuim.dossier.Werkproces;

/** The officer's route choice next to the advice (MAS §4.3); a deviation carries its motivation. */
@Entity
public class Routebesluit {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "routebesluit_seq")
    @SequenceGenerator(name = "routebesluit_seq", sequenceName = "routebesluit_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Werkproces werkproces;

    /** Comma-separated {@link Route} names, in MAS order. */
    private String geadviseerd;
    private String gekozen;
    private String motivering;
    private String beslotenDoor;
    private Instant beslotenOp;

    protected Routebesluit() {
    }

    Routebesluit(Werkproces werkproces, String geadviseerd, String gekozen, String motivering, String beslotenDoor,
                 Instant beslotenOp) {
        this.werkproces = werkproces;
        this.geadviseerd = geadviseerd;
        this.gekozen = gekozen;
        this.motivering = motivering;
        this.beslotenDoor = beslotenDoor;
        this.beslotenOp = beslotenOp;
    }

    public Werkproces getWerkproces() {
        return werkproces;
    }

    public String getBeslotenDoor() {
        return beslotenDoor;
    }

    public Instant getBeslotenOp() {
        return beslotenOp;
    }

    public String getGeadviseerd() {
        return geadviseerd;
    }

    public String getGekozen() {
        return gekozen;
    }

    public String getMotivering() {
        return motivering;
    }
}
