package nl.schoolverzuim.leerplicht;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * Evaluates the MAS decisions for one Jongere: {@code mas-route} (the advised routes, MAS §4.3), {@code halt-geschikt}
 * (the Halt criteria with every unmet one) and {@code proces-verbaal} (against whom a PV may be drawn up). The rules
 * are the DMN tables; this class only reads their results.
 */
@Component
class RouteAdvies {

    static final String MAS_ROUTE = "mas-route";
    static final String HALT_GESCHIKT = "halt-geschikt";
    static final String PROCES_VERBAAL = "proces-verbaal";

    /** The input variables of the decisions the officer answers or the melding gives, fixed names. */
    static final List<String> FEITEN = List.of("leeftijd", "verzuimsoort", "urenVerzuim", "kerenTeLaat",
            "eerderHaltVoorVerzuim", "toestemmingJongere", "toestemmingOuders",
            "ernstigePsychischeProblematiekZonderHulp", "verwijtbaar", "eigenInitiatief", "achterliggendeProblematiek",
            "medewerking");

    /**
     * The yes/no facts among them, which the officer answers in the onderzoek with ja, nee or onbekend; the label
     * names a fact the advice could not use.
     */
    static final Map<String, String> JA_NEE = Map.of(
            "eerderHaltVoorVerzuim", "eerder naar Halt verwezen",
            "toestemmingJongere", "toestemming van de jongere",
            "toestemmingOuders", "toestemming van de ouders",
            "ernstigePsychischeProblematiekZonderHulp", "ernstige psychische problematiek zonder hulp",
            "verwijtbaar", "verwijtbaar",
            "eigenInitiatief", "op eigen initiatief (luxeverzuim)",
            "achterliggendeProblematiek", "achterliggende problematiek",
            "medewerking", "medewerking aan hulp");

    /**
     * A yes/no answer as the decisions take it: the forms give "JA", "NEE" or "ONBEKEND" (a Boolean from the REST
     * API or tests stays as it is); anything else is unknown, null, which never meets a criterion (MAS §4.3).
     */
    static Boolean jaNee(Object antwoord) {
        if (antwoord instanceof Boolean ja) {
            return ja;
        }
        return "JA".equals(antwoord) ? Boolean.TRUE : "NEE".equals(antwoord) ? Boolean.FALSE : null;
    }

    record Advies(Set<Route> routes, String motivering, boolean haltGeschikt, List<String> haltRedenen) {
    }

    record PvRegels(boolean oudersToegestaan, boolean jongereToegestaan) {
    }

    private final DecisionService decisions;

    RouteAdvies(DecisionService decisions) {
        this.decisions = decisions;
    }

    /** halt-geschikt first: mas-route takes its haltGeschikt as an input, so Halt criteria live in one table. */
    Advies adviseer(Map<String, Object> feiten) {
        DmnDecisionResultEntries halt = decisions.evaluateDecisionByKey(HALT_GESCHIKT).variables(feiten).evaluate()
                .getSingleResult();
        boolean haltGeschikt = Boolean.TRUE.equals(halt.getEntry("haltGeschikt"));
        Map<String, Object> invoer = new HashMap<>(feiten);
        invoer.put("haltGeschikt", haltGeschikt);
        Set<Route> geadviseerd = EnumSet.noneOf(Route.class);
        List<String> motiveringen = new ArrayList<>();
        for (DmnDecisionResultEntries rij : decisions.evaluateDecisionByKey(MAS_ROUTE).variables(invoer).evaluate()) {
            geadviseerd.add(Route.valueOf(rij.getEntry("route")));
            motiveringen.add(rij.getEntry("motivering"));
        }
        if (motiveringen.isEmpty()) {
            motiveringen.add("Geen route geadviseerd: kies zelf, bijvoorbeeld een waarschuwing.");
        }
        List<String> onbekend = JA_NEE.keySet().stream().filter(naam -> feiten.containsKey(naam) && feiten.get(naam) == null)
                .filter(naam -> !"eigenInitiatief".equals(naam) || "LUXE".equals(feiten.get("verzuimsoort")))
                .map(JA_NEE::get).sorted().toList();
        if (!onbekend.isEmpty()) {
            motiveringen.add("Onbekend, telt in het advies niet mee: " + String.join(", ", onbekend) + ".");
        }
        Collection<?> redenen = halt.getEntry("redenen");
        return new Advies(geadviseerd, String.join("\n", motiveringen),
                haltGeschikt, redenen == null ? List.of() : redenen.stream().map(String::valueOf).toList());
    }

    PvRegels procesVerbaal(int leeftijd, String verzuimsoort, Boolean eigenInitiatief) {
        Map<String, Object> invoer = new HashMap<>();
        invoer.put("leeftijd", leeftijd);
        invoer.put("verzuimsoort", verzuimsoort);
        invoer.put("eigenInitiatief", eigenInitiatief);
        DmnDecisionResultEntries rij = decisions.evaluateDecisionByKey(PROCES_VERBAAL).variables(invoer).evaluate()
                .getSingleResult();
        return new PvRegels(Boolean.TRUE.equals(rij.getEntry("pvOudersToegestaan")),
                Boolean.TRUE.equals(rij.getEntry("pvJongereToegestaan")));
    }

    static String namen(Set<Route> routes) {
        return routes.stream().map(Route::name).collect(Collectors.joining(","));
    }
}
