package nl.schoolverzuim.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * Camunda's authorization manager, except for how it learns which of a user's groups have any authorization (on
 * PostgreSQL, see {@link PostgresEngineTuning}): it asks about those groups only, instead of reading every group in
 * ACT_RU_AUTHORIZATION and keeping the user's. Same answer, also for the groups of another user
 * ({@code isUserAuthorized}); remembered for the command, as Camunda remembers its list.
 */
class GroepenMetAutorisatie extends AuthorizationManager {

    private final Map<Set<String>, List<String>> bekend = new HashMap<>();

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> groepen) {
        if (groepen == null || groepen.isEmpty()) {
            return Collections.emptyList();
        }
        List<String> metAutorisatie = bekend.computeIfAbsent(new TreeSet<>(groepen), gevraagd -> {
            @SuppressWarnings("unchecked")
            List<String> gevonden = getDbEntityManager().selectList(PostgresEngineTuning.GROEPEN_STATEMENT,
                    new ArrayList<>(gevraagd));
            return List.copyOf(gevonden);
        });
        return new ArrayList<>(metAutorisatie);
    }
}
