package nl.schoolverzuim.vrijstellingen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import nl.schoolverzuim.dossier.VerzorgerInvoer;
import nl.schoolverzuim.dossier.Verzorgers;
import nl.schoolverzuim.testsupport.IntegratieTest;
import nl.schoolverzuim.testsupport.Meldingen;

/**
 * The vrijstellingen contract ({@code ../shared/api/vrijstellingen.md}, MAS §7) over HTTP with the real application;
 * on H2 and on PostgreSQL by the subclasses.
 */
@IntegratieTest
abstract class VrijstellingApiTests {

    private static final String LPA = "lpa-doetinchem";
    private static final String ANDERE_LPA = "lpa-aalten";

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taken;
    @Autowired
    ManagementService beheer;
    @Autowired
    Verzorgers verzorgers;

    private static Map<String, Object> aanvraag(String grond, String bsn, LocalDate geboortedatum, LocalDate ingang,
                                                LocalDate einde, String... bijlagen) {
        Map<String, Object> jongere = new HashMap<>(Map.of("voornaam", "Sanne", "achternaam", "de Vries-" + bsn,
                "geboortedatum", geboortedatum.toString(), "woongemeente", "Doetinchem", "bsn", bsn));
        Map<String, Object> aanvraag = new HashMap<>();
        aanvraag.put("grond", grond);
        aanvraag.put("aanvraagdatum", LocalDate.now().minusDays(1).toString());
        aanvraag.put("aanvrager", "OUDERS");
        aanvraag.put("jongere", jongere);
        aanvraag.put("ingangsdatum", ingang.toString());
        if (einde != null) {
            aanvraag.put("einddatum", einde.toString());
        }
        aanvraag.put("bijlagen", List.of(bijlagen));
        return aanvraag;
    }

    private ResponseEntity<JsonNode> post(String gebruiker, String pad, Object body) {
        return http.withBasicAuth(gebruiker, "demo").postForEntity(pad, body, JsonNode.class);
    }

    private ResponseEntity<JsonNode> get(String gebruiker, String pad) {
        return http.withBasicAuth(gebruiker, "demo").getForEntity(pad, JsonNode.class);
    }

    private long aantal() {
        return jdbc.queryForObject("select count(*) from vrijstelling", Long.class);
    }

    private static List<String> velden(ResponseEntity<JsonNode> antwoord) {
        List<String> velden = new ArrayList<>();
        antwoord.getBody().get("errors").forEach(fout -> velden.add(fout.get("field").asText()));
        return velden;
    }

