package nl.schoolverzuim.vrijstellingen;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import nl.schoolverzuim.domein.Variabelen;
import nl.schoolverzuim.domein.Weigering;
import nl.schoolverzuim.dossier.WerkprocesRepository;
import nl.schoolverzuim.engine.Procesbean;

/**
 * The process bean of {@code processes/verlof.bpmn} (MAS §7): records the LPA's besluit on the request and closes the
 * werkproces. The werkproces itself (who decides, the beschikking, the deadline) is in the model.
 */
@Procesbean
@Component("verlof")
public class VerlofWerkproces {

    public enum Besluit { VERLENEN, AFWIJZEN }

    /** The werkproces's Resultaat: no MAS §4.5 code fits a verlof request, so its own two. */
    static final String VERLEEND = "VERLOF_VERLEEND";
    static final String AFGEWEZEN = "VERLOF_AFGEWEZEN";

    private final VerlofAanvraagRepository aanvragen;
    private final WerkprocesRepository werkprocessen;
    private final Clock clock;

    VerlofWerkproces(VerlofAanvraagRepository aanvragen, WerkprocesRepository werkprocessen, Clock clock) {
        this.aanvragen = aanvragen;
        this.werkprocessen = werkprocessen;
        this.clock = clock;
    }

    /**
     * Complete listener of "Verlofaanvraag beslissen": VERLENEN or AFWIJZEN, always with a motivering (the
     * beschikking states it), dated today in {@code besluitdatum} for the letter.
     */
    public void besluit(DelegateTask task) {
        Besluit besluit = Variabelen.keuze(task, "besluit", Besluit.class);
        String motivering = Variabelen.tekst(task, "motivering");
        if (motivering == null) {
            throw new Weigering("motivering",
                    "Veld 'motivering' is verplicht: de motivering van het besluit staat in de beschikking.");
        }
        LocalDate vandaag = LocalDate.now(clock);
        VerlofAanvraag aanvraag = aanvragen.findById(((Number) task.getVariable("verlofaanvraagId")).longValue())
                .orElseThrow(() -> new IllegalStateException("Geen verlofaanvraag bij werkproces "
                        + task.getProcessInstanceId()));
        aanvraag.besluit(besluit == Besluit.VERLENEN, motivering, vandaag);
        task.setVariable("besluitdatum", Variabelen.alsDate(vandaag));
    }

    /** End listener of the werkproces: closed with the besluit as its Resultaat. */
    public void afsluiten(DelegateExecution execution) {
        Besluit besluit = Besluit.valueOf((String) execution.getVariable("besluit"));
        werkprocessen.van(execution).afsluiten(besluit == Besluit.VERLENEN ? VERLEEND : AFGEWEZEN, null,
                Instant.now(clock));
    }
}
