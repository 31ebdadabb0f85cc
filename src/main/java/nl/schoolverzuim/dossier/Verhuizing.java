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

/**
 * A move reported by a melding from another gemeente than the Jongere's woongemeente: the old gemeente's team
 * confirms it or not (process {@code verhuizing}); until then the woongemeente stays and neither team reads the
 * other's Dossier (MAS §10).
 */
@Entity
class Verhuizing {

    enum Status { GEMELD, BEVESTIGD, NIET_BEVESTIGD }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "verhuizing_seq")
    @SequenceGenerator(name = "verhuizing_seq", sequenceName = "verhuizing_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Jongere jongere;

    /** The old woongemeente's Dossier, handed over on confirmation. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Dossier vanDossier;

    /** The reporting gemeente's Dossier, holding the werkproces of the melding. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Dossier naarDossier;

    private LocalDate meldingsdatum;
    private Instant gemeldOp;

    @Enumerated(EnumType.STRING)
    private Status status;

    private Instant afgehandeldOp;
    private String processInstanceId;

    protected Verhuizing() {
    }

    Verhuizing(Dossier vanDossier, Dossier naarDossier, LocalDate meldingsdatum, Instant gemeldOp) {
        this.jongere = vanDossier.getJongere();
        this.vanDossier = vanDossier;
        this.naarDossier = naarDossier;
        this.meldingsdatum = meldingsdatum;
        this.gemeldOp = gemeldOp;
        this.status = Status.GEMELD;
    }

    void gestart(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void afgehandeld(Status uitkomst, Instant op) {
        if (status != Status.GEMELD) {
            throw new IllegalStateException("Verhuizing " + id + " is al afgehandeld");
        }
        this.status = uitkomst;
        this.afgehandeldOp = op;
    }

    Long getId() {
        return id;
    }

    Jongere getJongere() {
        return jongere;
    }

    Dossier getVanDossier() {
        return vanDossier;
    }

    Dossier getNaarDossier() {
        return naarDossier;
    }

    LocalDate getMeldingsdatum() {
        return meldingsdatum;
    }

    Status getStatus() {
        return status;
    }
}