    @Test
    void eenAanvraagWordtGeregistreerdGetoetstEnAanHetDossierGekoppeld() {
        // MAS §7 art. 5 onder a: with the statement the toets is met; the advice step comes first.
        String bsn = Meldingen.uniekBsn();
        ResponseEntity<JsonNode> antwoord = post(LPA, "/api/vrijstellingen", aanvraag("ART_5A", bsn,
                LocalDate.now().minusYears(10), LocalDate.now().plusDays(30), null, "VERKLARING_DESKUNDIGE"));

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode body = antwoord.getBody();
        long id = body.get("id").asLong();
        assertThat(antwoord.getHeaders().getLocation()).hasToString("/api/vrijstellingen/" + id);
        assertThat(body.get("dossierId").asLong()).isPositive();
        assertThat(body.get("status").asText()).isEqualTo("AANGEVRAAGD");
        assertThat(body.get("toets").get("voldoet").asBoolean()).isTrue();
        assertThat(body.get("toets").get("redenen")).isEmpty();
        assertThat(body.get("grondLabel").asText()).startsWith("Art. 5 onder a");
        ProcessInstance instantie = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(body.get("werkprocesId").asText()).singleResult();
        assertThat(instantie.getProcessDefinitionId()).startsWith("vrijstelling:");
        assertThat(taken.createTaskQuery().processInstanceId(instantie.getId()).singleResult().getTaskDefinitionKey())
                .isEqualTo("SociaalMedischAdviesVastleggen");
        assertThat(runtime.getVariables(instantie.getId())).doesNotContainKey("bsn");

        JsonNode opgevraagd = get(LPA, "/api/vrijstellingen/" + id).getBody();
        assertThat(opgevraagd.get("grond").asText()).isEqualTo("ART_5A");
        assertThat(get(LPA, "/api/dossiers/" + body.get("dossierId").asLong()).getBody().get("onderdelen")
                .get("vrijstellingen").get(0).get("status").asText()).isEqualTo("AANGEVRAAGD");
        // An aanvraag the besluit cannot yet be given for: the advice comes first (MAS §7).
        assertThat(post(LPA, "/api/vrijstellingen/" + id + "/besluit",
                Map.of("besluit", "VERLENEN", "motivering", "x")).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    // MAS §3, §7: a vrijstelling is no verzuim, so its werkproces has no Verzuimsoort (ADR 0033): not stored, no
    // process variable, none in the werkvoorraad row; the API says null and the pages say "Vrijstelling".
    void hetWerkprocesVanEenVrijstellingHeeftGeenVerzuimsoort() {
        String bsn = Meldingen.uniekBsn();
        JsonNode body = post(LPA, "/api/vrijstellingen", aanvraag("ART_5A", bsn, LocalDate.now().minusYears(10),
                LocalDate.now().plusDays(30), null, "VERKLARING_DESKUNDIGE")).getBody();
        long werkprocesId = body.get("werkprocesId").asLong();
        long dossierId = body.get("dossierId").asLong();

        assertThat(jdbc.queryForMap("select verzuimsoort, proces_key from werkproces where id = ?", werkprocesId))
                .containsEntry("VERZUIMSOORT", null).containsEntry("PROCES_KEY", "vrijstelling");
        String instantie = runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(werkprocesId))
                .singleResult().getId();
        assertThat(runtime.getVariables(instantie)).doesNotContainKey("verzuimsoort");
        assertThat(jdbc.queryForMap("select verzuimsoort, proces_key from werkvoorraad_taak where werkproces_id = ?",
                werkprocesId)).containsEntry("VERZUIMSOORT", null).containsEntry("PROCES_KEY", "vrijstelling");

        JsonNode werkproces = get(LPA, "/api/dossiers/" + dossierId).getBody().get("werkprocessen").get(0);
        assertThat(werkproces.path("verzuimsoort").asText(null)).isNull();
        assertThat(werkproces.get("procesKey").asText()).isEqualTo("vrijstelling");
        ResponseEntity<String> dossier = http.withBasicAuth(LPA, "demo").getForEntity("/dossiers/" + dossierId,
                String.class);
        assertThat(dossier.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(dossier.getBody()).contains("<dd>Vrijstelling</dd>").doesNotContain("Informatie en advies");
        ResponseEntity<String> werkvoorraad = http.withBasicAuth(LPA, "demo")
                .getForEntity("/werkvoorraad?tab=team&zoek=" + bsn, String.class);
        assertThat(werkvoorraad.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(werkvoorraad.getBody()).contains("<td>Vrijstelling</td>");
    }

    @Test
    void eenAanvraagDieNietAanDeWetVoldoetWordtGeregistreerdMetDeRedenen() {
        // MAS §7 art. 15: under 16 and without the alternative both fail; still registered, cannot be granted.
        ResponseEntity<JsonNode> antwoord = post(LPA, "/api/vrijstellingen", aanvraag("ART_15", Meldingen.uniekBsn(),
                LocalDate.now().minusYears(15), LocalDate.now().plusDays(30), LocalDate.now().plusDays(300)));

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode toets = antwoord.getBody().get("toets");
        assertThat(toets.get("voldoet").asBoolean()).isFalse();
        assertThat(toets.get("redenen")).hasSize(2);
        long id = antwoord.getBody().get("id").asLong();

        ResponseEntity<JsonNode> verlenen = post(LPA, "/api/vrijstellingen/" + id + "/besluit",
                Map.of("besluit", "VERLENEN", "motivering", "Toch"));
        assertThat(verlenen.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(velden(verlenen)).containsExactly("besluit");
        ResponseEntity<JsonNode> zonderMotivering = post(LPA, "/api/vrijstellingen/" + id + "/besluit",
                Map.of("besluit", "AFWIJZEN"));
        assertThat(zonderMotivering.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(velden(zonderMotivering)).containsExactly("motivering");

        ResponseEntity<JsonNode> afgewezen = post(LPA, "/api/vrijstellingen/" + id + "/besluit",
                Map.of("besluit", "AFWIJZEN", "motivering", "Nog geen 16 en geen alternatief"));
        assertThat(afgewezen.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(afgewezen.getBody().get("status").asText()).isEqualTo("AFGEWEZEN");
        assertThat(afgewezen.getBody().get("besluitdatum").asText()).isEqualTo(LocalDate.now().toString());
        assertThat(post(LPA, "/api/vrijstellingen/" + id + "/besluit", Map.of("besluit", "AFWIJZEN", "motivering",
                "Nog eens")).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void slechteInvoerNoemtElkVeldEnSlaatNietsOp() {
        long voor = aantal();
        Map<String, Object> slecht = aanvraag("ART_9", "123456789", LocalDate.now().minusYears(10),
                LocalDate.now().plusDays(30), LocalDate.now().plusDays(10), "FOTO");
        slecht.put("aanvraagdatum", LocalDate.now().plusDays(1).toString());
        slecht.put("aanvrager", "BUURMAN");

        ResponseEntity<JsonNode> antwoord = post(LPA, "/api/vrijstellingen", slecht);

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(antwoord.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(velden(antwoord)).containsExactlyInAnyOrder("grond", "aanvraagdatum", "aanvrager", "jongere.bsn",
                "einddatum", "bijlagen[0]");
        assertThat(antwoord.getBody().toString()).doesNotContain("123456789");

        Map<String, Object> vijfB = aanvraag("ART_5B", Meldingen.uniekBsn(), LocalDate.now().minusYears(20),
                LocalDate.now(), LocalDate.now().plusDays(30));
        ResponseEntity<JsonNode> zonderSchooljaar = post(LPA, "/api/vrijstellingen", vijfB);
        assertThat(velden(zonderSchooljaar)).containsExactlyInAnyOrder("schooljaar", "jongere.geboortedatum");
        assertThat(aantal()).isEqualTo(voor);
    }

    @Test
    void alleenHetTeamVanDeWoongemeenteRegistreertEnLeest() {
        // MAS §10: as for meldingen, 403 for another gemeente's officer, 404 for an unknown id.
        Map<String, Object> aanvraag = aanvraag("ART_3B", Meldingen.uniekBsn(), LocalDate.now().minusYears(10),
                LocalDate.now().plusDays(30), LocalDate.now().plusDays(300));
        assertThat(post(ANDERE_LPA, "/api/vrijstellingen", aanvraag).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        long id = post(LPA, "/api/vrijstellingen", aanvraag).getBody().get("id").asLong();

        assertThat(get(ANDERE_LPA, "/api/vrijstellingen/" + id).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post(ANDERE_LPA, "/api/vrijstellingen/" + id + "/besluit", Map.of("besluit", "AFWIJZEN",
                "motivering", "x")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(LPA, "/api/vrijstellingen/999999999").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getForEntity("/api/vrijstellingen/" + id, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get(ANDERE_LPA, "/api/vrijstellingen?grond=ART_3B").getBody().get("vrijstellingen").toString())
                .doesNotContain("\"id\":" + id + ",");
        assertThat(get(LPA, "/api/vrijstellingen?grond=ART_3B&gemeente=Doetinchem&grootte=200").getBody()
                .get("vrijstellingen").toString()).contains("\"id\":" + id + ",");
        // Not granted, so not active on any day.
        assertThat(get(LPA, "/api/vrijstellingen?actiefOp=" + LocalDate.now().plusDays(60) + "&grootte=200").getBody()
                .get("vrijstellingen").toString()).doesNotContain("\"id\":" + id + ",");
        assertThat(get(LPA, "/api/vrijstellingen?actiefOp=morgen").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    // MAS §7: revocation with a reason of a granted vrijstelling, also one whose ingangsdatum is still to come (neither
    // MAS §7 nor the contract limits it to one in force). Never of one refused, not yet decided, expired or already
    // revoked: 409 saying why, in Dutch; nor before the beschikking of the grant is sent: 409 naming that step.
    void eenVerleendeVrijstellingWordtOokVoorDeIngangsdatumIngetrokkenMaarNietNaAfloop() {
        LocalDate geboren = LocalDate.now().minusYears(9);
        Map<String, String> reden = Map.of("reden", "Verhuisd naar het buitenland");
        String toekomstig = verleend(geboren, LocalDate.now().plusMonths(2), LocalDate.now().plusMonths(8),
                new HashMap<>());

        ResponseEntity<JsonNode> voorDeBeschikking = post(LPA, "/api/vrijstellingen/" + toekomstig + "/intrekking",
                reden);
        assertThat(voorDeBeschikking.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(voorDeBeschikking.getBody().get("detail").asText()).contains("'Beschikking versturen'");
        assertThat(get(LPA, "/api/vrijstellingen/" + toekomstig).getBody().get("status").asText()).isEqualTo("VERLEEND");

        beschikkingVerstuurd(toekomstig);
        ResponseEntity<JsonNode> ingetrokken = post(LPA, "/api/vrijstellingen/" + toekomstig + "/intrekking", reden);
        assertThat(ingetrokken.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ingetrokken.getBody().get("status").asText()).isEqualTo("INGETROKKEN");
        assertThat(ingetrokken.getBody().get("intrekkingsreden").asText()).isEqualTo("Verhuisd naar het buitenland");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(werkproces(toekomstig)).count())
                .isZero();

        assertThat(conflict(toekomstig, reden)).isEqualTo("Deze vrijstelling is al ingetrokken.");
        String afgewezen = registreer(aanvraag("ART_3B", Meldingen.uniekBsn(), geboren, LocalDate.now().plusMonths(2),
                LocalDate.now().plusMonths(8)));
        assertThat(conflict(afgewezen, reden)).startsWith("Over deze vrijstelling is nog niet besloten");
        besluit(afgewezen, "AFWIJZEN");
        assertThat(conflict(afgewezen, reden)).isEqualTo("Deze vrijstelling is afgewezen op " + LocalDate.now()
                + "; alleen een verleende vrijstelling kan worden ingetrokken.");
        // An art. 3b vrijstelling is not renewed: its end date's timer lets it expire (decision vrijstelling-verlengbaar).
        LocalDate einde = LocalDate.now().plusDays(1);
        String verlopen = verleend(geboren, LocalDate.now().minusMonths(1), einde, new HashMap<>());
        beschikkingVerstuurd(verlopen);
        String instantie = runtime.createProcessInstanceQuery().processInstanceBusinessKey(werkproces(verlopen))
                .singleResult().getId();
        beheer.executeJob(beheer.createJobQuery().processInstanceId(instantie).timers().singleResult().getId());
        assertThat(get(LPA, "/api/vrijstellingen/" + verlopen).getBody().get("status").asText()).isEqualTo("VERLOPEN");
        assertThat(conflict(verlopen, reden)).isEqualTo("Deze vrijstelling is verlopen (einddatum " + einde
                + "); een beëindigde vrijstelling kan niet meer worden ingetrokken.");
    }

    private String conflict(String id, Object body) {
        ResponseEntity<JsonNode> antwoord = post(LPA, "/api/vrijstellingen/" + id + "/intrekking", body);
        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(antwoord.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        return antwoord.getBody().get("detail").asText();
    }

    @Test
    void deDuoExportBevatPreciesDeVerleendeDieInDePeriodeActiefZijn() {
        // MAS §7: the DUO vrijstellingenregister gets exactly the granted vrijstellingen active on some day of the period.
        LocalDate van = LocalDate.now().plusYears(1);
        LocalDate tot = van.plusMonths(6);
        LocalDate geboren = LocalDate.now().minusYears(9);
        Map<String, String> verwacht = new HashMap<>();
        String eindigtOpVan = verleend(geboren, van.minusMonths(3), van, verwacht);
        String begintOpTot = verleend(geboren, tot, tot.plusMonths(2), verwacht);
        String overDePeriode = verleend(geboren, van.minusDays(1), tot.plusDays(1), verwacht);
        String eindigtDeDagErvoor = verleend(geboren, van.minusMonths(3), van.minusDays(1), new HashMap<>());
        String begintDeDagErna = verleend(geboren, tot.plusDays(1), tot.plusMonths(2), new HashMap<>());
        String aangevraagd = registreer(aanvraag("ART_3B", Meldingen.uniekBsn(), geboren, van, tot));
        String afgewezen = registreer(aanvraag("ART_3B", Meldingen.uniekBsn(), geboren, van, tot));
        besluit(afgewezen, "AFWIJZEN");
        String ingetrokken = verleend(geboren, van, tot, new HashMap<>());
        beschikkingVerstuurd(ingetrokken);
        assertThat(post(LPA, "/api/vrijstellingen/" + ingetrokken + "/intrekking", Map.of("reden", "Verhuisd"))
                .getBody().get("status").asText()).isEqualTo("INGETROKKEN");

        ResponseEntity<String> csv = http.withBasicAuth(LPA, "demo")
                .getForEntity("/api/vrijstellingen/duo-export?van=" + van + "&tot=" + tot, String.class);

        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(csv.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
        List<String> regels = Arrays.asList(csv.getBody().split("\n"));
        assertThat(regels.get(0)).isEqualTo("bsn;grond;ingangsdatum;einddatum;gemeentecode;besluitdatum");
        List<String> mijn = List.of(eindigtOpVan, begintOpTot, overDePeriode, eindigtDeDagErvoor, begintDeDagErna,
                aangevraagd, afgewezen, ingetrokken);
        List<String> gevonden = regels.stream().skip(1)
                .filter(regel -> mijn.stream().anyMatch(id -> regel.startsWith(bsnVan(id) + ";"))).toList();
        assertThat(gevonden).containsExactlyInAnyOrderElementsOf(verwacht.values());
        assertThat(http.withBasicAuth(LPA, "demo").getForEntity("/api/vrijstellingen/duo-export?van=gisteren",
                String.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private final Map<String, String> bsns = new HashMap<>();

    private String registreer(Map<String, Object> aanvraag) {
        ResponseEntity<JsonNode> antwoord = post(LPA, "/api/vrijstellingen", aanvraag);
        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = antwoord.getBody().get("id").asText();
        @SuppressWarnings("unchecked")
        Map<String, Object> jongere = (Map<String, Object>) aanvraag.get("jongere");
        bsns.put(id, (String) jongere.get("bsn"));
        return id;
    }

    private String bsnVan(String id) {
        return bsns.get(id);
    }

    private String werkproces(String id) {
        return get(LPA, "/api/vrijstellingen/" + id).getBody().get("werkprocesId").asText();
    }

    private void besluit(String id, String besluit) {
        ResponseEntity<JsonNode> antwoord = post(LPA, "/api/vrijstellingen/" + id + "/besluit",
                Map.of("besluit", besluit, "motivering", "Gemotiveerd"));
        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    /** The beschikking goes to the ouders: the officer records their address in the Dossier first, then sends it. */
    private void beschikkingVerstuurd(String id) {
        Long dossier = jdbc.queryForObject("select dossier_id from werkproces where id = ?", Long.class,
                Long.valueOf(werkproces(id)));
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(LPA, null,
                List.of(new SimpleGrantedAuthority("leerplicht-doetinchem"))));
        try {
            verzorgers.toevoegen(dossier, new VerzorgerInvoer("J. de Vries", "Dorpsstraat", "1", "7001 AB",
                    "Doetinchem", null, null, true), "test");
        } finally {
            SecurityContextHolder.clearContext();
        }
        taken.complete(taken.createTaskQuery().processInstanceBusinessKey(werkproces(id)).singleResult().getId(),
                Map.of("briefVerzendkanaal", "POST"));
    }

    /** A granted ART_3B vrijstelling; its expected export line is added to {@code verwacht}. */
    private String verleend(LocalDate geboren, LocalDate ingang, LocalDate einde, Map<String, String> verwacht) {
        String id = registreer(aanvraag("ART_3B", Meldingen.uniekBsn(), geboren, ingang, einde));
        besluit(id, "VERLENEN");
        verwacht.put(id, bsnVan(id) + ";ART_3B;" + ingang + ";" + einde + ";0222;" + LocalDate.now());
        return id;
    }
}
