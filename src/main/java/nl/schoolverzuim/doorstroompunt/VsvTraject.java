package nl.schoolverzuim.doorstroompunt;

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
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;

import nl.schoolverzuim.domein.Schooljaar;
import nl.schoolverzuim.dossier.Dossier;
import nl.schoolverzuim.dossier.Werkproces;
import nl.schoolverzuim.organisatie.Gemeente;

/**
 * The Doorstroompunt's trajectory of one voortijdig schoolverlater (MAS §8): one per Jongere, carried from werkproces
 * to werkproces (re-approach after a year, transfer to another regio), so reports count Jongeren, not werkprocessen.
 */
@Entity
public class VsvTraject {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vsv_traject_seq")
    @SequenceGenerator(name = "vsv_traject_seq", sequenceName = "vsv_traject_seq", allocationSize = 50)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    private Dossier dossier;

    @ManyToOne(fetch = FetchType.LAZY)
    private Werkproces werkproces;

    /** The gemeente whose figures count this Jongere: the woongemeente, updated on a transfer. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Gemeente gemeente;

    @Enumerated(EnumType.STRING)
    private VsvStatus status;

    /** The de-registration (or hand-off at 18): decides new vs old vsv'er per school year (MAS §8). */
    private LocalDate uitvaldatum;
    /** A code of decision codelijst-monitoringresultaat. */
    private String laatsteMonitoring;
    private String afrondReden;
    private Instant afgerondOp;
    /**
     * The day the traject last went into monitoring; cleared when it goes back to begeleiding, kept when it is
     * afgerond, so the jaarverslag knows its status on an earlier peildatum (MAS §9).
     */
    private LocalDate monitoringSinds;
    private LocalDate herbenaderenOp;

    protected VsvTraject() {
    }

    VsvTraject(Dossier dossier, Gemeente gemeente, LocalDate uitvaldatum) {
        this.dossier = dossier;
        this.gemeente = gemeente;
        this.uitvaldatum = uitvaldatum;
        this.status = VsvStatus.IN_BEHANDELING;
    }

    void inBehandeling(Werkproces werkproces, Gemeente gemeente) {
        this.werkproces = werkproces;
        this.gemeente = gemeente;
        this.status = VsvStatus.IN_BEHANDELING;
        this.afrondReden = null;
        this.afgerondOp = null;
        this.herbenaderenOp = null;
        this.monitoringSinds = null;
    }

    /** A transfer to the new woongemeente's Dossier, which the traject's next werkproces starts in (MAS §8). */
    void verplaats(Dossier dossier) {
        this.dossier = dossier;
    }

    void terugNaarBegeleiding() {
        this.status = VsvStatus.IN_BEHANDELING;
        this.monitoringSinds = null;
    }

    /** Monitored with this status from {@code op}, or still monitored since it went into monitoring. */
    void monitoring(String resultaat, LocalDate op) {
        if (status != VsvStatus.MONITORING) {
            this.monitoringSinds = op;
        }
        this.status = VsvStatus.MONITORING;
        this.laatsteMonitoring = resultaat;
    }

    void herbenaderen(LocalDate op) {
        this.herbenaderenOp = op;
    }

    void afronden(String reden, Instant op) {
        this.status = VsvStatus.AFGEROND;
        this.afrondReden = reden;
        this.afgerondOp = op;
    }

    /** New vs old vsv'er on a peildatum: left in the same school year or before it (MAS §8). */
    public boolean isNieuw(LocalDate peildatum) {
        return Schooljaar.van(peildatum).bevat(uitvaldatum);
    }

    public Long getId() {
        return id;
    }

    public Dossier getDossier() {
        return dossier;
    }

    public Werkproces getWerkproces() {
        return werkproces;
    }

    public Gemeente getGemeente() {
        return gemeente;
    }

    public VsvStatus getStatus() {
        return status;
    }

    public LocalDate getUitvaldatum() {
        return uitvaldatum;
    }

    public String getLaatsteMonitoring() {
        return laatsteMonitoring;
    }

    public String getAfrondReden() {
        return afrondReden;
    }

    public LocalDate getMonitoringSinds() {
        return monitoringSinds;
    }

    public LocalDate getHerbenaderenOp() {
        return herbenaderenOp;
    }
}
