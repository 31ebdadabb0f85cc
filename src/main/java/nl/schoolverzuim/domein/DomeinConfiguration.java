package nl.schoolverzuim.domein;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.schoolverzuim.engine.DecisionCache;
import nl.schoolverzuim.engine.EngineKlok;
import nl.schoolverzuim.engine.GeenHistorie;

@Configuration(proxyBeanMethods = false)
class DomeinConfiguration {

    @Bean
    Clock clock() {
        return new EngineKlok(Termijnen.ZONE);
    }

    @Bean
    Werkdagen werkdagen() {
        return new Werkdagen();
    }

    /** Bean name {@code termijnen} is what the BPMN due-date expressions call. */
    @Bean
    Termijnen termijnen(Werkdagen werkdagen, DecisionCache decisionCache) {
        return new Termijnen(werkdagen, decisionCache);
    }

    /**
     * What the history level {@code schoolverzuim} does not record (MAS §10). The variables are set by
     * {@code dossier.WerkprocesStarter} and {@code melding.IntakeService} on every werkproces they start;
     * {@code meldingId} and {@code onderwijssoort} are no longer set, but werkprocessen started before carry
     * them without a history row, and removing them at the end must not update a row that was never written. The
     * decisions are the lookup tables served by the {@code DecisionCache}: the deadline table, the routing and the
     * leerplicht phase it reads, {@code melding-koppeling}, the regio's upper age and the code lists. The option
     * lists the user tasks put into their forms ({@link Codelijsten#OPTIES}) are a copy of those lists, not a fact
     * of the werkproces.
     */
    @Bean
    GeenHistorie geenHistorie() {
        Set<String> variabelen = new HashSet<>(Set.of(Variabelen.JONGERE_NAAM, Variabelen.GEBOORTEDATUM,
                Variabelen.GEMEENTE, Variabelen.SCHOOL_NAAM, Variabelen.DOSSIER_ID, Variabelen.WERKPROCES_ID,
                Variabelen.KANDIDAAT_GROEP, Variabelen.TEAMLEIDER_GROEP, Variabelen.REGIO,
                Variabelen.BOVENGRENS_LEEFTIJD, "meldingId", "onderwijssoort", "startkwalificatie",
                "volledigeSchooljaren", "kwalificatieplichtVervallen"));
        variabelen.addAll(Codelijsten.OPTIES);
        Set<String> beslissingen = new HashSet<>(Set.of(Termijnen.DECISION_KEY, "werkproces-routering",
                "melding-koppeling", Bovengrens.DECISION_KEY, Leerplichtfase.DECISION_KEY));
        beslissingen.addAll(Codelijsten.ALLE);
        return new GeenHistorie(variabelen, beslissingen);
    }
}
