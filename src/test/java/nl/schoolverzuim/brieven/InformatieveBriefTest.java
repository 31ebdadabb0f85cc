package nl.schoolverzuim.brieven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.schoolverzuim.domein.Termijnen;
import nl.schoolverzuim.domein.Werkdagen;
import nl.schoolverzuim.melding.NieuweMelding;
import nl.schoolverzuim.testsupport.WerkprocesTest;

/**
 * The informatieve brief of {@code processes/informatie-advies.bpmn} (MAS §3, [003]): made when the officer answering
 * the question chooses it, finalised in its step, and its sending recorded later from the Dossier page.
 */
@AutoConfigureMockMvc
class InformatieveBriefTest extends WerkprocesTest {

    private static final String LPA = "lpa-doetinchem";

    @Autowired
    MockMvc mvc;
    @Autowired
    IdentityService identity;

    private Werkproces vraag() {
        return melding(new NieuweMelding(null, "INFORMATIE_ADVIES", vandaag().toString(), nieuweJongere(15, "Doetinchem"),
                null, 0, 0, false, null, "vraag over verlof", null, List.of(new NieuweMelding.OuderGegevens("M. Proces",
                        new NieuweMelding.AdresGegevens("Dorpsstraat", "12a", "7001 AB", "Doetinchem"), null, null, null))));
    }

    @Test
    @DisplayName("Zonder informatieve brief is de vraag beantwoord zonder document (MAS §3)")
    void zonderBrief() {
        Werkproces w = vraag();
        voltooi(w.instantie(), "VraagBeantwoorden", "antwoord", "Telefonisch uitgelegd.", "informatieveBrief", "NEE");

        assertThat(w.instantie()).hasPassed("VraagBeantwoord").hasNotPassed("InformatieveBriefOpstellen").isEnded();
        assertThat(jdbc.queryForObject("select count(*) from document where werkproces_id = ?", Integer.class, w.id()))
                .isZero();
    }

    @Test
    @DisplayName("Informatieve brief: concept, definitief in de stap, verzonden vanuit het dossier (MAS §3, [003])")
    void briefDefinitiefEnLaterVerzonden() throws Exception {
        Werkproces w = vraag();
        voltooi(w.instantie(), "VraagBeantwoorden", "antwoord", "Uitgelegd.", "informatieveBrief", "JA",
                "informatie", "Verlof voor een familiefeest vraagt u bij de directeur van de school aan.");

        assertThat(w.instantie()).hasPassed("InformatieveBriefOpstellen").isWaitingAt("InformatieveBriefVerzenden");
        assertThat(task("InformatieveBriefVerzenden", w.instantie()).getDueDate())
                .isEqualTo(Termijnen.eindeWerkdag(new Werkdagen().plusWerkdagen(vandaag(), 5)));
        long brief = jdbc.queryForObject("select id from document where werkproces_id = ?", Long.class, w.id());
        assertThat(status(brief)).isEqualTo("CONCEPT");
        assertThat(jdbc.queryForObject("select html from document where id = ?", String.class, brief))
                .contains("Verlof voor een familiefeest vraagt u bij de directeur van de school aan.");

        voltooi(w.instantie(), "InformatieveBriefVerzenden");
        assertThat(w.instantie()).hasPassed("InformatieveBriefDefinitief").isEnded();
        assertThat(status(brief)).isEqualTo("DEFINITIEF");

        // the Dossier page offers to record the sending of the final letter
        assertThat(html(get("/dossiers/" + w.dossierId()), 200)).contains("Verzending vastleggen",
                "action=\"/dossiers/" + w.dossierId() + "/documenten/" + brief + "/verzending\"");

        MvcResult fout = mvc.perform(post("/dossiers/" + w.dossierId() + "/documenten/" + brief + "/verzending")
                .param("datum", vandaag().plusDays(2).toString()).param("kanaal", "").with(als(LPA)).with(csrf()))
                .andReturn();
        assertThat(fout.getResponse().getRedirectedUrl()).isEqualTo("/dossiers/" + w.dossierId() + "#document-" + brief);
        assertThat(fout.getFlashMap().get("documentFouten")).isEqualTo(Map.of(
                "datum", "De datum van verzenden ligt in de toekomst.",
                "kanaal", "Kies hoe de brief de ouders heeft bereikt: per post, per e-mail of overhandigd."));
        assertThat(html(get("/dossiers/" + w.dossierId()).flashAttrs(fout.getFlashMap()), 200))
                .contains("De datum van verzenden ligt in de toekomst.", "aria-invalid=\"true\"");
        assertThat(status(brief)).isEqualTo("DEFINITIEF");

        assertThat(mvc.perform(post("/dossiers/" + w.dossierId() + "/documenten/" + brief + "/verzending")
                .param("datum", vandaag().toString()).param("kanaal", "POST").with(als("lpa-aalten")).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);

        MvcResult vastgelegd = mvc.perform(post("/dossiers/" + w.dossierId() + "/documenten/" + brief + "/verzending")
                .param("datum", vandaag().toString()).param("kanaal", "OVERHANDIGD").with(als(LPA))
                .with(csrf())).andReturn();
        assertThat(vastgelegd.getResponse().getRedirectedUrl()).isEqualTo("/dossiers/" + w.dossierId() + "#kop-documenten");
        assertThat(jdbc.queryForObject("select status || ' | ' || verzendkanaal || ' | ' || cast(verzonden_op as "
                + "varchar(10)) from document where id = ?", String.class, brief))
                .isEqualTo("VERZONDEN | OVERHANDIGD | " + vandaag());
        assertThat(html(get("/dossiers/" + w.dossierId()).flashAttrs(vastgelegd.getFlashMap()), 200))
                .contains("Verzending van &#39;Informatieve brief&#39; vastgelegd.", "(overhandigd)")
                .doesNotContain("Verzending vastleggen");
        // logged like a read of the Dossier (MAS §10); a refused attempt changes nothing, its log entry included
        assertThat(jdbc.queryForObject("select count(*) from dossier_inzage where dossier_id = ? and via like ?",
                Integer.class, w.dossierId(), "/dossiers/{dossierId}/documenten/%")).isEqualTo(1);
    }

    private String status(long id) {
        return jdbc.queryForObject("select status from document where id = ?", String.class, id);
    }

    private RequestPostProcessor als(String gebruiker) {
        return user(gebruiker).authorities(identity.createGroupQuery().groupMember(gebruiker).list().stream()
                .map(Group::getId).map(SimpleGrantedAuthority::new).toList());
    }

    private String html(MockHttpServletRequestBuilder verzoek, int status) throws Exception {
        MvcResult resultaat = mvc.perform(verzoek.with(als(LPA))).andReturn();
        assertThat(resultaat.getResponse().getStatus()).as(resultaat.getResponse().getContentAsString())
                .isEqualTo(status);
        return resultaat.getResponse().getContentAsString();
    }
}
