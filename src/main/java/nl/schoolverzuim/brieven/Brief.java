package nl.schoolverzuim.brieven;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.schoolverzuim.domein.Termijnen;
import nl.schoolverzuim.domein.Variabelen;
import nl.schoolverzuim.domein.Weigering;
import nl.schoolverzuim.dossier.Document;
import nl.schoolverzuim.dossier.DocumentRepository;
import nl.schoolverzuim.dossier.Dossier;
import nl.schoolverzuim.dossier.Jongere;
import nl.schoolverzuim.dossier.Werkproces;
import nl.schoolverzuim.dossier.WerkprocesRepository;
import nl.schoolverzuim.engine.Modeleigenschap;
import nl.schoolverzuim.engine.Procesbean;

/**
 * The letters of the werkprocessen, called from the models: {@code ${brief.opstellen(execution, 'waarschuwing')}}
 * (with {@code camunda:resultVariable="briefId"}) makes a CONCEPT letter in the Dossier from {@code brieven/<soort>.html}
 * of the werkproces's own deployment (so a running werkproces keeps its template version), the gemeente's override when
 * it has one. The letter step's complete listener {@code ${brief.afronden(task)}} adds the officer's paragraph and makes
 * it DEFINITIEF with its PDF; with a channel it records it VERZONDEN that day too. Whether the step may leave the
 * sending to be recorded later from the Dossier ({@link Verzending}) is the step's {@code camunda:property}
 * {@value #VERZENDEN} = {@value #LATER_MOGELIJK} in the model; without it the step records the sending.
 */
@Procesbean
@Component("brief")
@Transactional
public class Brief {

    /** The property of a letter step that says when the sending is recorded. */
    static final String VERZENDEN = "briefVerzenden";
    /** Its value for "finalise here, record the sending here or later from the Dossier". */
    static final String LATER_MOGELIJK = "later-mogelijk";

    private final DocumentRepository documenten;
    private final WerkprocesRepository werkprocessen;
    private final OudersBron oudersBron;
    private final BriefBronnen bronnen;
    private final Clock clock;

    Brief(DocumentRepository documenten, WerkprocesRepository werkprocessen, OudersBron oudersBron,
          BriefBronnen bronnen, Clock clock) {
        this.documenten = documenten;
        this.werkprocessen = werkprocessen;
        this.oudersBron = oudersBron;
        this.bronnen = bronnen;
        this.clock = clock;
    }

    /** A CONCEPT letter of {@code soort} for the werkproces; returns the document id. */
    public Long opstellen(DelegateExecution execution, String soort) {
        if (!Sjablonen.SOORTEN.contains(soort)) {
            throw new IllegalArgumentException("Onbekende brief '" + soort + "'; kies uit " + Sjablonen.SOORTEN);
        }
        Werkproces werkproces = werkprocessen.van(execution);
        Sjablonen.Bron bron = bronnen.voor(execution.getProcessEngineServices(), execution.getProcessDefinitionId());
        LocalDate vandaag = LocalDate.now(clock.withZone(Termijnen.ZONE));
        Briefvelden.Ambtenaar ambtenaar = ambtenaar(execution.getProcessEngineServices(), null, werkproces.getDossier());
        Sjablonen.Gerenderd brief = Sjablonen.render(bron, soort, werkproces.getDossier().getGemeente().getSleutel(),
                velden(werkproces, execution, vandaag, ambtenaar, null), false);
        return documenten.save(Document.concept(werkproces, soort, titel(brief.html(), soort), brief.html(),
                brief.sjabloon(), brief.versie(), ambtenaar.naam(), vandaag, Instant.now(clock))).getId();
    }

    /**
     * Input mapping {@code briefVerzendenVerplicht} of a letter step, for its form: whether the step must record the
     * sending. The complete listener asks the model again and never reads this variable.
     */
    public boolean verzendenVerplicht(DelegateExecution execution) {
        return verzendenVerplicht(execution.getBpmnModelElementInstance());
    }

    private static boolean verzendenVerplicht(BaseElement stap) {
        return !LATER_MOGELIJK.equals(Modeleigenschap.van(stap, VERZENDEN));
    }

