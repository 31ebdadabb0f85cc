package nl.schoolverzuim.domein;

import java.util.Collection;
import java.util.Set;

/**
 * What a capability keeps about a werkproces or a Dossier, removed when the werkproces's retention ends (MAS §10).
 * The Dossier's capability (dossier.Opruiming) calls every implementation in its transaction, before it removes the
 * werkprocessen and Dossiers themselves, so each capability deletes its own tables and none reaches into another's.
 */
public interface NaBewaartermijn {

    /** Removes what hangs on these werkprocessen (by id, and by the id of their process instance). */
    void verwijderVanWerkprocessen(Collection<Long> werkprocesIds, Collection<String> processInstanceIds);

    /** Which of these Dossiers, left without a werkproces, still hold something of this capability that is not done. */
    default Set<Long> nogNodig(Collection<Long> dossierIds) {
        return Set.of();
    }

    /** Removes what is left of these Dossiers, which go next (they have no werkproces any more). */
    default void verwijderVanDossiers(Collection<Long> dossierIds) {
    }
}
