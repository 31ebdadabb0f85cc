package nl.schoolverzuim.brieven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import nl.schoolverzuim.domein.Variabelen;
import nl.schoolverzuim.melding.NieuweMelding;
import nl.schoolverzuim.domein.Weigering;
import nl.schoolverzuim.testsupport.WerkprocesTest;

/**
 * A letter step as the contract describes it (service task {@code brief.opstellen}, then a user task whose complete
 * listener is {@code brief.afronden}), on a werkproces of the application: draft, final with PDF, sent.
 */
class BriefAfrondenTest extends WerkprocesTest {

    private static final String PROCES = "brief-stap-test";

    @Autowired
    TestRestTemplate http;

    @BeforeEach
    void briefstap() {
        if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(PROCES).count() == 0) {
            BpmnModelInstance model = Bpmn.createExecutableProcess(PROCES).camundaHistoryTimeToLive(1)
                    .startEvent()
                    .serviceTask("Opstellen").camundaExpression("${brief.opstellen(execution, 'informatieve-brief')}")
                    .camundaResultVariable("briefId")
                    .userTask("BriefVersturen").camundaTaskListenerExpression("complete", "${brief.afronden(task)}")
                    .endEvent().done();
            engine.getRepositoryService().createDeployment().addModelInstance(PROCES + ".bpmn", model).deploy();
        }
    }

    @Test
    @DisplayName("De brief gaat van concept naar definitief met PDF en verzonden met datum en kanaal (issue Brieven)")
    void conceptDefinitiefVerzonden() throws Exception {
        Task stap = briefstap(List.of(ouder(true)));
        Long briefId = (Long) taken.getVariable(stap.getId(), "briefId");
        assertThat(status(briefId)).isEqualTo("CONCEPT");
        taken.setAssignee(stap.getId(), "lpa-doetinchem");

        taken.complete(stap.getId(), afronding("POST", "Wij zien u graag op het stadhuis."));

        Map<String, Object> brief = jdbc.queryForMap("select status, verzonden_op, verzendkanaal, extra_alinea, sjabloon, "
                + "sjabloon_versie, titel, pdf from document where id = ?", briefId);
        assertThat(brief).containsEntry("STATUS", "VERZONDEN").containsEntry("VERZENDKANAAL", "POST")
                .containsEntry("EXTRA_ALINEA", "Wij zien u graag op het stadhuis.")
                .containsEntry("SJABLOON", "brieven/informatieve-brief.html").containsEntry("TITEL", "Informatieve brief");
        assertThat(brief.get("VERZONDEN_OP")).hasToString(vandaag().toString());
        assertThat(brief.get("SJABLOON_VERSIE")).isNotNull();
        assertThat(BriefRenderenTest.tekst((byte[]) brief.get("PDF")))
                .contains("Wij zien u graag op het stadhuis.", "Dorpsstraat 12a", "7001 AB Doetinchem", "Gemeente Doetinchem",
                        "Kopie aan: Houtkamp College");

        // the Dossier page lists the letter with date, sender and status, with its PDF and preview
        long dossierId = jdbc.queryForObject("select dossier_id from document where id = ?", Long.class, briefId);
        String pagina = http.withBasicAuth("lpa-doetinchem", "demo").getForObject("/dossiers/" + dossierId, String.class);
        assertThat(pagina).contains("Brieven en documenten", "Informatieve brief", "Verzonden ", "(per post)",
                "href=\"/api/documenten/" + briefId + ".pdf\"", "href=\"/api/documenten/" + briefId + ".html\"");
        JsonNode dossier = http.withBasicAuth("lpa-doetinchem", "demo").getForObject("/api/dossiers/" + dossierId,
                JsonNode.class);
        assertThat(dossier.get("documenten").findValuesAsText("status")).containsExactly("VERZONDEN");
        assertThat(dossier.get("tijdlijn").findValuesAsText("wat")).contains("Brief verzonden (POST): Informatieve brief");
        ResponseEntity<String> voorbeeld = http.withBasicAuth("lpa-doetinchem", "demo")
                .getForEntity("/api/documenten/" + briefId + ".html", String.class);
        assertThat(voorbeeld.getHeaders().getContentType().toString()).startsWith("text/html");
        assertThat(voorbeeld.getBody()).contains("Wij zien u graag op het stadhuis.");
        assertThat(jdbc.queryForObject("select count(*) from dossier_inzage where dossier_id = ? and via like ?",
                Integer.class, dossierId, "GET /api/documenten/%")).isEqualTo(1);
    }

    @Test
    @DisplayName("Zonder adres van de ouders kan de brief niet definitief worden: Nederlandse melding, geen 500")
    void zonderAdresGeweigerd() {
        for (List<NieuweMelding.OuderGegevens> ouders : List.of(List.of(ouder(false)), List.<NieuweMelding.OuderGegevens>of())) {
            Task stap = briefstap(ouders);
            Long briefId = (Long) taken.getVariable(stap.getId(), "briefId");
            Weigering weigering = weigering(() -> taken.complete(stap.getId(), afronding("POST", null)));
            assertThat(weigering.veld()).isEqualTo("briefId");
            assertThat(weigering.getMessage()).startsWith("De brief kan niet definitief worden: van de ouders/verzorgers "
                    + "is geen adres");
            assertThat(status(briefId)).isEqualTo("CONCEPT");
        }
    }

    @Test
    @DisplayName("Per e-mail versturen kan alleen met een e-mailadres van de ouders")
    void emailZonderAdresGeweigerd() {
        Task stap = briefstap(List.of(ouder(true)));

        Weigering weigering = weigering(() -> taken.complete(stap.getId(), afronding("EMAIL", null)));
        assertThat(weigering.veld()).isEqualTo("briefVerzendkanaal");
        assertThat(weigering.getMessage()).contains("geen e-mailadres");
    }

    private static Weigering weigering(Runnable stap) {
        try {
            stap.run();
        } catch (RuntimeException e) {
            for (Throwable oorzaak = e; oorzaak != null; oorzaak = oorzaak.getCause()) {
                if (oorzaak instanceof Weigering weigering) {
                    return weigering;
                }
            }
            throw e;
        }
        throw new AssertionError("niet geweigerd");
    }

    /** A werkproces whose melding names these ouders (the Dossier keeps them), at its letter step. */
    private Task briefstap(List<NieuweMelding.OuderGegevens> ouders) {
        long werkprocesId = melding(new NieuweMelding(null, "WETTELIJK", vandaag().toString(),
                nieuweJongere(14, "Doetinchem"), new NieuweMelding.SchoolGegevens("12AB", "Houtkamp College", "VO"),
                20, 0, false, null, "testmelding", null, ouders)).id();
        ProcessInstance instantie = runtime.startProcessInstanceByKey(PROCES, Map.of(Variabelen.WERKPROCES_ID, werkprocesId,
                Variabelen.SCHOOL_NAAM, "Houtkamp College"));
        return taken.createTaskQuery().processInstanceId(instantie.getId()).singleResult();
    }

    private String status(Long id) {
        return jdbc.queryForObject("select status from document where id = ?", String.class, id);
    }

    private static VariableMap afronding(String kanaal, String extraAlinea) {
        return Variables.createVariables()
                .putValue("briefVerzendkanaal", kanaal)
                .putValue("briefExtraAlinea", extraAlinea);
    }

    private static NieuweMelding.OuderGegevens ouder(boolean metAdres) {
        return new NieuweMelding.OuderGegevens("M. Proces", metAdres
                ? new NieuweMelding.AdresGegevens("Dorpsstraat", "12a", "7001 AB", "Doetinchem") : null, null, null, null);
    }
}
