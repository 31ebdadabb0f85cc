package nl.schoolverzuim.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;


/**
 * The night's half of {@link VerwijdertijdNaAfloop} (MAS §10): every process instance that ended since the last run
 * gives its removal time to all of its history, through Camunda's batch "set removal time", which the job executor
 * works off in the background. A werkproces gets the removal time its gemeente's retention gives it
 * ({@link VerwijdertijdPerInstantie}, decision {@code bewaartermijn}), the same moment its own rows go; one batch per
 * distinct removal time, which falls at the start of a day, so a night has a handful. Any other instance (the nightly
 * runs) gets its end plus its model's history time to live. Process {@code historie-verwijdertijd} runs it every
 * night before history cleanup starts at 01:00.
 * <p>
 * Where the last run stopped is kept in the engine's property table, so a night whose run fails or is skipped is
 * caught up by the next one; a batch job that fails after its retries is an incident in Cockpit. A run covers what
 * ended until an hour before it starts: an instance that ended just before the run may still be in a transaction
 * that has not committed, and the next run would otherwise skip it. The first run starts where this engine first
 * started ({@link #beginOpEersteStart}): what ended before that, on an older version, got its removal time from the
 * engine itself.
 */
@Procesbean
@Service("historieVerwijdertijd")
public class HistorieVerwijdertijd {

    static final String DOORGEGEVEN_TOT = "schoolverzuim.historie.verwijdertijd-doorgegeven-tot";
    static final Duration MARGE = Duration.ofHours(1);
    /** Instances read and handed to a batch at a time. */
    static final int PAGINA = 1000;

    private final HistoryService historie;
    private final ManagementService beheer;
    private final VerwijdertijdPerInstantie bewaartermijn;
    private final Clock clock;

    HistorieVerwijdertijd(HistoryService historie, ManagementService beheer, VerwijdertijdPerInstantie bewaartermijn,
                          Clock clock) {
        this.historie = historie;
        this.beheer = beheer;
        this.bewaartermijn = bewaartermijn;
        this.clock = clock;
    }

    /** Marks the engine's first start with this producer as where the first night begins; later starts keep it. */
    static void beginOpEersteStart(ManagementService beheer) {
        if (!beheer.getProperties().containsKey(DOORGEGEVEN_TOT)) {
            beheer.setProperty(DOORGEGEVEN_TOT, ClockUtil.getCurrentTime().toInstant().toString());
        }
    }

    /** Starts the batch for what ended since the last run; false when nothing did. */
    @Transactional
    public boolean geefDoor() {
        Instant tot = Instant.now(clock).minus(MARGE);
        HistoricProcessInstanceQuery afgelopen = historie.createHistoricProcessInstanceQuery()
                .rootProcessInstances()
                .finishedBefore(Date.from(tot));
        String vorige = beheer.getProperties().get(DOORGEGEVEN_TOT);
        if (vorige != null) {
            afgelopen.finishedAfter(Date.from(Instant.parse(vorige)));
        }
        afgelopen.orderByProcessInstanceEndTime().asc().orderByProcessInstanceId().asc();
        boolean gestart = false;
        for (int eerste = 0; ; eerste += PAGINA) {
            List<HistoricProcessInstance> pagina = afgelopen.listPage(eerste, PAGINA);
            if (pagina.isEmpty()) {
                break;
            }
            geefDoor(pagina);
            gestart = true;
        }
        beheer.setProperty(DOORGEGEVEN_TOT, tot.toString());
        return gestart;
    }

    private void geefDoor(List<HistoricProcessInstance> pagina) {
        Map<String, Date> eindes = new LinkedHashMap<>();
        pagina.forEach(instantie -> eindes.put(instantie.getId(), instantie.getEndTime()));
        Map<String, Date> eigen = bewaartermijn.verwijdertijden(eindes);
        Map<Date, List<String>> perVerwijdertijd = new TreeMap<>();
        List<String> berekend = new ArrayList<>();
        eindes.keySet().forEach(id -> {
            Date verwijdertijd = eigen.get(id);
            if (verwijdertijd == null) {
                berekend.add(id);
            } else {
                perVerwijdertijd.computeIfAbsent(verwijdertijd, tijd -> new ArrayList<>()).add(id);
            }
        });
        // also instances the werkproces called, which take the werkproces's removal time
        perVerwijdertijd.forEach((verwijdertijd, ids) -> historie.setRemovalTimeToHistoricProcessInstances()
                .absoluteRemovalTime(verwijdertijd).byIds(ids.toArray(String[]::new)).hierarchical().executeAsync());
        if (!berekend.isEmpty()) {
            historie.setRemovalTimeToHistoricProcessInstances().calculatedRemovalTime()
                    .byIds(berekend.toArray(String[]::new)).hierarchical().executeAsync();
        }
    }
}
