package nl.schoolverzuim.leerplicht;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

import nl.schoolverzuim.dossier.Dossier;
import nl.schoolverzuim.dossier.Werkproces;

/**
 * MAS §2: on the 18th birthday the Dossier passes to the Doorstroompunt. Stored, so the DSP werkproces picks it up
 * even when it is deployed later than the hand-off happened ({@code opgepaktOp} stays empty until then).
 */
@Entity
public class DspOverdracht {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dsp_overdracht_seq")
    @SequenceGenerator(name = "dsp_overdracht_seq", sequenceName = "dsp_overdracht_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Dossier dossier;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Werkproces werkproces;

    private Instant overgedragenOp;
    private String notitie;
    private Instant opgepaktOp;

    protected DspOverdracht() {
    }

    DspOverdracht(Werkproces werkproces, String notitie, Instant overgedragenOp) {
        this.dossier = werkproces.getDossier();
        this.werkproces = werkproces;
        this.notitie = notitie;
        this.overgedragenOp = overgedragenOp;
    }

    /** The Doorstroompunt started its werkproces for this hand-off. */
    public void opgepakt(Instant op) {
        this.opgepaktOp = op;
    }

    public Long getId() {
        return id;
    }

    public Dossier getDossier() {
        return dossier;
    }

}
