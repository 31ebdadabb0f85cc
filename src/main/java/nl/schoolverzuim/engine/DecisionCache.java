package nl.schoolverzuim.engine;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.ProcessEngineServices;

/**
 * The first row of a lookup-table decision (deadline table, routing, which werkproces a melding joins), evaluated
 * once per decision version and inputs. These tables are pure functions of a few codes, yet evaluating them with
 * the FEEL engine for every melding and every user task took a quarter of the CPU time of the bench. A
 * deployment on this node is used by the next evaluation, one on another node within seconds
 * ({@link LaatsteVersies}). A new version is a new cache entry, never a stale row. Decisions about a Jongere (Halt,
 * route, proces-verbaal, afronding) are evaluated every time and kept in history; the nightly thuiszitter check of
 * every open werkproces is served here too, its outcome recorded as the thuiszitter (ADR 0019).
 */
public class DecisionCache {

    /** Versions times input combinations stay in the hundreds; a cap guards against a caller passing free values. */
    static final int MAXIMUM = 10_000;

    private final Map<List<Object>, Optional<Map<String, Object>>> rijen = new ConcurrentHashMap<>();
    private final Map<List<Object>, List<Map<String, Object>>> lijsten = new ConcurrentHashMap<>();
    private final LaatsteVersies versies;

    public DecisionCache(LaatsteVersies versies) {
        this.versies = versies;
    }

    public Optional<Map<String, Object>> eersteRij(ProcessEngineServices engine, String decisionKey,
                                                   Map<String, Object> invoer) {
        String versie = laatsteVersie(engine, decisionKey);
        List<Object> sleutel = List.of(versie, new HashMap<>(invoer));
        Optional<Map<String, Object>> rij = rijen.get(sleutel);
        if (rij == null) {
            DmnDecisionResultEntries eerste = engine.getDecisionService().evaluateDecisionById(versie)
                    .variables(invoer).evaluate().getFirstResult();
            rij = Optional.ofNullable(eerste).map(DmnDecisionResultEntries::getEntryMap);
            if (rijen.size() >= MAXIMUM) {
                rijen.clear();
            }
            rijen.putIfAbsent(sleutel, rij);
        }
        return rij;
    }

    /**
     * Every matching row of a COLLECT decision (a code list, {@code codelijsten.dmn}) in the table's order, cached like
     * {@link #eersteRij}.
     */
    public List<Map<String, Object>> alleRijen(ProcessEngineServices engine, String decisionKey,
                                               Map<String, Object> invoer) {
        String versie = laatsteVersie(engine, decisionKey);
        List<Object> sleutel = List.of(versie, new HashMap<>(invoer));
        List<Map<String, Object>> lijst = lijsten.get(sleutel);
        if (lijst == null) {
            lijst = engine.getDecisionService().evaluateDecisionById(versie).variables(invoer).evaluate().stream()
                    .map(rij -> Collections.unmodifiableMap(new LinkedHashMap<>(rij.getEntryMap()))).toList();
            if (lijsten.size() >= MAXIMUM) {
                lijsten.clear();
            }
            lijsten.putIfAbsent(sleutel, lijst);
        }
        return lijst;
    }

    private String laatsteVersie(ProcessEngineServices engine, String decisionKey) {
        String versie = versies.beslissing(engine, decisionKey);
        if (versie == null) {
            throw new IllegalStateException("Beslissing " + decisionKey + " is niet uitgerold");
        }
        return versie;
    }
}
