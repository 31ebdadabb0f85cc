package nl.schoolverzuim.domein;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ProcessEngineServicesAware;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import nl.schoolverzuim.engine.DecisionCache;
import nl.schoolverzuim.engine.JsonWaarden;
import nl.schoolverzuim.engine.Procesbean;

/**
 * The closed lists of the forms (Resultaat, reasons, monitoring categories, contact attempts, tafel outcomes), one
 * source for form and server: the COLLECT decisions of {@code processes/codelijsten.dmn}, one per list, with the code,
 * the Dutch label and for which verzuimsoort. A user task puts its list into its form with an input mapping
 * ({@code ${codelijsten.opties(execution, 'codelijst-resultaat')}}, read by the form field's {@code valuesKey}); the
 * server accepts exactly the codes of the same decision ({@link #keuze}) and pages show its labels ({@link #label}).
 * A row added and deployed is offered, accepted and labelled at once, without code (ADR 0021).
 */
@Procesbean
@Component("codelijsten")
public class Codelijsten {

    public static final String RESULTAAT = "codelijst-resultaat";
    public static final String AFSLUITREDEN = "codelijst-afsluitreden";
    public static final String MONITORINGRESULTAAT = "codelijst-monitoringresultaat";
    public static final String ZORGREDEN = "codelijst-zorgreden";
    public static final String ZORGUITKOMST = "codelijst-zorguitkomst";
    public static final String CONTACTUITKOMST18 = "codelijst-contactuitkomst18";
    public static final String HALTUITKOMST = "codelijst-haltuitkomst";
    public static final String RVDKUITKOMST = "codelijst-rvdkuitkomst";
    public static final String HULPRESULTAAT = "codelijst-hulpresultaat";
    public static final String TOESTEMMING = "codelijst-toestemming";
    public static final String VEILIGTHUIS = "codelijst-veiligthuis";
    public static final String CONTACTSOORT = "codelijst-contactsoort";
    public static final String CONTACTUITKOMST = "codelijst-contactuitkomst";
    public static final String MONITORINGVERVOLG = "codelijst-monitoringvervolg";
    public static final String TAFELUITKOMST = "codelijst-tafeluitkomst";
    public static final String AFRONDREDEN = "codelijst-afrondreden";
    /** Every list, for the labels of pages; a code in several lists has one label. */
    static final List<String> ALLE = List.of(RESULTAAT, AFSLUITREDEN, MONITORINGRESULTAAT, ZORGREDEN, ZORGUITKOMST,
            CONTACTUITKOMST18, HALTUITKOMST, RVDKUITKOMST, HULPRESULTAAT, TOESTEMMING, VEILIGTHUIS, CONTACTSOORT,
            CONTACTUITKOMST, MONITORINGVERVOLG, TAFELUITKOMST, AFRONDREDEN);
    /** The variables the user tasks' input mappings fill with {@link #opties} for their forms' {@code valuesKey}. */
    static final Set<String> OPTIES = Set.of("resultaatOpties", "afsluitRedenOpties", "monitoringResultaatOpties",
            "zorgRedenOpties", "zorgUitkomstOpties", "contactUitkomst18Opties", "haltUitkomstOpties",
            "rvdkUitkomstOpties", "hulpResultaatOpties", "toestemmingHulpDoorOpties", "veiligThuisOpties",
            "contactSoortOpties", "contactUitkomstOpties", "monitoringVervolgOpties", "tafelUitkomstOpties",
            "afrondRedenOpties");

    /** One choice: the code forms submit and the project's tables store, and its Dutch label. */
    public record Keuze(String code, String label) {
    }

    private final DecisionCache beslissingen;
    private final ObjectProvider<ProcessEngine> engine;

    Codelijsten(DecisionCache beslissingen, ObjectProvider<ProcessEngine> engine) {
        this.beslissingen = beslissingen;
        this.engine = engine;
    }

