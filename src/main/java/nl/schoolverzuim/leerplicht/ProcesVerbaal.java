package nl.schoolverzuim.leerplicht;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

import nl.schoolverzuim.dossier.Werkproces;

/**
 * A proces-verbaal by the LPA as BOA and the OM's afdoening; politiegegevens under the Wpg (MAS §4.3, §10). Kept
 * here only: the werkproces carries just this id (variable {@code procesVerbaalId}), see {@link ProcessenVerbaal}.
 */
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
    @Column(name = "pv_datum")
    private LocalDate datum;
    private Instant opgemaaktOp;
    private String opgemaaktDoor;
    private String feiten;
    private String omAfdoening;
    private String afdoeningToelichting;
    private Instant afgedaanOp;
    private String afgedaanDoor;

    protected ProcesVerbaal() {
    }

    ProcesVerbaal(Werkproces werkproces, boolean tegenOuders, boolean tegenJongere, LocalDate datum, String feiten,
                  String opgemaaktDoor, Instant opgemaaktOp) {
        this.werkproces = werkproces;
        this.tegenOuders = tegenOuders;
        this.tegenJongere = tegenJongere;
        this.datum = datum;
        this.feiten = feiten;
        this.opgemaaktDoor = opgemaaktDoor;
        this.opgemaaktOp = opgemaaktOp;
    }

    void afgedaan(String afdoening, String toelichting, String door, Instant op) {
        this.omAfdoening = afdoening;
        this.afdoeningToelichting = toelichting;
        this.afgedaanDoor = door;
        this.afgedaanOp = op;
    }

    public Long getId() {
        return id;
    }

    public Werkproces getWerkproces() {
        return werkproces;
    }

    public boolean isTegenOuders() {
        return tegenOuders;
    }

    public boolean isTegenJongere() {
        return tegenJongere;
    }

    public LocalDate getDatum() {
        return datum;
    }

    public Instant getOpgemaaktOp() {
        return opgemaaktOp;
    }

    public String getOpgemaaktDoor() {
        return opgemaaktDoor;
    }

    public String getFeiten() {
        return feiten;
    }

    public String getOmAfdoening() {
        return omAfdoening;
    }

    public String getAfdoeningToelichting() {
        return afdoeningToelichting;
    }

    public Instant getAfgedaanOp() {
        return afgedaanOp;
    }

    public String getAfgedaanDoor() {
        return afgedaanDoor;
    }
}
