package nl.schoolverzuim.dossier;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Transient;

/** Everything about one Jongere (MAS §1): one per Jongere, linking meldingen and werkprocessen. */
@Entity
public class Dossier {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dossier_seq")
    @SequenceGenerator(name = "dossier_seq", sequenceName = "dossier_seq", allocationSize = 50)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    private Jongere jongere;

    private Instant aangemaaktOp;

    /** Created in this transaction, so it has no werkproces yet; false for every Dossier read from the database. */
    @Transient
    private boolean nieuw;

    protected Dossier() {
    }

    Dossier(Jongere jongere, Instant aangemaaktOp) {
        this.jongere = jongere;
        this.aangemaaktOp = aangemaaktOp;
        this.nieuw = true;
    }

    boolean isNieuw() {
        return nieuw;
    }

    public Long getId() {
        return id;
    }

    public Jongere getJongere() {
        return jongere;
    }

    public Instant getAangemaaktOp() {
        return aangemaaktOp;
    }
}