    /**
     * Complete listener of a letter step: form fields {@code briefId}, {@code briefExtraAlinea} (optional) and
     * {@code briefVerzendkanaal} (optional where the step allows recording the sending later). Refused in Dutch,
     * naming the field, when the letter cannot become final or go out.
     */
    public void afronden(DelegateTask task) {
        Object id = task.getVariable("briefId");
        Document document = (id instanceof Number nummer ? documenten.findById(nummer.longValue()) : Optional.<Document>empty())
                .filter(d -> d.getWerkproces() != null && d.getWerkproces().getId().equals(werkprocessen.van(task).getId()))
                .orElseThrow(() -> new Weigering("briefId", "Er is geen conceptbrief van dit werkproces om te versturen."));
        if (document.getStatus() != Document.Status.CONCEPT) {
            throw new Weigering("briefId", "Deze brief is al " + document.getStatus().name().toLowerCase() + ".");
        }
        Document.Verzendkanaal kanaal = Variabelen.tekst(task, "briefVerzendkanaal") != null
                || verzendenVerplicht(task.getBpmnModelElementInstance())
                ? Variabelen.keuze(task, "briefVerzendkanaal", Document.Verzendkanaal.class) : null;
        Werkproces werkproces = document.getWerkproces();
        List<Map<String, Object>> ouders = oudersBron.van(werkproces.getDossier().getId());
        if (Briefvelden.adres(ouders) == null) {
            throw new Weigering("briefId", "De brief kan niet definitief worden: van de ouders/verzorgers is geen "
                    + "adres (straat, huisnummer, postcode en woonplaats) bekend. Vul het adres aan in het dossier.");
        }
        if (kanaal == Document.Verzendkanaal.EMAIL && !OudersBron.heeftEmail(ouders)) {
            throw new Weigering("briefVerzendkanaal", "Van de ouders/verzorgers is geen e-mailadres bekend: kies "
                    + "een ander verzendkanaal.");
        }
        String extraAlinea = Variabelen.tekst(task, "briefExtraAlinea");
        LocalDate vandaag = LocalDate.now(clock.withZone(Termijnen.ZONE));
        Briefvelden.Ambtenaar ambtenaar = ambtenaar(task.getProcessEngineServices(), task.getAssignee(),
                werkproces.getDossier());
        Sjablonen.Bron bron = bronnen.voor(task.getProcessEngineServices(), task.getProcessDefinitionId());
        Sjablonen.Gerenderd brief = Sjablonen.render(bron, document.getSoort(),
                werkproces.getDossier().getGemeente().getSleutel(),
                velden(werkproces, task, vandaag, ambtenaar, extraAlinea), false);
        document.maakDefinitief(brief.html(), Pdf.van(brief.html()), extraAlinea, ambtenaar.naam(), vandaag);
        if (kanaal != null) {
            document.verzonden(vandaag, kanaal);
        }
    }

    private Map<String, Object> velden(Werkproces werkproces, VariableScope scope, LocalDate datum,
                                       Briefvelden.Ambtenaar ambtenaar, String extraAlinea) {
        Dossier dossier = werkproces.getDossier();
        Jongere jongere = dossier.getJongere();
        return Briefvelden.van("W" + werkproces.getId(), datum, dossier.getGemeente().getNaam(),
                new Briefvelden.Jongere(jongere.getVoornaam(), jongere.getAchternaam(), jongere.getGeboortedatum(),
                        jongere.getGeboortedatum() != null && !jongere.getGeboortedatum().plusYears(12).isAfter(datum)),
                oudersBron.van(dossier.getId()), ambtenaar, Variabelen.tekst(scope, Variabelen.SCHOOL_NAAM),
                scope.getVariables(), extraAlinea);
    }

    /**
     * The signing officer: the step's assignee, else the logged-in user (who completed the step before), with
     * {@code functie} and {@code telefoon} from the engine's user info; without one, the gemeente's leerplicht team.
     */
    private static Briefvelden.Ambtenaar ambtenaar(ProcessEngineServices engine, String toegewezen, Dossier dossier) {
        Authentication aangemeld = SecurityContextHolder.getContext().getAuthentication();
        String wie = toegewezen != null ? toegewezen : aangemeld == null ? null : aangemeld.getName();
        User gebruiker = wie == null ? null : engine.getIdentityService().createUserQuery().userId(wie).singleResult();
        if (gebruiker == null) {
            return new Briefvelden.Ambtenaar("Team Leerplicht " + dossier.getGemeente().getNaam(), "Leerplichtambtenaar",
                    null, null);
        }
        String functie = engine.getIdentityService().getUserInfo(gebruiker.getId(), "functie");
        return new Briefvelden.Ambtenaar((nietLeeg(gebruiker.getFirstName()) + " " + nietLeeg(gebruiker.getLastName())).strip(),
                functie == null ? "Leerplichtambtenaar" : functie,
                engine.getIdentityService().getUserInfo(gebruiker.getId(), "telefoon"), gebruiker.getEmail());
    }

    private static String nietLeeg(String tekst) {
        return tekst == null ? "" : tekst;
    }

    /** The template's own {@code <title>}, so the designer names the letter; the soort when it has none. */
    static String titel(String html, String soort) {
        int begin = html.indexOf("<title>");
        int einde = html.indexOf("</title>");
        String titel = begin < 0 || einde < begin ? "" : html.substring(begin + 7, einde).strip();
        return titel.isEmpty() ? soort : org.springframework.web.util.HtmlUtils.htmlUnescape(titel);
    }
}
