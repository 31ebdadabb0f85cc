package nl.schoolverzuim.melding;

import static nl.schoolverzuim.testsupport.Meldingen.jongere;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import nl.schoolverzuim.dossier.Dossier;
import nl.schoolverzuim.organisatie.Gemeente;
import nl.schoolverzuim.organisatie.Regio;
import nl.schoolverzuim.testsupport.Meldingen;

/**
 * Who may send and read what the intake stored: login and role, the team of the woongemeente, a melding from another
 * gemeente (verhuizing), the engine's REST API and the teamleider. Run once on H2 and once on PostgreSQL by the
 * subclasses.
 */
abstract class IntakeToegangTests extends IntakeTestBasis {

    @Test
    void zonderLoginGeeft401EnMetEenVerkeerdeRol403() {
        ResponseEntity<JsonNode> anoniem = http.postForEntity("/api/meldingen", Meldingen.wettelijk(), JsonNode.class);
        assertThat(anoniem.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anoniem.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        // Not the shared test user: Camunda delays further logins of a user after a wrong password.
        assertThat(http.withBasicAuth("lpa-winterswijk", "fout").postForEntity("/api/meldingen", Meldingen.wettelijk(),
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        int vooraf = aantalMeldingen();
        ResponseEntity<JsonNode> ontwerper = post("procesontwerper", Meldingen.wettelijk());
        assertThat(ontwerper.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ontwerper.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(aantalMeldingen()).isEqualTo(vooraf);
    }

    @Test
    void alleenHetTeamVanDeWoongemeenteZietMeldingEnDossier() {
        JsonNode body = post(LPA_DOETINCHEM, Meldingen.wettelijk()).getBody();
        String melding = "/api/meldingen/" + body.get("id").asText();
        String dossier = "/api/dossiers/" + body.get("dossierId").asText();

        assertThat(get(LPA_DOETINCHEM, dossier).getStatusCode()).isEqualTo(HttpStatus.OK);
        // MAS §10 least privilege: the Doorstroompunt of the regio has no part in this leerplicht Dossier.
        assertThat(get("dsp-achterhoek-1", dossier).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("dsp-achterhoek-1", melding).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("teamleider", dossier).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("lpa-aalten", melding).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("lpa-aalten", dossier).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        // MAS §10: a procesontwerper sees models, no Dossier.
        assertThat(get("procesontwerper", dossier).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(LPA_DOETINCHEM, "/api/dossiers/987654321").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        // The page behind the link in every task form: same access, same log.
        String pagina = "/dossiers/" + body.get("dossierId").asText();
        ResponseEntity<String> html = http.withBasicAuth(LPA_DOETINCHEM, WACHTWOORD).getForEntity(pagina, String.class);
        assertThat(html.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(html.getBody()).contains("<h1>Dossier Sanne ").contains("Melding triëren").contains("Journaal");
        assertThat(http.withBasicAuth("lpa-aalten", WACHTWOORD).getForEntity(pagina, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        // Not signed in: the login page, not the Dossier.
        assertThat(http.getForObject(pagina, String.class)).contains("id=\"gebruikersnaam\"").doesNotContain("Sanne");

        // MAS §10: every read is logged, and only the privacy role reads that log.
        ResponseEntity<JsonNode> log = get("privacy", dossier + "/inzage");
        assertThat(log.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(log.getBody().findValuesAsText("gebruiker"))
                .containsExactly(LPA_DOETINCHEM, "teamleider", LPA_DOETINCHEM);
        assertThat(log.getBody().findValuesAsText("via")).first().isEqualTo("/dossiers/{id}");
        assertThat(get(LPA_DOETINCHEM, dossier + "/inzage").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("teamleider", dossier + "/inzage").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("privacy", dossier).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    /**
     * MAS §10: a melding never changes who reads existing werkprocessen. Aalten sends a melding with the BSN of a
     * Doetinchem Jongere and woongemeente Aalten: Aalten gets its own Dossier and werkproces, learns nothing of
     * Doetinchem's (no gemeente name, no id), and Doetinchem keeps its Dossier and gets the task to confirm the move.
     * Until confirmed neither reads the other's; confirmed, the Jongere lives in Aalten, whose team reads the
     * handed-over Dossier too.
     */
    @Test
    void eenMeldingUitEenAndereGemeenteVerhuistDeJongereNietMaarVraagtDeOudeGemeenteOmBevestiging() {
        Map<String, Object> eigen = Meldingen.wettelijk();
        JsonNode doetinchem = post(LPA_DOETINCHEM, eigen).getBody();
        String oudDossier = "/api/dossiers/" + doetinchem.get("dossierId").asText();
        Map<String, Object> overname = Meldingen.wettelijk();
        overname.put("jongere", new java.util.HashMap<>(jongere(eigen)));
        jongere(overname).put("woongemeente", "Aalten");
        jongere(overname).put("voornaam", "Anders");

        ResponseEntity<JsonNode> aangemaakt = post("lpa-aalten", overname);

        assertThat(aangemaakt.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(aangemaakt.getBody().get("dossierId").asLong()).isNotEqualTo(doetinchem.get("dossierId").asLong());
        assertThat(aangemaakt.getBody().toString()).doesNotContain("Doetinchem");
        assertThat(aangemaakt.getBody().get("werkprocesId").asLong()).isNotEqualTo(doetinchem.get("werkprocesId").asLong());
        assertThat(List.of(aangemaakt.getBody().fieldNames().next(), aangemaakt.getBody().size()))
                .containsExactly("id", 3);
        String nieuwDossier = "/api/dossiers/" + aangemaakt.getBody().get("dossierId").asText();
        ResponseEntity<String> geweigerd = http.withBasicAuth("lpa-aalten", WACHTWOORD).getForEntity(oudDossier, String.class);
        assertThat(geweigerd.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(geweigerd.getBody()).doesNotContain("Doetinchem");
        assertThat(get("lpa-aalten", "/api/meldingen/" + doetinchem.get("id").asText()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(LPA_DOETINCHEM, nieuwDossier).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(LPA_DOETINCHEM, "/api/meldingen/" + aangemaakt.getBody().get("id").asText()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        // Aalten sends nothing about a Jongere of Doetinchem: 403, naming neither.
        ResponseEntity<JsonNode> nietVoorAalten = post("lpa-aalten", eigen);
        assertThat(nietVoorAalten.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(nietVoorAalten.getBody().toString()).doesNotContain(doetinchem.get("id").asText())
                .doesNotContain("Doetinchem");
        // A repeat of Doetinchem's meldingnummer from Aalten: 409 without the melding's place or id.
        Map<String, Object> herhaling = new java.util.HashMap<>(overname);
        herhaling.put("meldingnummer", eigen.get("meldingnummer"));
        ResponseEntity<JsonNode> dubbel = post("lpa-aalten", herhaling);
        assertThat(dubbel.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(dubbel.getHeaders().getLocation()).isNull();
        assertThat(dubbel.getBody().toString()).doesNotContain(doetinchem.get("id").asText()).doesNotContain("Doetinchem");
        assertThat(post(LPA_DOETINCHEM, eigen).getHeaders().getLocation()).hasToString("/api/meldingen/" + doetinchem.get("id").asText());

        // Nothing moved: each team reads its own Dossier with its own werkproces only.
        JsonNode oud = get(LPA_DOETINCHEM, oudDossier).getBody();
        assertThat(oud.get("jongere").get("woongemeente").asText()).isEqualTo("Doetinchem");
        assertThat(oud.get("jongere").get("voornaam").asText()).isEqualTo("Sanne");
        assertThat(oud.get("werkprocessen").findValuesAsText("kandidaatGroep")).containsExactly("leerplicht-doetinchem");
        JsonNode nieuw = get("lpa-aalten", nieuwDossier).getBody();
        assertThat(nieuw.get("jongere").get("woongemeente").asText()).isEqualTo("Aalten");
        assertThat(nieuw.get("werkprocessen").findValuesAsText("kandidaatGroep")).containsExactly("leerplicht-aalten");
        assertThat(nieuw.get("meldingen")).hasSize(1);
        assertThat(nieuw.toString()).doesNotContain("Doetinchem");

        // A second melding from Aalten joins Aalten's Dossier and asks Doetinchem nothing twice.
        Map<String, Object> tweede = Meldingen.wettelijk();
        tweede.put("jongere", jongere(overname));
        tweede.put("verzuimsoort", "LUXE");
        assertThat(post("lpa-aalten", tweede).getBody().get("dossierId").asLong())
                .isEqualTo(aangemaakt.getBody().get("dossierId").asLong());
        List<Task> bevestigen = taken.createTaskQuery().processDefinitionKey("verhuizing")
                .processVariableValueEquals("dossierId", doetinchem.get("dossierId").asLong()).list();
        assertThat(bevestigen).hasSize(1);
        Task taak = bevestigen.get(0);
        assertThat(taken.getIdentityLinksForTask(taak.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("leerplicht-doetinchem");
        String taakPad = "/engine-rest/task?processDefinitionKey=verhuizing";
        assertThat(get(LPA_DOETINCHEM, taakPad).getBody().findValuesAsText("id")).contains(taak.getId());
        assertThat(get("lpa-aalten", taakPad).getBody().findValuesAsText("id")).doesNotContain(taak.getId());
        assertThat(jdbc.queryForObject("select g.naam from jongere j join gemeente g on g.id = j.woongemeente_id "
                + "where j.bsn = ?", String.class, jongere(eigen).get("bsn"))).isEqualTo("Doetinchem");

        // Doetinchem confirms through Tasklist's API: the Jongere moves, Aalten reads the handed-over Dossier.
        ResponseEntity<String> voltooid = postRest(LPA_DOETINCHEM, "/engine-rest/task/" + taak.getId() + "/complete",
                Map.of("variables", Map.of("bevestigd", Map.of("value", true, "type", "Boolean"))));
        assertThat(voltooid.getStatusCode()).as(voltooid.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(jdbc.queryForObject("select g.naam from jongere j join gemeente g on g.id = j.woongemeente_id "
                + "where j.bsn = ?", String.class, jongere(eigen).get("bsn"))).isEqualTo("Aalten");
        JsonNode overgedragen = get("lpa-aalten", oudDossier).getBody();
        assertThat(overgedragen.get("jongere").get("woongemeente").asText()).isEqualTo("Aalten");
        assertThat(overgedragen.get("werkprocessen").findValuesAsText("kandidaatGroep")).containsExactly("leerplicht-doetinchem");
        assertThat(get(LPA_DOETINCHEM, oudDossier).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get(LPA_DOETINCHEM, nieuwDossier).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("lpa-winterswijk", oudDossier).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    /** MAS §10: without BSN, a namesake with the same date of birth in another gemeente is someone else there. */
    @Test
    void naamEnGeboortedatumZonderBsnKoppelenNooitAanEenAndereGemeente() {
        Map<String, Object> eerste = Meldingen.wettelijk();
        jongere(eerste).remove("bsn");
        long doetinchem = post(LPA_DOETINCHEM, eerste).getBody().get("dossierId").asLong();
        Map<String, Object> elders = Meldingen.wettelijk();
        elders.put("jongere", new java.util.HashMap<>(jongere(eerste)));
        jongere(elders).put("woongemeente", "Aalten");
        long verhuizingenVooraf = runtime.createProcessInstanceQuery().processDefinitionKey("verhuizing").count();

        long aalten = post("lpa-aalten", elders).getBody().get("dossierId").asLong();

        assertThat(aalten).isNotEqualTo(doetinchem);
        assertThat(jdbc.queryForObject("select count(*) from jongere where achternaam = ?", Integer.class,
                jongere(eerste).get("achternaam"))).isEqualTo(2);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("verhuizing").count())
                .isEqualTo(verhuizingenVooraf);
        // Within a gemeente the name still recognises the Jongere.
        Map<String, Object> weer = Meldingen.wettelijk();
        weer.put("jongere", jongere(elders));
        assertThat(post("lpa-aalten", weer).getBody().get("dossierId").asLong()).isEqualTo(aalten);
    }

    @Test
    void deCamundaRestApiVraagtEenLoginEnToontAlleenTakenVanDeEigenGemeente() {
        String werkproces = post(LPA_DOETINCHEM, Meldingen.wettelijk()).getBody().get("werkprocesId").asText();
        String taken = "/engine-rest/task?processInstanceBusinessKey=" + werkproces;

        ResponseEntity<String> anoniem = http.getForEntity(taken, String.class);
        assertThat(anoniem.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anoniem.getHeaders().getFirst("WWW-Authenticate")).isEqualTo("Basic realm=\"default\"");
        // A remembered correct login never lets a wrong password in (not the shared test user: Camunda delays it).
        assertThat(http.withBasicAuth("lpa-winterswijk", WACHTWOORD).getForEntity(taken, String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth("lpa-winterswijk", "fout").getForEntity(taken, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<JsonNode> eigen = get(LPA_DOETINCHEM, taken);
        assertThat(eigen.getStatusCode()).as("antwoord %s %s", eigen.getHeaders(), eigen.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(eigen.getBody()).hasSize(1);
        assertThat(get("lpa-aalten", taken).getBody()).isEmpty();

        // The team reads the werkproces's variables (the Jongere in its inbox); another gemeente does not.
        String instantie = runtime.createProcessInstanceQuery().processInstanceBusinessKey(werkproces).singleResult().getId();
        String variabelen = "/engine-rest/process-instance/" + instantie + "/variables";
        assertThat(get(LPA_DOETINCHEM, variabelen).getBody().get("verzuimsoort").get("value").asText()).isEqualTo("WETTELIJK");
        assertThat(get("lpa-aalten", variabelen).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        // History of the werkproces: the own team reads it, another gemeente sees nothing (MAS §10).
        String historie = "/engine-rest/history/process-instance?processInstanceId=" + instantie;
        assertThat(get(LPA_DOETINCHEM, historie).getBody()).hasSize(1);
        assertThat(get("lpa-aalten", historie).getBody()).isEmpty();
        assertThat(get("procesontwerper", historie).getBody()).isEmpty();

        // Work: another gemeente can neither claim nor complete; the own LPA claims, unclaims and completes.
        String taak = get(LPA_DOETINCHEM, taken).getBody().get(0).get("id").asText();
        assertThat(postRest("lpa-aalten", "/engine-rest/task/" + taak + "/claim", Map.of("userId", "lpa-aalten"))
                .getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(postRest("lpa-aalten", "/engine-rest/task/" + taak + "/complete", Map.of()).getStatusCode()
                .is2xxSuccessful()).isFalse();
        assertThat(postRest(LPA_DOETINCHEM, "/engine-rest/task/" + taak + "/claim", Map.of("userId", LPA_DOETINCHEM))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(postRest(LPA_DOETINCHEM, "/engine-rest/task/" + taak + "/unclaim", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        // Delegating: the teamleider works the step for the LPA and hands it back resolved; the owner stays the LPA.
        assertThat(postRest(LPA_DOETINCHEM, "/engine-rest/task/" + taak + "/claim", Map.of("userId", LPA_DOETINCHEM))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(postRest(LPA_DOETINCHEM, "/engine-rest/task/" + taak + "/delegate", Map.of("userId", "teamleider"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode gedelegeerd = get("teamleider", "/engine-rest/task/" + taak).getBody();
        assertThat(gedelegeerd.get("assignee").asText()).isEqualTo("teamleider");
        assertThat(gedelegeerd.get("owner").asText()).isEqualTo(LPA_DOETINCHEM);
        assertThat(gedelegeerd.get("delegationState").asText()).isEqualTo("PENDING");
        assertThat(postRest("lpa-aalten", "/engine-rest/task/" + taak + "/resolve", Map.of()).getStatusCode()
                .is2xxSuccessful()).isFalse();
        assertThat(postRest("teamleider", "/engine-rest/task/" + taak + "/resolve", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode terug = get(LPA_DOETINCHEM, "/engine-rest/task/" + taak).getBody();
        assertThat(terug.get("assignee").asText()).isEqualTo(LPA_DOETINCHEM);
        assertThat(terug.get("delegationState").asText()).isEqualTo("RESOLVED");
        assertThat(postRest(LPA_DOETINCHEM, "/engine-rest/task/" + taak + "/complete", Map.of("variables",
                Map.of("triageBesluit", Map.of("value", "GEOORLOOFD", "type", "String")))).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(get(LPA_DOETINCHEM, taken).getBody()).isEmpty();
    }

    /**
     * MAS §10: a teamleider works with every team they are a member of (the demo teamleider leads all of the
     * Achterhoek) and sees nothing of another regio, in the engine as well as in our API.
     */
    @Test
    void eenTeamleiderZietAlHetWerkVanZijnTeamEnNietsVanEenAndereRegio() {
        transactie.executeWithoutResult(status -> {
            Regio twente = regios.findByCode("twente").orElseGet(() -> regios.save(new Regio("twente", "Twente")));
            if (gemeenten.findByCbsCode("GM0164").isEmpty()) {
                gemeenten.save(new Gemeente("GM0164", "Hengelo", twente));
            }
        });
        identiteit.synchroniseer();
        Map<String, Object> inHengelo = Meldingen.wettelijk();
        Meldingen.jongere(inHengelo).put("woongemeente", "Hengelo");
        JsonNode hengelo = post("admin", inHengelo).getBody();
        List<JsonNode> achterhoek = List.of(post(LPA_DOETINCHEM, Meldingen.wettelijk()).getBody(), aalten());

        for (JsonNode eigen : achterhoek) {
            String werkproces = eigen.get("werkprocesId").asText();
            assertThat(get("teamleider", "/engine-rest/task?processInstanceBusinessKey=" + werkproces).getBody()).hasSize(1);
            assertThat(get("teamleider", "/engine-rest/process-instance/" + instantie(werkproces) + "/variables")
                    .getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(get("teamleider", "/api/dossiers/" + eigen.get("dossierId").asText()).getStatusCode())
                    .isEqualTo(HttpStatus.OK);
        }
        String anderWerkproces = hengelo.get("werkprocesId").asText();
        assertThat(get("teamleider", "/engine-rest/task?processInstanceBusinessKey=" + anderWerkproces).getBody()).isEmpty();
        assertThat(get("teamleider", "/engine-rest/process-instance/" + instantie(anderWerkproces) + "/variables")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("teamleider", "/engine-rest/history/process-instance?processInstanceId="
                + instantie(anderWerkproces)).getBody()).isEmpty();
        assertThat(get("teamleider", "/api/dossiers/" + hengelo.get("dossierId").asText()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        List<String> inbox = get("teamleider", "/api/werkvoorraad?grootte=200").getBody().get("taken")
                .findValuesAsText("processInstanceId");
        assertThat(inbox).contains(instantie(achterhoek.get(0).get("werkprocesId").asText()),
                instantie(achterhoek.get(1).get("werkprocesId").asText())).doesNotContain(instantie(anderWerkproces));
        assertThat(get("teamleider", "/api/werkvoorraad?groep=leerplicht-hengelo").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("admin", "/api/werkvoorraad?groep=leerplicht-hengelo").getBody().get("taken")).hasSize(1);
    }

    private JsonNode aalten() {
        Map<String, Object> melding = Meldingen.wettelijk();
        Meldingen.jongere(melding).put("woongemeente", "Aalten");
        return post("lpa-aalten", melding).getBody();
    }
}
