package nl.schoolverzuim.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.schoolverzuim.domein.Bovengrens;
import nl.schoolverzuim.domein.Variabelen;
import nl.schoolverzuim.domein.Verzuimsoort;
import nl.schoolverzuim.engine.DecisionCache;
import nl.schoolverzuim.engine.InstantieStarter;
import nl.schoolverzuim.organisatie.Gemeente;
import nl.schoolverzuim.organisatie.Teams;
import nl.schoolverzuim.organisatie.Teams.Team;

/** Starts a werkproces: the row first, so its id can be the process instance's business key, then the instance. */
@Service
public class WerkprocesStarter {

    static final String KOPPELING = "melding-koppeling";
    static final String STARTKWALIFICATIE = "startkwalificatie";
    static final String VOLLEDIGE_SCHOOLJAREN = "volledigeSchooljaren";
    static final String KWALIFICATIEPLICHT_VERVALLEN = "kwalificatieplichtVervallen";

    private final WerkprocesRepository werkprocessen;
    private final RuntimeService runtime;
    private final ProcessEngine engine;
    private final DecisionCache beslissingen;
    private final InstantieStarter instanties;
    private final Bovengrens bovengrens;
    private final Clock clock;

    WerkprocesStarter(WerkprocesRepository werkprocessen, RuntimeService runtime, ProcessEngine engine,
                      DecisionCache beslissingen, InstantieStarter instanties, Bovengrens bovengrens, Clock clock) {
        this.engine = engine;
        this.bovengrens = bovengrens;
        this.beslissingen = beslissingen;
        this.instanties = instanties;
        this.werkprocessen = werkprocessen;
        this.runtime = runtime;
        this.clock = clock;
    }

