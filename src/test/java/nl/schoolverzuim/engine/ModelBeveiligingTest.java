package nl.schoolverzuim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import nl.schoolverzuim.leerplicht.LeerplichtWerkproces;
import nl.schoolverzuim.modellering.ModelDeployment;
import nl.schoolverzuim.testsupport.IntegratieTest;

/**
 * A model is not code, in the running application: every forbidden construct is refused when deployed, through the
 * Java API and as the demo procesontwerper over {@code /engine-rest}; what gets past the deployment check (a version
 * deployed before it, a stored Tasklist filter, a decision parsed directly) is refused when it runs; and only the
 * beheerder deletes a deployment that werkprocessen use.
 */
@IntegratieTest
class ModelBeveiligingTest {

    private static final String ONTWERPER = "procesontwerper";
    private static final String BEHEERDER = "admin";

    @Autowired
    ProcessEngine engine;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService historie;
    @Autowired
    TaskService taken;
    @Autowired
    FilterService filters;
    @Autowired
    Procesbeans procesbeans;
    @Autowired
    TestRestTemplate http;

    static List<Aanvallen.Aanval> aanvallen() {
        return Aanvallen.alle();
    }

    // --- at deployment ---------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("aanvallen")
    void elkeVormVanCodeWordtBijHetUitrollenGeweigerd(Aanvallen.Aanval aanval) {
        assertThatThrownBy(() -> repository.createDeployment().name("aanval").addString(aanval.resource(), aanval.model())
                .deploy())
                .isInstanceOf(ParseException.class)
                .hasMessageContaining(aanval.resource())
                .hasMessageContaining("element '" + aanval.elementId() + "'")
                .hasMessageContaining(aanval.regel());
        assertThat(repository.createDeploymentQuery().deploymentName("aanval").count()).as("nothing stored").isZero();
    }

    @Test
    void deProcesontwerperKrijgtOverHttp400MetBestandElementEnRegel() {
        ResponseEntity<JsonNode> antwoord = uitrollen(ONTWERPER, "aanval.bpmn",
                Aanvallen.bpmn("<bpmn:serviceTask id=\"Dienst\" camunda:expression=\"${" + Aanvallen.RUNTIME + "}\" />",
                        "Dienst"));

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(antwoord.getBody().path("type").asText()).isEqualTo("ParseException");
        assertThat(antwoord.getBody().path("message").asText()).contains("Model geweigerd", "aanval.bpmn",
                "element 'Dienst'", "roept een methode aan op iets anders dan een procesbean");
        JsonNode fout = antwoord.getBody().path("details").path("aanval.bpmn").path("errors").path(0);
        assertThat(fout.path("mainElementId").asText()).isEqualTo("Dienst");
        assertThat(repository.createDeploymentQuery().deploymentName("aanval.bpmn").count()).isZero();
    }

    @Test
    void eenDmnInJavascriptKrijgtOverHttp400() {
        ResponseEntity<JsonNode> antwoord = uitrollen(ONTWERPER, "aanval.dmn",
                Aanvallen.dmn(" expressionLanguage=\"javascript\"", "<inputEntry id=\"Invoer1\"><text>-</text></inputEntry>"));

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(antwoord.getBody().path("message").asText()).contains("aanval.dmn", "element 'Expressie1'",
                "expressietaal \"javascript\"");
    }

