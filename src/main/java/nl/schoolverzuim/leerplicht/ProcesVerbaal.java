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

/** A proces-verbaal by the LPA as BOA and the OM's afdoening; politiegegevens under the Wpg (MAS §4.3, §10). */
@Entity
public class ProcesVerbaal {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "proces_verbaal_seq")
    @SequenceGenerator(name = "proces_verbaal_seq", sequenceName = "proces_verbaal_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Werkproces werkproces;

    private boolean tegenOuders;
    private boolean tegenJongere;
    private Instant opgemaaktOp;
    private String feiten;
    private String omAfdoening;
    private Instant afgedaanOp;

    protected ProcesVerbaal() {
    }

    ProcesVerbaal(Werkproces werkproces, boolean tegenOuders, boolean tegenJongere, String feiten, Instant opgemaaktOp) {
        this.werkproces = werkproces;
        this.tegenOuders = tegenOuders;
        this.tegenJongere = tegenJongere;
        this.feiten = feiten;
        this.opgemaaktOp = opgemaaktOp;
    }

    void afgedaan(String afdoening, Instant op) {
        this.omAfdoening = afdoening;
        this.afgedaanOp = op;
    }

    public boolean isTegenOuders() {
        return tegenOuders;
    }

    public boolean isTegenJongere() {
        return tegenJongere;
    }

    public String getOmAfdoening() {
        return omAfdoening;
    }
}