    /**
     * Starts {@code procesKey} for the Dossier's Jongere, owned by {@code team} of the Dossier's gemeente. Besides the
     * given variables every werkproces gets {@code verzuimsoort} (the one given here, also kept on the werkproces; none
     * for a werkproces without verzuim, see {@link #startZonderVerzuim}),
     * {@code werkprocesId}, {@code dossierId}, {@code kandidaatGroep}, {@code teamleiderGroep} (who receives its
     * escalations), {@code regio}, {@code bovengrensLeeftijd} (decision {@code regio-bovengrens}) and the Jongere at a
     * glance ({@code jongereNaam}, {@code geboortedatum}, {@code gemeente}, {@code startkwalificatie} (null: unknown),
     * {@code volledigeSchooljaren} and {@code kwalificatieplichtVervallen} when known, and {@code leeftijd} today
     * unless given). No BSN (MAS §10).
     * {@code variabelenVoor} makes the given variables once the werkproces row exists and before its instance starts:
     * what refers to the werkproces (the melding that started it) is then stored with that link at once, not inserted
     * and updated.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Werkproces start(Dossier dossier, Verzuimsoort verzuimsoort, boolean preventief, String procesKey, Team team,
                            LocalDate meldingsdatum, Function<Werkproces, Map<String, Object>> variabelenVoor) {
        // The Dossier's gemeente, not the Jongere's woongemeente: a werkproces belongs to the Dossier it is started in,
        // so a melding from another gemeente is that gemeente's work (MAS §10).
        Gemeente gemeente = dossier.getGemeente();
        String groep = Teams.groepVoor(team, gemeente);
        Werkproces werkproces = werkprocessen.save(new Werkproces(dossier, verzuimsoort, procesKey, team, groep, preventief,
                meldingsdatum, Instant.now(clock)));
        Map<String, Object> variabelen = variabelenVoor.apply(werkproces);
        Jongere jongere = dossier.getJongere();
        Map<String, Object> alle = new HashMap<>();
        alle.put(Variabelen.JONGERE_NAAM, jongere.volledigeNaam());
        alle.put(Variabelen.GEBOORTEDATUM, Variabelen.alsDate(jongere.getGeboortedatum()));
        alle.put(Variabelen.LEEFTIJD, jongere.leeftijdOp(LocalDate.now(clock)));
        alle.put(Variabelen.GEMEENTE, gemeente.getNaam());
        // Contract startkwalificatie (MAS §2): what is known of the Jongere; null is unknown.
        alle.put(STARTKWALIFICATIE, jongere.getStartkwalificatie());
        // The other facts of the end of leerplicht (MAS §2) only when a melding stated them: most never do, and each
        // variable is a row written at every start.
        if (jongere.getVolledigeSchooljaren() != null) {
            alle.put(VOLLEDIGE_SCHOOLJAREN, jongere.getVolledigeSchooljaren());
        }
        if (jongere.getKwalificatieplichtVervallen() != null) {
            alle.put(KWALIFICATIEPLICHT_VERVALLEN, jongere.getKwalificatieplichtVervallen().name());
        }
        alle.putAll(variabelen);
        if (verzuimsoort != null) {
            alle.put(Variabelen.VERZUIMSOORT, verzuimsoort.name());
        }
        alle.put(Variabelen.WERKPROCES_ID, werkproces.getId());
        alle.put(Variabelen.DOSSIER_ID, dossier.getId());
        alle.put(Variabelen.KANDIDAAT_GROEP, groep);
        alle.put(Variabelen.TEAMLEIDER_GROEP, Teams.teamleider(gemeente.getRegio()));
        alle.put(Variabelen.REGIO, gemeente.getRegio().getCode());
        alle.put(Variabelen.BOVENGRENS_LEEFTIJD, bovengrens.leeftijd(gemeente.getRegio().getCode()));
        // One engine command for the instance and its read grants (MAS §10), by the latest version.
        ProcessInstance instantie = instanties.startMetLeesrecht(procesKey, werkproces.businessKey(), alle, groep);
        werkproces.gestart(instantie.getId());
        return werkproces;
    }

    /**
     * Starts a werkproces that handles no verzuim (a vrijstelling, a verlof request: MAS §3, §7): it has no
     * Verzuimsoort, so no report counts it as one, no melding joins it and pages label it by its process (ADR 0033).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Werkproces startZonderVerzuim(Dossier dossier, String procesKey, Team team, LocalDate aanvraagdatum,
                                         Function<Werkproces, Map<String, Object>> variabelenVoor) {
        return start(dossier, null, false, procesKey, team, aanvraagdatum, variabelenVoor);
    }

    /**
     * Attaches a new melding to an open werkproces of the Dossier instead of starting a second one; {@code melding}
     * gives the message's variables and is asked only when there is a werkproces to correlate with. Which message
     * joins which werkproces is decision {@code melding-koppeling} (MAS §4 step 1, §4.1, §8), a lookup table read
     * through the {@link DecisionCache}. A werkproces whose model
     * does not wait for that message (for instance one that has already ended) does not match, and the caller starts
     * a new one.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Werkproces> voegToeAanLopend(Dossier dossier, Verzuimsoort verzuimsoort,
                                                 Supplier<Map<String, Object>> melding) {
        return voegToeAanLopend(dossier, verzuimsoort, lopend -> true, melding);
    }

    /** As above, joining only a werkproces {@code welke} accepts (the hand-off at 18 only joins the Doorstroompunt's). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Werkproces> voegToeAanLopend(Dossier dossier, Verzuimsoort verzuimsoort, Predicate<Werkproces> welke,
                                                 Supplier<Map<String, Object>> melding) {
        if (dossier.isNieuw()) {
            return Optional.empty(); // a first melding: nothing to join, and no query needed to know it
        }
        for (Werkproces lopend : werkprocessen.findByDossierIdAndAfgeslotenOpIsNullOrderByGestartOp(dossier.getId())) {
            if (!welke.test(lopend)) {
                continue;
            }
            // A werkproces without verzuim gives a null soort, which no row but "geen koppeling" matches.
            Map<String, Object> invoer = new HashMap<>();
            invoer.put("verzuimsoortLopend", lopend.verzuimsoortCode());
            invoer.put("preventief", lopend.isPreventief());
            invoer.put("verzuimsoortNieuw", verzuimsoort.name());
            invoer.put("zelfdeSoort", lopend.getVerzuimsoort() == verzuimsoort);
            String bericht = (String) beslissingen.eersteRij(engine, KOPPELING, invoer)
                    .map(rij -> rij.get("bericht")).orElse(null);
            if (bericht != null && correleer(lopend, bericht, melding)) {
                return Optional.of(lopend);
            }
        }
        return Optional.empty();
    }

    private boolean correleer(Werkproces werkproces, String bericht, Supplier<Map<String, Object>> melding) {
        return !runtime.createMessageCorrelation(bericht)
                .processInstanceId(werkproces.getProcessInstanceId())
                .setVariables(melding.get())
                .correlateAllWithResult()
                .isEmpty();
    }
}