    @Test
    void eenModelDatAlleenProcesbeansAanroeptRoltDeOntwerperGewoonUit() {
        ResponseEntity<JsonNode> antwoord = uitrollen(ONTWERPER, "toegestaan.bpmn", wachtendProces("toegestaan"));

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("toegestaan").count()).isOne();
    }

    @Test
    void onzeEigenModellenZijnBijHetStartenUitgerold() throws IOException {
        assertThat(repository.createDeploymentQuery().deploymentName(ModelDeployment.NAAM).count()).isPositive();
        try (Stream<Path> modellen = Files.list(Path.of("processes"))) {
            for (Path model : modellen.filter(m -> m.toString().endsWith(".bpmn")).toList()) {
                String proces = new String(Files.readAllBytes(model), StandardCharsets.UTF_8)
                        .replaceFirst("(?s).*?<bpmn:process id=\"([^\"]+)\".*", "$1");
                assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(proces).count())
                        .as(model.toString()).isPositive();
            }
        }
    }

    @Test
    void deProcesbeansZijnPreciesDieVanDeModellen() {
        assertThat(procesbeans.namen()).containsExactlyInAnyOrderElementsOf(Aanvallen.PROCESBEANS.keySet());
        assertThat(configuratie().getExpressionManager()).isInstanceOf(VeiligeExpressionManager.class);
    }

    /** The check lets a DMN without expressionLanguage through because the engine then uses FEEL everywhere. */
    @Test
    void eenDmnZonderExpressietaalIsFeel() {
        DefaultDmnEngineConfiguration dmn = configuratie().getDmnEngineConfiguration();

        assertThat(List.of(dmn.getDefaultInputExpressionExpressionLanguage(), dmn.getDefaultInputEntryExpressionLanguage(),
                dmn.getDefaultOutputEntryExpressionLanguage(), dmn.getDefaultLiteralExpressionLanguage()))
                .allSatisfy(taal -> assertThat(ModelControle.isFeel(taal)).as(taal).isTrue());
    }

    // --- at run time, past the deployment check ----------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"${''.getClass()}", "${" + Aanvallen.RUNTIME + "}",
            "${execution.processEngineServices.identityService}",
            "${execution.getProcessEngineServices().getIdentityService().createUserQuery().count()}",
            "${execution.getProcessEngine()}", "${leerplicht.getClass().getClassLoader()}",
            "${execution.getClass().getClassLoader()}", "${execution['processEngineServices']}"})
    void reflectieEnEngineDienstenWordenBijHetUitvoerenGeweigerd(String expressie) {
        String execution = wachtendeExecution();

        assertThatThrownBy(() -> evalueer(expressie, execution))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Expressie geweigerd");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"identityService", "runtimeService", "dataSource", "identityInrichting",
            "processEngineConfiguration", "applicationContext"})
    void eenSpringBeanDieGeenProcesbeanIsBestaatVoorEenModelNiet(String bean) {
        String execution = wachtendeExecution();

        assertThatThrownBy(() -> evalueer("${" + bean + "}", execution))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining(bean);
    }

    @Test
    void procesbeansVariabelenEnFunctiesWerkenBijHetUitvoeren() {
        String execution = wachtendeExecution();

        assertThat(evalueer("${leerplicht}", execution)).isInstanceOf(LeerplichtWerkproces.class);
        assertThat(evalueer("${termijnen.verjaardag('2010-05-01', 18)}", execution)).isNotNull();
        assertThat(evalueer("${now()}", execution)).isNotNull();
        assertThat(evalueer("${teller + 1}", execution)).isEqualTo(42L);
        // A version deployed before the check (leerplicht-verzuim used this) keeps running.
        evalueer("${execution.setVariable('teller', 7)}", execution);
        assertThat(runtime.getVariable(execution, "teller")).isEqualTo(7L);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"juel", "javascript", "groovy", "python"})
    void scriptsDraaienNooit(String taal) {
        assertThatThrownBy(() -> configuratie().getCommandExecutorTxRequired()
                .execute(context -> configuratie().getScriptingEngines().getScriptEngineForLanguage(taal)))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Script geweigerd (" + taal + ")");
    }

    @Test
    void eenOpgeslagenTasklistFilterVoertGeenCodeUit() {
        Filter filter = filters.newTaskFilter("aanval")
                .setQuery(taken.createTaskQuery().dueBeforeExpression("${" + Aanvallen.RUNTIME + "}"));
        filters.saveFilter(filter);

        assertThatThrownBy(() -> filters.list(filter.getId()))
                .isInstanceOf(ProcessEngineException.class)
                .hasStackTraceContaining("Expressie geweigerd");
        filters.deleteFilter(filter.getId());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"juel", "javascript"})
    void eenBeslissingBuitenDeDeploymentOmVoertGeenCodeUit(String taal) {
        String tabel = Aanvallen.dmn(" expressionLanguage=\"" + taal + "\"",
                        "<inputEntry id=\"Invoer1\"><text>-</text></inputEntry>")
                .replace("<text>x</text>", "<text>" + ("juel".equals(taal) ? "${''.getClass()}" : "java.lang.System.exit(1)")
                        + "</text>");
        DmnEngine dmn = configuratie().getDmnEngine();

        assertThatThrownBy(() -> configuratie().getCommandExecutorTxRequired().execute(context -> {
            DmnDecision beslissing = dmn.parseDecision("aanval",
                    new ByteArrayInputStream(tabel.getBytes(StandardCharsets.UTF_8)));
            return dmn.evaluateDecisionTable(beslissing, Variables.createVariables());
        })).hasStackTraceContaining("juel".equals(taal) ? "Expressie geweigerd" : "Script geweigerd");
    }

    // --- deleting a deployment ---------------------------------------------------------------------------------

    @Test
    void deOntwerperVerwijdertGeenDeploymentMetLopendeWerkprocessenDeBeheerderWel() {
        String deployment = uitgerold(wachtendProces("lopend"));
        ProcessInstance werkproces = runtime.startProcessInstanceByKey("lopend");

        for (String adres : List.of("/engine-rest/deployment/" + deployment + "?cascade=true",
                "/engine-rest/deployment/" + deployment)) {
            ResponseEntity<JsonNode> geweigerd = verwijder(ONTWERPER, adres);
            assertThat(geweigerd.getStatusCode()).as(adres).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(geweigerd.getBody().path("message").asText()).contains("Alleen een beheerder mag deployment",
                    "nieuwe versie");
        }
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(werkproces.getId()).count()).isOne();

        assertThat(verwijder(BEHEERDER, "/engine-rest/deployment/" + deployment + "?cascade=true").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(werkproces.getId()).count()).isZero();
        assertThat(repository.createDeploymentQuery().deploymentId(deployment).count()).isZero();
    }

    @Test
    void deOntwerperVerwijdertGeenDeploymentMetAfgeslotenWerkprocessen() {
        String deployment = uitgerold(wachtendProces("afgesloten"));
        ProcessInstance werkproces = runtime.startProcessInstanceByKey("afgesloten");
        taken.complete(taken.createTaskQuery().processInstanceId(werkproces.getId()).singleResult().getId());

        assertThat(verwijder(ONTWERPER, "/engine-rest/deployment/" + deployment + "?cascade=true").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(historie.createHistoricProcessInstanceQuery().processInstanceId(werkproces.getId()).count()).isOne();
    }

    @Test
    void deOntwerperVerwijdertEenDeploymentDatNiemandGebruikte() {
        String deployment = uitgerold(wachtendProces("ongebruikt"));

        assertThat(verwijder(ONTWERPER, "/engine-rest/deployment/" + deployment + "?cascade=true").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(repository.createDeploymentQuery().deploymentId(deployment).count()).isZero();
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private ProcessEngineConfigurationImpl configuratie() {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    /** Evaluates through the engine's own expression manager, on a real execution, as a model's expression would. */
    private Object evalueer(String expressie, String executionId) {
        return configuratie().getCommandExecutorTxRequired().execute(context -> {
            ExecutionEntity execution = context.getExecutionManager().findExecutionById(executionId);
            return configuratie().getExpressionManager().createExpression(expressie).getValue(execution);
        });
    }

    private String wachtendeExecution() {
        if (repository.createProcessDefinitionQuery().processDefinitionKey("wachtend").count() == 0) {
            uitgerold(wachtendProces("wachtend"));
        }
        return runtime.startProcessInstanceByKey("wachtend", Map.of("teller", 41L)).getId();
    }

    private String uitgerold(String model) {
        return repository.createDeployment().name("test").addString("test.bpmn", model).deploy().getId();
    }

    private static String wachtendProces(String sleutel) {
        return Aanvallen.bpmn("<bpmn:userTask id=\"Wachten\" camunda:candidateGroups=\"procesontwerper\" "
                        + "camunda:dueDate=\"${termijnen.vervaldatum(execution, 'MELDING_TRIEREN', now())}\" />", "Wachten")
                .replace("id=\"aanval\"", "id=\"" + sleutel + "\"")
                .replaceFirst("<bpmn:startEvent id=\"Start\">.*?</bpmn:startEvent>", "<bpmn:startEvent id=\"Start\" />");
    }

    private ResponseEntity<JsonNode> uitrollen(String gebruiker, String bestand, String model) {
        MultiValueMap<String, Object> delen = new LinkedMultiValueMap<>();
        delen.add("deployment-name", bestand);
        delen.add("data", new ByteArrayResource(model.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return bestand;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth(gebruiker, "demo").postForEntity("/engine-rest/deployment/create",
                new HttpEntity<>(delen, headers), JsonNode.class);
    }

    private ResponseEntity<JsonNode> verwijder(String gebruiker, String adres) {
        return http.withBasicAuth(gebruiker, "demo").exchange(adres, HttpMethod.DELETE, null, JsonNode.class);
    }
}
