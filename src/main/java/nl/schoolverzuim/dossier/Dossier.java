package nl.schoolverzuim.dossier;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Transient;

import nl.schoolverzuim.organisatie.Gemeente;

/**
 * Everything a gemeente has about one Jongere (MAS §1), linking meldingen and werkprocessen. A Jongere has one Dossier
 * per gemeente that worked with them: a melding never changes who reads existing werkprocessen (MAS §10), so a
 * melding naming another woongemeente starts that gemeente's own Dossier, and the old one is handed over only when
 * its team confirms the move ({@link Verhuizingen}).
 */
@Entity
public class Dossier {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dossier_seq")
    @SequenceGenerator(name = "dossier_seq", sequenceName = "dossier_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Jongere jongere;

    /** Whose teams work and read it, and own the werkprocessen started in it. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Gemeente gemeente;

    private Instant aangemaaktOp;
    /** When the Jongere's move away from {@link #gemeente} was confirmed: the new woongemeente's team reads it too. */
    private Instant overgedragenOp;

    /** Created in this transaction, so it has no werkproces yet; false for every Dossier read from the database. */
    @Transient
    private boolean nieuw;

    protected Dossier() {
    }

    Dossier(Jongere jongere, Gemeente gemeente, Instant aangemaaktOp) {
        this.jongere = jongere;
        this.gemeente = gemeente;
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

    public Gemeente getGemeente() {
        return gemeente;
    }

    void overdragen(Instant op) {
        if (overgedragenOp == null) {
            overgedragenOp = op;
        }
    }

    public boolean isOvergedragen() {
        return overgedragenOp != null;
    }

    /**
     * The gemeenten whose teams read this Dossier (MAS §10): its own, and after a confirmed move the Jongere's
     * woongemeente, which the hand-over gave it to.
     */
    public List<Gemeente> gemeentenMetInzage() {
        return isOvergedragen() && !jongere.getWoongemeente().getId().equals(gemeente.getId())
                ? List.of(gemeente, jongere.getWoongemeente()) : List.of(gemeente);
    }

    /** The woongemeente as this Dossier's readers know it: its own gemeente until handed over, then the new one. */
    public Gemeente getBekendeWoongemeente() {
        return isOvergedragen() ? jongere.getWoongemeente() : gemeente;
    }
}
