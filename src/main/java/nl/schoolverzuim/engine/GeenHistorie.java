package nl.schoolverzuim.engine;

import java.util.Set;

/**
 * What the history level {@code schoolverzuim} leaves out besides the proces-verbaal data it knows itself
 * ({@link SchoolverzuimHistoryLevel}): the process variables every werkproces carries as a copy of its Dossier, and
 * the lookup-table decisions served by the {@link DecisionCache}. A bean the domain provides, so the engine extensions
 * depend on no domain package.
 *
 * @param kopieUitHetDossier names of the variables whose history is not written
 * @param beslissingen keys of the decisions whose evaluations are not recorded
 */
public record GeenHistorie(Set<String> kopieUitHetDossier, Set<String> beslissingen) {

    public GeenHistorie {
        kopieUitHetDossier = Set.copyOf(kopieUitHetDossier);
        beslissingen = Set.copyOf(beslissingen);
    }
}