    /** The choices of {@code codelijst} for {@code verzuimsoort} (null: the rows for every verzuimsoort). */
    public List<Keuze> lijst(ProcessEngineServices services, String codelijst, String verzuimsoort) {
        Map<String, Object> invoer = new HashMap<>();
        invoer.put(Variabelen.VERZUIMSOORT, verzuimsoort);
        return beslissingen.alleRijen(services, codelijst, invoer).stream()
                .map(rij -> new Keuze((String) rij.get("code"), (String) rij.get("label"))).toList();
    }

    /**
     * The options of a form field ({@code valuesKey}) for this werkproces's verzuimsoort: a JSON list of
     * {@code {"label", "value"}} as Camunda Forms reads it, or null when the list has no rows for it (the form hides
     * the field then, and {@link #keuze} refuses a value).
     */
    public ObjectValue opties(VariableScope scope, String codelijst) {
        List<Keuze> keuzes = lijst(scope, codelijst);
        if (keuzes.isEmpty()) {
            return null;
        }
        return JsonWaarden.lijst(keuzes.stream().map(k -> {
            Map<String, String> optie = new LinkedHashMap<>();
            optie.put("label", k.label());
            optie.put("value", k.code());
            return optie;
        }).toList());
    }

    /**
     * The required choice {@code veld} from {@code codelijst}: a missing value or a code outside the list refuses the
     * step with a Dutch message naming the field, never a server error.
     */
    public String keuze(VariableScope scope, String veld, String codelijst) {
        String waarde = Variabelen.verplicht(scope, veld);
        List<Keuze> keuzes = lijst(scope, codelijst);
        if (keuzes.stream().noneMatch(k -> k.code().equals(waarde))) {
            throw new Weigering(veld, "Veld '" + veld + "' heeft geen geldige keuze; kies uit: "
                    + String.join(", ", keuzes.stream().map(Keuze::code).toList()) + ".");
        }
        return waarde;
    }

    /**
     * A choice {@code veld} that only some verzuimsoorten have (the reason of afsluiten, MAS §4.5): required and from
     * the list when {@code codelijst} has rows for this werkproces's verzuimsoort, refused when it has none.
     */
    public String keuzeVoorVerzuimsoort(VariableScope scope, String veld, String codelijst) {
        if (!lijst(scope, codelijst).isEmpty()) {
            if (Variabelen.tekst(scope, veld) == null) {
                throw new Weigering(veld, "Veld '" + veld + "' is verplicht bij verzuimsoort "
                        + scope.getVariable(Variabelen.VERZUIMSOORT) + "; kies uit de lijst van die verzuimsoort.");
            }
            return keuze(scope, veld, codelijst);
        }
        if (Variabelen.tekst(scope, veld) != null) {
            throw new Weigering(veld, "Veld '" + veld + "' hoort niet bij verzuimsoort "
                    + scope.getVariable(Variabelen.VERZUIMSOORT) + "; laat het leeg.");
        }
        return null;
    }

    /** Complete listener of a user task whose form chooses {@code veld} from {@code codelijst}. */
    public void controleer(DelegateTask task, String veld, String codelijst) {
        keuze(task, veld, codelijst);
    }

    /** The Dutch label of a code in any list, for pages. */
    public Optional<String> label(String code) {
        ProcessEngine services = engine.getIfAvailable();
        if (services == null || code == null) {
            return Optional.empty();
        }
        List<String> soorten = new ArrayList<>();
        soorten.add(null);
        Arrays.stream(Verzuimsoort.values()).map(Enum::name).forEach(soorten::add);
        for (String codelijst : ALLE) {
            for (String verzuimsoort : soorten) {
                Optional<String> label = lijst(services, codelijst, verzuimsoort).stream()
                        .filter(k -> k.code().equals(code)).map(Keuze::label).findFirst();
                if (label.isPresent()) {
                    return label;
                }
            }
        }
        return Optional.empty();
    }

    private List<Keuze> lijst(VariableScope scope, String codelijst) {
        if (!(scope instanceof ProcessEngineServicesAware aware)) {
            throw new IllegalArgumentException("Codelijsten vraagt een execution of task, geen " + scope.getClass());
        }
        return lijst(aware.getProcessEngineServices(), codelijst, (String) scope.getVariable(Variabelen.VERZUIMSOORT));
    }
}
