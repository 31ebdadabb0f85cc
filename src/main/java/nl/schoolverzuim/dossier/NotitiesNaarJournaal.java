package nl.schoolverzuim.dossier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.schoolverzuim.dossier.Notities.Notitie;
import nl.schoolverzuim.engine.EenmaligPerDatabase;

/**
 * Earlier versions kept the notes only as process variables, and six forms shared the variable {@code toelichting}
 * (and one the generic {@code notitie}), so a later step overwrote an earlier step's note. Once per database this
 * moves every note the engine still holds into the journal ({@link Notities}), from oldest to newest: the form fields
 * of each submitted form and earlier values of the variables ({@code ACT_HI_DETAIL}, where an earlier history level
 * kept them), then the current values (history and runtime). Each is attributed to the step whose form has that field,
 * with its officer and moment. The variables stay where they are; only the journal is added. Done is recorded as an
 * engine property. Runs after {@code ProcesVerbaalUitDeEngine}, which takes the OM's text out of {@code toelichting}:
 * politiegegevens never enter the journal (Wpg, MAS §10).
 */
@Component
@Order(14)
class NotitiesNaarJournaal implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(NotitiesNaarJournaal.class);
    /** The engine property that records the move as done for the database. */
    static final String GEDAAN = "schoolverzuim.notities-naar-journaal";
    static final String ACHTERSTAND_BEOORDELEN = "achterstand-beoordelen";
    private static final int PER_KEER = 500;
    /** The task whose form of earlier versions had the OM's free text in {@code toelichting} (Wpg, MAS §10). */
    private static final String OM_AFDOENING = "OmAfdoeningVerwerken";
    /** Earlier versions' shared note variables per step, to the name that step's note has now. */
    private static final Map<String, Map<String, String>> VROEGERE_NAMEN = Map.of(
            "ToeleidenJeugdhulp", Map.of("toelichting", "toeleidingToelichting"),
            "HaltVerwijzen", Map.of("toelichting", "haltVerwijzingToelichting"),
            "HaltTerugmeldingVerwerken", Map.of("toelichting", "haltTerugmeldingToelichting"),
            "RvdkUitkomstVerwerken", Map.of("toelichting", "rvdkUitkomstToelichting"),
            "AchterstandBeoordelen", Map.of("toelichting", "achterstandToelichting"),
            "AanvullendeMeldingBekijken", Map.of("notitie", "aanvullendeMeldingNotitie"));

    private record Zaak(Long dossierId, Long werkprocesId) {
    }

    /** A step that wrote notes: variable name (as it was then) to the note's name now, null for politiegegevens. */
    private record Stap(HistoricTaskInstance taak, Map<String, String> velden, String formulier) {
    }

    private final JdbcTemplate jdbc;
    private final Notities notities;
    private final Notitievelden velden;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final HistoryService historie;
    private final EenmaligPerDatabase eenmalig;

    NotitiesNaarJournaal(JdbcTemplate jdbc, Notities notities, Notitievelden velden, RepositoryService repository,
                         RuntimeService runtime, HistoryService historie, EenmaligPerDatabase eenmalig) {
        this.jdbc = jdbc;
        this.notities = notities;
        this.velden = velden;
        this.repository = repository;
        this.runtime = runtime;
        this.historie = historie;
        this.eenmalig = eenmalig;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        eenmalig.voerUit(GEDAAN, this::verplaats);
    }

    @Transactional
    void verplaats() {
        Map<String, Zaak> zaken = zaken();
        Set<String> namen = new HashSet<>(velden.alle());
        VROEGERE_NAMEN.values().forEach(vroeger -> namen.addAll(vroeger.keySet()));
        String[] variabelen = namen.toArray(String[]::new);
        List<String> instanties = new ArrayList<>(zaken.keySet());
        Map<String, BpmnModelInstance> modellen = new HashMap<>();
        int geschreven = 0;
        for (int i = 0; i < instanties.size(); i += PER_KEER) {
            String[] deel = instanties.subList(i, Math.min(i + PER_KEER, instanties.size())).toArray(String[]::new);
            Map<String, List<Object>> bronnen = new LinkedHashMap<>();
            historie.createHistoricDetailQuery().formFields().processInstanceIdIn(deel).list()
                    .forEach(d -> bronnen.computeIfAbsent(d.getProcessInstanceId(), k -> new ArrayList<>()).add(d));
            historie.createHistoricDetailQuery().variableUpdates().processInstanceIdIn(deel).list()
                    .forEach(d -> bronnen.computeIfAbsent(d.getProcessInstanceId(), k -> new ArrayList<>()).add(d));
            historie.createHistoricVariableInstanceQuery().processInstanceIdIn(deel).variableNameIn(variabelen).list()
                    .forEach(v -> bronnen.computeIfAbsent(v.getProcessInstanceId(), k -> new ArrayList<>()).add(v));
            runtime.createVariableInstanceQuery().processInstanceIdIn(deel).variableNameIn(variabelen).list()
                    .forEach(v -> bronnen.computeIfAbsent(v.getProcessInstanceId(), k -> new ArrayList<>()).add(v));
            for (Map.Entry<String, List<Object>> instantie : bronnen.entrySet()) {
                geschreven += verplaats(instantie.getKey(), zaken.get(instantie.getKey()), instantie.getValue(), modellen);
            }
        }
        if (geschreven > 0) {
            LOG.info("{} notities van eerdere versies naar het journaal van de dossiers overgezet", geschreven);
        }
    }

    /** Every werkproces's instance, and each achterstand-beoordelen instance with the werkproces it is about. */
    private Map<String, Zaak> zaken() {
        Map<String, Zaak> zaken = new LinkedHashMap<>();
        Map<Long, Zaak> perWerkproces = new HashMap<>();
        jdbc.query("select id, dossier_id, process_instance_id from werkproces where process_instance_id is not null "
                + "order by id", rij -> {
            Zaak zaak = new Zaak(rij.getLong("dossier_id"), rij.getLong("id"));
            zaken.put(rij.getString("process_instance_id"), zaak);
            perWerkproces.put(zaak.werkprocesId(), zaak);
        });
        for (HistoricProcessInstance achterstand : historie.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ACHTERSTAND_BEOORDELEN).list()) {
            Zaak zaak = achterstand.getBusinessKey() == null || !achterstand.getBusinessKey().matches("\\d{1,18}") ? null
                    : perWerkproces.get(Long.valueOf(achterstand.getBusinessKey()));
            if (zaak != null) {
                zaken.put(achterstand.getId(), zaak);
            }
        }
        return zaken;
    }

    private int verplaats(String instantie, Zaak zaak, List<Object> bronnen, Map<String, BpmnModelInstance> modellen) {
        List<Stap> stappen = historie.createHistoricTaskInstanceQuery().processInstanceId(instantie).finished()
                .orderByHistoricTaskInstanceEndTime().asc().list().stream()
                .map(taak -> stap(taak, modellen))
                .filter(stap -> !stap.velden().isEmpty())
                .toList();
        List<Notitie> gevonden = new ArrayList<>();
        for (Object bron : bronnen) {
            if (bron instanceof HistoricFormField veld && veld.getFieldValue() instanceof String tekst) {
                stappen.stream().filter(s -> s.taak().getId().equals(veld.getTaskId())).findFirst()
                        .ifPresent(s -> voegToe(gevonden, zaak, s, veld.getFieldId(), tekst, veld.getTime()));
            } else if (bron instanceof HistoricVariableUpdate update && update.getValue() instanceof String tekst) {
                dichtstbij(stappen, update.getVariableName(), update.getTime(), update)
                        .forEach(s -> voegToe(gevonden, zaak, s, update.getVariableName(), tekst, update.getTime()));
            } else if (bron instanceof HistoricVariableInstance variabele && variabele.getValue() instanceof String tekst) {
                laatste(stappen, variabele.getName())
                        .forEach(s -> voegToe(gevonden, zaak, s, variabele.getName(), tekst, s.taak().getEndTime()));
            } else if (bron instanceof VariableInstance variabele && variabele.getValue() instanceof String tekst) {
                laatste(stappen, variabele.getName())
                        .forEach(s -> voegToe(gevonden, zaak, s, variabele.getName(), tekst, s.taak().getEndTime()));
            }
        }
        gevonden.sort(Comparator.comparing(Notitie::op));
        int geschreven = 0;
        for (Notitie notitie : gevonden) {
            if (notities.schrijf(notitie)) {
                geschreven++;
            }
        }
        return geschreven;
    }

    private Stap stap(HistoricTaskInstance taak, Map<String, BpmnModelInstance> modellen) {
        BpmnModelInstance model = modellen.computeIfAbsent(taak.getProcessDefinitionId(), repository::getBpmnModelInstance);
        Map<String, String> namen = new HashMap<>();
        velden.van(model, taak.getTaskDefinitionKey()).forEach(veld -> namen.put(veld, veld));
        namen.putAll(VROEGERE_NAMEN.getOrDefault(taak.getTaskDefinitionKey(), Map.of()));
        if (OM_AFDOENING.equals(taak.getTaskDefinitionKey())) {
            namen.put("toelichting", null);
        }
        String formulier = model != null && model.getModelElementById(taak.getTaskDefinitionKey()) instanceof UserTask u
                ? u.getCamundaFormRef() : null;
        return new Stap(taak, namen, formulier);
    }

    /** The step that wrote an earlier value: the step with that field that completed nearest to the change. */
    private static List<Stap> dichtstbij(List<Stap> stappen, String variabele, Date op, HistoricDetail detail) {
        if (detail.getTaskId() != null) {
            return stappen.stream().filter(s -> s.taak().getId().equals(detail.getTaskId())).limit(1).toList();
        }
        return stappen.stream().filter(s -> s.velden().containsKey(variabele))
                .min(Comparator.comparingLong(s -> Math.abs(s.taak().getEndTime().getTime() - op.getTime())))
                .map(List::of).orElse(List.of());
    }

    /** The current value was written by the last completed step with that field. */
    private static List<Stap> laatste(List<Stap> stappen, String variabele) {
        Stap laatste = null;
        for (Stap stap : stappen) {
            if (stap.velden().containsKey(variabele)) {
                laatste = stap;
            }
        }
        return laatste == null ? List.of() : List.of(laatste);
    }

    private void voegToe(List<Notitie> gevonden, Zaak zaak, Stap stap, String variabele, String tekst, Date op) {
        String veld = stap.velden().get(variabele);
        if (veld == null || tekst.isBlank()) {
            return; // not a note of this step, or the OM's text (politiegegevens)
        }
        HistoricTaskInstance taak = stap.taak();
        gevonden.add(new Notitie(zaak.dossierId(), zaak.werkprocesId(), taak.getProcessInstanceId(), taak.getId(),
                taak.getTaskDefinitionKey(), taak.getName(), veld, velden.label(stap.formulier(), veld),
                taak.getAssignee(), op.toInstant(), tekst));
    }
}
