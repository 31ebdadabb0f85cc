package nl.schoolverzuim.leerplicht;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.schoolverzuim.engine.EenmaligPerDatabase;
import nl.schoolverzuim.engine.SchoolverzuimHistoryLevel;

/**
 * Earlier versions kept the proces-verbaal form fields as process variables as well as in {@code proces_verbaal}
 * (MAS §10 forbids the copy). Once per database, at the first start of this version, this removes them from the
 * werkprocessen that have a proces-verbaal, through the engine's public API: the runtime variables and their history rows. The OM form's free text shared the
 * name {@code toelichting} with the intervention forms, so it is moved into the proces-verbaal and removed only where
 * the OM task was the last of those forms completed; otherwise the value is another form's.
 * <p>
 * What the public API cannot remove: a form submitted in Tasklist was also written to {@code ACT_HI_DETAIL} as form
 * fields, for which the engine has no delete; the README says how an administrator removes them. Their number is
 * logged (no content). Done is recorded as an engine property, so later starts read no proces-verbaal or history;
 * this version writes no such variable again (its listeners refuse them and the history level keeps none).
 */
@Component
@Order(13)
class ProcesVerbaalUitDeEngine implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ProcesVerbaalUitDeEngine.class);
    static final String TOELICHTING = "toelichting";
    /** The tasks of leerplicht-verzuim whose forms have a field {@code toelichting}. */
    private static final String[] TAKEN_MET_TOELICHTING = {"ToeleidenJeugdhulp", "HaltVerwijzen",
            "HaltTerugmeldingVerwerken", "RvdkUitkomstVerwerken", ProcessenVerbaal.AFDOEN};
    private static final int PER_KEER = 500;
    /** The engine property that records this clean-up as done for the database. */
    static final String GEDAAN = "schoolverzuim.processen-verbaal-uit-de-engine";

    private final ProcesVerbaalRepository processenVerbaal;
    private final RuntimeService runtime;
    private final HistoryService historie;
    private final EenmaligPerDatabase eenmalig;

    ProcesVerbaalUitDeEngine(ProcesVerbaalRepository processenVerbaal, RuntimeService runtime, HistoryService historie,
                             EenmaligPerDatabase eenmalig) {
        this.processenVerbaal = processenVerbaal;
        this.runtime = runtime;
        this.historie = historie;
        this.eenmalig = eenmalig;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        eenmalig.voerUit(GEDAAN, this::ruimOp);
    }

    @Transactional
    void ruimOp() {
        Map<String, ProcesVerbaal> afgedaan = new HashMap<>();
        List<String> instanties = new ArrayList<>();
        for (ProcesVerbaal pv : processenVerbaal.findAllByOrderById()) {
            String instantie = pv.getWerkproces().getProcessInstanceId();
            if (instantie != null) {
                instanties.add(instantie);
                if (pv.getAfgedaanOp() != null) {
                    afgedaan.put(instantie, pv); // ordered by id: the latest proces-verbaal of the werkproces wins
                }
            }
        }
        String[] namen = SchoolverzuimHistoryLevel.PROCES_VERBAAL_GEGEVENS.toArray(String[]::new);
        int verwijderd = 0;
        long formuliervelden = 0;
        for (int i = 0; i < instanties.size(); i += PER_KEER) {
            String[] deel = instanties.subList(i, Math.min(i + PER_KEER, instanties.size())).toArray(String[]::new);
            for (VariableInstance variabele : runtime.createVariableInstanceQuery().processInstanceIdIn(deel)
                    .variableNameIn(namen).disableBinaryFetching().list()) {
                runtime.removeVariable(variabele.getExecutionId(), variabele.getName());
                verwijderd++;
            }
            for (HistoricVariableInstance variabele : historie.createHistoricVariableInstanceQuery()
                    .processInstanceIdIn(deel).variableNameIn(namen).disableBinaryFetching().list()) {
                historie.deleteHistoricVariableInstance(variabele.getId());
            }
            verwijderd += toelichtingen(deel, afgedaan);
            formuliervelden += historie.createHistoricDetailQuery().formFields().processInstanceIdIn(deel).list().stream()
                    .filter(detail -> detail instanceof HistoricFormField veld
                            && SchoolverzuimHistoryLevel.PROCES_VERBAAL_GEGEVENS.contains(veld.getFieldId()))
                    .count();
        }
        if (verwijderd > 0) {
            LOG.info("{} variabelen met gegevens van processen-verbaal uit de engine verwijderd (MAS §10)", verwijderd);
        }
        if (formuliervelden > 0) {
            LOG.warn("{} formuliervelden van processen-verbaal staan nog in ACT_HI_DETAIL; de engine kan ze niet "
                    + "verwijderen, zie README (MAS §10)", formuliervelden);
        }
    }

    private int toelichtingen(String[] instanties, Map<String, ProcesVerbaal> afgedaan) {
        int verwijderd = 0;
        for (HistoricVariableInstance variabele : historie.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(instanties).variableName(TOELICHTING).list()) {
            ProcesVerbaal pv = afgedaan.get(variabele.getProcessInstanceId());
            if (pv == null || !vanOmAfdoening(variabele.getProcessInstanceId())) {
                continue;
            }
            if (pv.getAfdoeningToelichting() == null && variabele.getValue() instanceof String tekst) {
                pv.afgedaan(pv.getOmAfdoening(), tekst, pv.getAfgedaanDoor(), pv.getAfgedaanOp());
            }
            runtime.createVariableInstanceQuery().processInstanceIdIn(variabele.getProcessInstanceId())
                    .variableName(TOELICHTING).list()
                    .forEach(v -> runtime.removeVariable(v.getExecutionId(), v.getName()));
            historie.deleteHistoricVariableInstance(variabele.getId());
            verwijderd++;
        }
        return verwijderd;
    }

    private boolean vanOmAfdoening(String instantie) {
        List<HistoricTaskInstance> laatste = historie.createHistoricTaskInstanceQuery().processInstanceId(instantie)
                .taskDefinitionKeyIn(TAKEN_MET_TOELICHTING).finished().orderByHistoricTaskInstanceEndTime().desc()
                .listPage(0, 1);
        return !laatste.isEmpty() && ProcessenVerbaal.AFDOEN.equals(laatste.get(0).getTaskDefinitionKey());
    }
}
