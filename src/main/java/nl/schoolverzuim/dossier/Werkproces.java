package nl.schoolverzuim.dossier;

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

import nl.schoolverzuim.domein.Verzuimsoort;
import nl.schoolverzuim.organisatie.Teams.Team;

/**
 * One handling of one or more meldingen (MAS §1): one process instance whose business key is this id,
 * so reports can count werkprocessen next to meldingen and jongeren.
 */
@Entity
public class Werkproces {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "werkproces_seq")
    @SequenceGenerator(name = "werkproces_seq", sequenceName = "werkproces_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Dossier dossier;

    /** Null for a werkproces without verzuim: a vrijstelling or a verlof request (MAS §3, §7; ADR 0033). */
    @Enumerated(EnumType.STRING)
    private Verzuimsoort verzuimsoort;

    private String procesKey;

    @Enumerated(EnumType.STRING)
    private Team team;

    private String kandidaatGroep;
    private String processInstanceId;
    private Instant gestartOp;
    /** The date of the melding that started it; MAS §6 counts 4 weeks from here. */
    private LocalDate eersteMeldingsdatum;
    /** MAS §4.1: started from an OVERIG melding asking for the preventive talk; a later WETTELIJK melding joins it. */
    private boolean preventief;
    /** A code of {@link WerkprocesResultaat} or of a list in {@code codelijsten.dmn}. */
    private String resultaat;
    private String resultaatDetail;
    private Instant afgeslotenOp;

    protected Werkproces() {
    }

    public Werkproces(Dossier dossier, Verzuimsoort verzuimsoort, String procesKey, Team team, String kandidaatGroep,
                      boolean preventief, LocalDate eersteMeldingsdatum, Instant gestartOp) {
        this.eersteMeldingsdatum = eersteMeldingsdatum;
        this.dossier = dossier;
        this.preventief = preventief;
        this.verzuimsoort = verzuimsoort;
        this.procesKey = procesKey;
        this.team = team;
        this.kandidaatGroep = kandidaatGroep;
        this.gestartOp = gestartOp;
    }

    public String businessKey() {
        return String.valueOf(id);
    }

    public void gestart(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** Closes the werkproces with exactly one resultaat (MAS §4.5); closing twice is a programming error. */
    public void afsluiten(WerkprocesResultaat resultaat, String detail, Instant op) {
        afsluiten(resultaat.name(), detail, op);
    }

    /** {@link #afsluiten(WerkprocesResultaat, String, Instant)} with a code an officer chose from a code list. */
    public void afsluiten(String resultaat, String detail, Instant op) {
        if (afgeslotenOp != null) {
            throw new IllegalStateException("Werkproces " + id + " is al afgesloten");
        }
        this.resultaat = resultaat;
        this.resultaatDetail = detail;
        this.afgeslotenOp = op;
    }

    /**
     * Triage reclassified the melding (MAS §4 step 1): the werkproces goes on as this soort, so a later melding joins
     * it by the new one; the melding keeps the soort it was reported with.
     */
    public void herclassificeer(Verzuimsoort nieuw) {
        this.verzuimsoort = nieuw;
    }

    public boolean isOpen() {
        return afgeslotenOp == null;
    }

    public LocalDate getEersteMeldingsdatum() {
        return eersteMeldingsdatum;
    }

    public boolean isPreventief() {
        return preventief;
    }

    public String getResultaat() {
        return resultaat;
    }

    public String getResultaatDetail() {
        return resultaatDetail;
    }

    public Instant getAfgeslotenOp() {
        return afgeslotenOp;
    }

    public Long getId() {
        return id;
    }

    public Dossier getDossier() {
        return dossier;
    }

    /** Null for a werkproces without verzuim (vrijstelling, verlof): never count or route it as a soort. */
    public Verzuimsoort getVerzuimsoort() {
        return verzuimsoort;
    }

    /** The Verzuimsoort's code for decisions, variables and views; null for a werkproces without verzuim. */
    public String verzuimsoortCode() {
        return verzuimsoort == null ? null : verzuimsoort.name();
    }

    public String getProcesKey() {
        return procesKey;
    }

    public Team getTeam() {
        return team;
    }

    public String getKandidaatGroep() {
        return kandidaatGroep;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Instant getGestartOp() {
        return gestartOp;
    }
}
