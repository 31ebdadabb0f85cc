package nl.schoolverzuim.dossier;

import static nl.schoolverzuim.testsupport.Meldingen.jongere;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.schoolverzuim.testsupport.Meldingen;
import nl.schoolverzuim.testsupport.WerkprocesTest;

/**
 * The ouders/verzorgers of the Jongere in the Dossier, to whom letters go: the intake's optional {@code ouders}
 * (meldingen.md) with every bad field named, stored once per person however often meldingen name them (ADR 0026),
 * shown by {@code GET /api/dossiers/{id}}, and added, changed and removed by the officer on the Dossier page with the
 * Dossier's access check and log (MAS §10) and a journal entry. No BSN reaches the log (MAS §10).
 */
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class VerzorgersTest extends WerkprocesTest {

    private static final String LPA = "lpa-doetinchem";

    @Autowired
    MockMvc mvc;
    @Autowired
    IdentityService identity;
    @Autowired
    TestRestTemplate http;

    static Map<String, Object> ouder(String naam) {
        Map<String, Object> adres = new LinkedHashMap<>();
        adres.put("straat", "Dorpsstraat");
        adres.put("huisnummer", "12a");
        adres.put("postcode", "7001 AB");
        adres.put("woonplaats", "Doetinchem");
        Map<String, Object> ouder = new LinkedHashMap<>();
        ouder.put("naam", naam);
        ouder.put("adres", adres);
        ouder.put("telefoon", "0314-123456");
        ouder.put("email", "karin@example.nl");
        ouder.put("gezag", true);
        return ouder;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> ouder(Map<String, Object> melding, int i) {
        return ((List<Map<String, Object>>) melding.get("ouders")).get(i);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> adres(Map<String, Object> melding, int i) {
        return (Map<String, Object>) ouder(melding, i).get("adres");
    }

    static Map<String, Object> metOuders() {
        Map<String, Object> melding = Meldingen.wettelijk();
        melding.put("ouders", new ArrayList<>(List.of(ouder("Karin de Vries"), ouder("Piet de Vries"))));
        return melding;
    }

    @SuppressWarnings("unchecked")
    static Stream<Arguments> ongeldigeOuders() {
        return Stream.of(
                geval("ouders[0].naam", m -> ouder(m, 0).remove("naam")),
                geval("ouders[1].naam", m -> ouder(m, 1).put("naam", " ")),
                geval("ouders[0].adres.straat", m -> adres(m, 0).remove("straat")),
                geval("ouders[0].adres.huisnummer", m -> adres(m, 0).put("huisnummer", "twaalf")),
                geval("ouders[0].adres.postcode", m -> adres(m, 0).put("postcode", "7001 A")),
                geval("ouders[1].adres.postcode", m -> adres(m, 1).put("postcode", "AB 7001")),
                geval("ouders[0].adres.woonplaats", m -> adres(m, 0).put("woonplaats", "")),
                geval("ouders[0].email", m -> ouder(m, 0).put("email", "karin.example.nl")),
                geval("ouders[1].telefoon", m -> ouder(m, 1).put("telefoon", "bellen")),
                geval("ouders[0].gezag", m -> ouder(m, 0).put("gezag", "misschien")),
                geval("ouders[0]", m -> ((List<Object>) m.get("ouders")).set(0, null)),
                geval("ouders", m -> m.put("ouders", new ArrayList<>(Stream.generate(() -> ouder("Karin")).limit(11)
                        .toList()))));
    }

    private static Arguments geval(String veld, Consumer<Map<String, Object>> bederf) {
        return Arguments.of(veld, bederf);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ongeldigeOuders")
    void eenOngeldigeOuderWordtGenoemdEnDeMeldingNietOpgeslagen(String veld, Consumer<Map<String, Object>> bederf) {
        Map<String, Object> melding = metOuders();
        bederf.accept(melding);

        ResponseEntity<JsonNode> antwoord = http.withBasicAuth(LPA, "demo").postForEntity("/api/meldingen", melding,
                JsonNode.class);

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(antwoord.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(antwoord.getBody().get("errors").findValuesAsText("field")).containsExactly(veld);
        assertThat(jdbc.queryForObject("select count(*) from melding where meldingnummer = ?", Integer.class,
                melding.get("meldingnummer"))).isZero();
    }

    @Test
    void elkFoutVeldVanDeOudersWordtTegelijkGenoemd() {
        Map<String, Object> melding = metOuders();
        adres(melding, 0).put("postcode", "70011 AB");
        ouder(melding, 0).put("email", "karin@");
        ouder(melding, 1).remove("naam");
        adres(melding, 1).remove("woonplaats");

        ResponseEntity<JsonNode> antwoord = http.withBasicAuth(LPA, "demo").postForEntity("/api/meldingen", melding,
                JsonNode.class);

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode fouten = antwoord.getBody().get("errors");
        assertThat(fouten.findValuesAsText("field")).containsExactlyInAnyOrder("ouders[0].adres.postcode",
                "ouders[0].email", "ouders[1].naam", "ouders[1].adres.woonplaats");
        assertThat(fouten.findValuesAsText("message")).contains("is geen postcode: vier cijfers en twee letters (7001 AB)",
                "is geen geldig e-mailadres (naam@voorbeeld.nl)", "is verplicht",
                "is verplicht in een adres (straat, huisnummer, postcode en woonplaats)");
    }

    /**
     * ADR 0026: a repeated melding naming the same ouder (any case or spacing) adds no second row; it fills in what
     * the Dossier did not know and only reports in the journal what it says differently.
     */
    @Test
    void eenHerhaaldeMeldingMetDezelfdeOuderMaaktGeenTweede(CapturedOutput log) {
        Map<String, Object> eerste = Meldingen.wettelijk();
        Map<String, Object> piet = new LinkedHashMap<>(Map.of("naam", "Piet de Vries"));
        eerste.put("ouders", List.of(ouder("Karin de Vries"), piet));
        long dossier = gemeld(eerste);

        Map<String, Object> tweede = Meldingen.wettelijk();
        jongere(tweede).putAll(jongere(eerste));
        Map<String, Object> karin = ouder("  KARIN  de vries ");
        karin.put("telefoon", "06 12345678");
        karin.remove("email");
        Map<String, Object> pietMetAdres = ouder("Piet de Vries");
        pietMetAdres.put("gezag", false);
        tweede.put("ouders", List.of(karin, pietMetAdres));
        assertThat(gemeld(tweede)).isEqualTo(dossier);

        assertThat(jdbc.queryForObject("select count(*) from verzorger where dossier_id = ?", Integer.class, dossier))
                .isEqualTo(2);
        JsonNode ouders = http.withBasicAuth(LPA, "demo").getForEntity("/api/dossiers/" + dossier, JsonNode.class)
                .getBody().get("ouders");
        assertThat(ouders).hasSize(2);
        JsonNode k = ouders.get(0);
        assertThat(k.get("id").asLong()).isPositive();
        assertThat(k.get("naam").asText()).isEqualTo("Karin de Vries");
        assertThat(k.get("adres").get("straat").asText()).isEqualTo("Dorpsstraat");
        assertThat(k.get("adres").get("huisnummer").asText()).isEqualTo("12a");
        assertThat(k.get("adres").get("postcode").asText()).isEqualTo("7001 AB");
        assertThat(k.get("adres").get("woonplaats").asText()).isEqualTo("Doetinchem");
        // What the Dossier knew stays; the other phone number is for the officer to judge.
        assertThat(k.get("telefoon").asText()).isEqualTo("0314-123456");
        assertThat(k.get("email").asText()).isEqualTo("karin@example.nl");
        assertThat(k.get("gezag").asBoolean()).isTrue();
        JsonNode p = ouders.get(1);
        assertThat(p.get("naam").asText()).isEqualTo("Piet de Vries");
        assertThat(p.get("adres").get("postcode").asText()).isEqualTo("7001 AB");
        assertThat(p.get("gezag").asBoolean()).isFalse();

        assertThat(jdbc.queryForList("select bron from verzorger where dossier_id = ?", String.class, dossier))
                .containsOnly("MELDING");
        // Only what the melding says differently is reported, once.
        assertThat(journaal(dossier)).singleElement().asString().contains("andere gegevens", "Karin de Vries",
                "telefoon: 06 12345678").doesNotContain("e-mail", "Piet");
        // MAS §10: nothing of this reaches the log with the Jongere's BSN.
        assertThat(log.getAll()).doesNotContain((String) jongere(eerste).get("bsn"));
    }

    @Test
    void eenMeldingZonderOudersLaatHetDossierZonderOuders() {
        long dossier = gemeld(Meldingen.wettelijk());

        assertThat(http.withBasicAuth(LPA, "demo").getForEntity("/api/dossiers/" + dossier, JsonNode.class).getBody()
                .get("ouders")).isEmpty();
    }

    /** The officer's forms on the Dossier page, with Dutch messages at the bad fields (MAS §10 access and log). */
    @Test
    void deAmbtenaarVoegtOudersToeWijzigtEnVerwijdertZe(CapturedOutput log) throws Exception {
        Map<String, Object> melding = Meldingen.wettelijk();
        long dossier = gemeld(melding);
        assertThat(html(get("/dossiers/" + dossier).with(als(LPA)), 200)).contains("Ouders/verzorgers",
                "Er zijn geen ouders/verzorgers bekend.");

        // Bad input: nothing stored, the form again with what was sent and a message at each bad field.
        MvcResult fout = mvc.perform(formulier(post("/dossiers/" + dossier + "/ouders"), "Karin de Vries", "Dorpsstraat",
                "12", "7001", "Doetinchem", "", "karin@", "ja").with(als(LPA)).with(csrf())).andReturn();
        assertThat(fout.getResponse().getRedirectedUrl()).isEqualTo("/dossiers/" + dossier + "#ouder-nieuw");
        assertThat(fout.getFlashMap().get("ouderFouten")).isEqualTo(Map.of(
                "postcode", "is geen postcode: vier cijfers en twee letters (7001 AB)",
                "email", "is geen geldig e-mailadres (naam@voorbeeld.nl)"));
        String opnieuw = html(get("/dossiers/" + dossier).flashAttrs(fout.getFlashMap()).with(als(LPA)), 200);
        assertThat(opnieuw).contains("Verbeter de gemarkeerde velden; er is niets opgeslagen.",
                "is geen postcode: vier cijfers en twee letters (7001 AB)", "value=\"Karin de Vries\"",
                "aria-invalid=\"true\"", "<details id=\"ouder-nieuw\" open");
        assertThat(aantal(dossier)).isZero();

        MvcResult toegevoegd = mvc.perform(formulier(post("/dossiers/" + dossier + "/ouders"), "Karin de Vries",
                "Dorpsstraat", "12", "7001ab", "Doetinchem", "", "karin@example.nl", "ja").with(als(LPA)).with(csrf()))
                .andReturn();
        assertThat(toegevoegd.getResponse().getRedirectedUrl()).isEqualTo("/dossiers/" + dossier + "#ouders");
        assertThat(aantal(dossier)).isOne();
        long id = jdbc.queryForObject("select id from verzorger where dossier_id = ?", Long.class, dossier);
        assertThat(html(get("/dossiers/" + dossier).flashAttrs(toegevoegd.getFlashMap()).with(als(LPA)), 200))
                .contains("Ouder/verzorger toegevoegd.", "Dorpsstraat 12, 7001 AB Doetinchem", "karin@example.nl");

        // The same person twice is refused.
        MvcResult dubbel = mvc.perform(formulier(post("/dossiers/" + dossier + "/ouders"), "karin de  vries", "", "",
                "", "", "", "", "").with(als(LPA)).with(csrf())).andReturn();
        assertThat(dubbel.getFlashMap().get("ouderFouten"))
                .isEqualTo(Map.of("naam", "staat al bij de ouders/verzorgers van dit dossier"));
        assertThat(aantal(dossier)).isOne();

        // Changing replaces: an emptied address becomes unknown.
        mvc.perform(formulier(post("/dossiers/" + dossier + "/ouders/" + id), "Karin Jansen", "", "", "", "",
                "06 12345678", "", "nee").with(als(LPA)).with(csrf())).andReturn();
        Map<String, Object> rij = jdbc.queryForMap("select * from verzorger where id = ?", id);
        assertThat(rij).containsEntry("naam", "Karin Jansen").containsEntry("postcode", null)
                .containsEntry("telefoon", "06 12345678").containsEntry("email", null).containsEntry("gezag", false)
                .containsEntry("bron", "AMBTENAAR").containsEntry("gewijzigd_door", LPA);
        assertThat(html(get("/dossiers/" + dossier).with(als(LPA)), 200)).contains("Karin Jansen", "06 12345678");

        mvc.perform(post("/dossiers/" + dossier + "/ouders/" + id + "/verwijderen").with(als(LPA)).with(csrf()))
                .andReturn();
        assertThat(aantal(dossier)).isZero();

        assertThat(journaal(dossier)).containsExactly("Ouder/verzorger Karin de Vries toegevoegd.",
                "Gegevens van ouder/verzorger Karin de Vries gewijzigd (nu: Karin Jansen).",
                "Ouder/verzorger Karin Jansen verwijderd.");
        assertThat(jdbc.queryForList("select distinct auteur from notitie where dossier_id = ? and veld = 'ouders'",
                String.class, dossier)).containsExactly(LPA);
        assertThat(jdbc.queryForList("select via from dossier_inzage where dossier_id = ? and via like '%ouders%'",
                String.class, dossier)).contains("/dossiers/{id}/ouders", "/dossiers/{id}/ouders/{ouder}",
                "/dossiers/{id}/ouders/{ouder}/verwijderen");
        assertThat(log.getAll()).doesNotContain((String) jongere(melding).get("bsn"));
    }

    /** MAS §10: only who may read the Dossier changes its ouders; a form without the CSRF token does nothing. */
    @Test
    void eenAndereGemeenteOfEenVerzoekZonderTokenWijzigtNiets() throws Exception {
        Map<String, Object> melding = Meldingen.wettelijk();
        melding.put("ouders", List.of(ouder("Karin de Vries")));
        long dossier = gemeld(melding);
        long id = jdbc.queryForObject("select id from verzorger where dossier_id = ?", Long.class, dossier);

        html(formulier(post("/dossiers/" + dossier + "/ouders"), "Piet", "", "", "", "", "", "", "")
                .with(als("lpa-aalten")).with(csrf()), 403);
        html(formulier(post("/dossiers/" + dossier + "/ouders/" + id), "Piet", "", "", "", "", "", "", "")
                .with(als("lpa-aalten")).with(csrf()), 403);
        html(post("/dossiers/" + dossier + "/ouders/" + id + "/verwijderen").with(als("lpa-aalten")).with(csrf()), 403);
        html(formulier(post("/dossiers/" + dossier + "/ouders"), "Piet", "", "", "", "", "", "", "").with(als(LPA)), 403);
        // Another Dossier's ouder through this Dossier's address is not found.
        long ander = gemeld(Meldingen.wettelijk());
        html(post("/dossiers/" + ander + "/ouders/" + id + "/verwijderen").with(als(LPA)).with(csrf()), 404);

        assertThat(jdbc.queryForList("select naam from verzorger where dossier_id = ?", String.class, dossier))
                .containsExactly("Karin de Vries");
        assertThat(http.withBasicAuth("lpa-aalten", "demo").getForEntity("/api/dossiers/" + dossier, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private long gemeld(Map<String, Object> melding) {
        ResponseEntity<JsonNode> antwoord = http.withBasicAuth(LPA, "demo").postForEntity("/api/meldingen", melding,
                JsonNode.class);
        assertThat(antwoord.getStatusCode()).as(String.valueOf(antwoord.getBody())).isEqualTo(HttpStatus.CREATED);
        return antwoord.getBody().get("dossierId").asLong();
    }

    private int aantal(long dossier) {
        return jdbc.queryForObject("select count(*) from verzorger where dossier_id = ?", Integer.class, dossier);
    }

    private List<String> journaal(long dossier) {
        return jdbc.queryForList("select tekst from notitie where dossier_id = ? and veld = 'ouders' order by id",
                String.class, dossier);
    }

    private static MockHttpServletRequestBuilder formulier(MockHttpServletRequestBuilder verzoek, String naam,
                                                           String straat, String huisnummer, String postcode,
                                                           String woonplaats, String telefoon, String email,
                                                           String gezag) {
        return verzoek.param("naam", naam).param("straat", straat).param("huisnummer", huisnummer)
                .param("postcode", postcode).param("woonplaats", woonplaats).param("telefoon", telefoon)
                .param("email", email).param("gezag", gezag);
    }

    /** Signed in as {@code gebruiker} with the engine groups the login gives as authorities. */
    private RequestPostProcessor als(String gebruiker) {
        return user(gebruiker).authorities(identity.createGroupQuery().groupMember(gebruiker).list().stream()
                .map(Group::getId).map(SimpleGrantedAuthority::new).toList());
    }

    private String html(MockHttpServletRequestBuilder verzoek, int status) throws Exception {
        MvcResult resultaat = mvc.perform(verzoek).andReturn();
        assertThat(resultaat.getResponse().getStatus()).as(resultaat.getResponse().getContentAsString())
                .isEqualTo(status);
        return resultaat.getResponse().getContentAsString();
    }
}
