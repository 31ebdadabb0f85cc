package nl.schoolverzuim.melding;

import static nl.schoolverzuim.testsupport.Meldingen.jongere;
import static nl.schoolverzuim.testsupport.Meldingen.leeftijd;
import static nl.schoolverzuim.testsupport.Meldingen.school;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import nl.schoolverzuim.domein.Werkdagen;
import nl.schoolverzuim.testsupport.Meldingen;

/**
 * The intake contract ({@code ../shared/api/meldingen.md}): 201, 400 and 409, the fields stored and returned, single
 * and bulk. Run once on H2 and once on PostgreSQL by the subclasses.
 */
abstract class IntakeContractTests extends IntakeTestBasis {

    @Test
    void eenGeldigeMeldingWordtOpgeslagenEnStartHetWerkprocesBijDeGemeente() {
        Map<String, Object> melding = Meldingen.wettelijk();

        ResponseEntity<JsonNode> antwoord = post(LPA_DOETINCHEM, melding);

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode body = antwoord.getBody();
        long id = body.get("id").asLong();
        assertThat(antwoord.getHeaders().getLocation()).hasToString("/api/meldingen/" + id);
        assertThat(body.get("dossierId").asLong()).isPositive();
        String werkprocesId = body.get("werkprocesId").asText();

        ProcessInstance instantie = runtime.createProcessInstanceQuery().processInstanceBusinessKey(werkprocesId).singleResult();
        assertThat(instantie).as("werkproces met business key %s", werkprocesId).isNotNull();
        assertThat(instantie.getProcessDefinitionId()).startsWith("leerplicht-verzuim:");
        Task triage = taken.createTaskQuery().processInstanceId(instantie.getId()).singleResult();
        assertThat(triage.getTaskDefinitionKey()).isEqualTo("MeldingTrieren");
        assertThat(taken.getIdentityLinksForTask(triage.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("leerplicht-doetinchem");
        // MAS §5: triage within 5 werkdagen of the melding, due at the end of that working day.
        LocalDate meldingsdatum = LocalDate.parse((String) melding.get("meldingsdatum"));
        LocalDate uiterlijk = new Werkdagen().plusWerkdagen(meldingsdatum, 5);
        assertThat(triage.getDueDate().toInstant())
                .isEqualTo(ZonedDateTime.of(uiterlijk.atTime(17, 0), ZoneId.of("Europe/Amsterdam")).toInstant());
        assertThat(runtime.getVariables(instantie.getId())).containsEntry("jongereNaam",
                "Sanne " + jongere(melding).get("achternaam")).containsEntry("verzuimsoort", "WETTELIJK")
                .doesNotContainKey("bsn");

        JsonNode opgevraagd = get(LPA_DOETINCHEM, "/api/meldingen/" + id).getBody();
        assertThat(opgevraagd.get("meldingnummer").asText()).isEqualTo(melding.get("meldingnummer"));
        assertThat(opgevraagd.get("school").get("onderwijssoort").asText()).isEqualTo("VO");
        assertThat(opgevraagd.get("werkprocesId").asText()).isEqualTo(werkprocesId);
        // MAS §10: the BSN is never shown in full.
        String bsn = (String) jongere(melding).get("bsn");
        assertThat(opgevraagd.get("jongere").get("bsn").asText()).isEqualTo("******" + bsn.substring(6));
    }

    static Stream<Arguments> ongeldigeVelden() {
        return Stream.of(
                // MAS §3: a melding has one of the nine verzuimsoorten.
                geval("verzuimsoort", m -> m.remove("verzuimsoort")),
                geval("verzuimsoort", m -> m.put("verzuimsoort", "ONBEKEND")),
                geval("meldingsdatum", m -> m.put("meldingsdatum", "1-10-2024")),
                // "Tomorrow" in the Netherlands, whatever the JVM time zone (MAS dates are Dutch dates).
                geval("meldingsdatum", m -> m.put("meldingsdatum", LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(1).toString())),
                geval("jongere", m -> m.remove("jongere")),
                geval("jongere.bsn", m -> jongere(m).put("bsn", "123456789")),
                geval("jongere.bsn", m -> jongere(m).put("bsn", "12345678")),
                geval("jongere.voornaam", m -> jongere(m).put("voornaam", " ")),
                geval("jongere.achternaam", m -> jongere(m).remove("achternaam")),
                geval("jongere.geboortedatum", m -> jongere(m).put("geboortedatum", "01-05-2010")),
                geval("jongere.geboortedatum", m -> leeftijd(m, 3)),
                geval("jongere.geboortedatum", m -> leeftijd(m, 23)),
                geval("jongere.woongemeente", m -> jongere(m).put("woongemeente", "Atlantis")),
                geval("school", m -> m.remove("school")),
                geval("school.brin", m -> school(m).put("brin", "ABCD")),
                geval("school.onderwijssoort", m -> school(m).put("onderwijssoort", "HBO")),
                geval("urenVerzuim", m -> m.put("urenVerzuim", -1)),
                geval("urenVerzuim", m -> m.put("urenVerzuim", "veel")),
                geval("kerenTeLaat", m -> m.put("kerenTeLaat", -1)),
                // MAS §3, §4.1: preventiefGesprek only with OVERIG.
                geval("preventiefGesprek", m -> m.put("preventiefGesprek", true)),
                // MAS §3: actieGewenst only with VERZUIM_18PLUS, and required there.
                geval("actieGewenst", m -> m.put("actieGewenst", true)),
                geval("actieGewenst", m -> {
                    m.put("verzuimsoort", "VERZUIM_18PLUS");
                    leeftijd(m, 19);
                }),
                // MAS §2: a 19-year-old is no longer leer- or kwalificatieplichtig.
                geval("verzuimsoort", m -> leeftijd(m, 19)),
                // MAS §2: leerplicht starts on the first day of the month after the 5th birthday, not on it.
                geval("verzuimsoort", m -> leeftijd(m, 5)),
                // MAS §2: a startkwalificatie ends kwalificatieplicht once leerplicht is over: a 17-year-old with
                // one is not the LPA's (a 16-year-old may still be leerplichtig until 31 July).
                geval("verzuimsoort", m -> {
                    leeftijd(m, 17);
                    jongere(m).put("startkwalificatie", true);
                }),
                geval("jongere.startkwalificatie", m -> jongere(m).put("startkwalificatie", "misschien")),
                // MAS §2, art. 4a lid 2: after vso dagbesteding no kwalificatieplicht.
                geval("verzuimsoort", m -> {
                    leeftijd(m, 17);
                    jongere(m).put("kwalificatieplichtVervallen", "VSO_DAGBESTEDING");
                }),
                // MAS §2: leerplicht also ends after 12 full school years, so a startkwalificatie ends it all at 15.
                geval("verzuimsoort", m -> {
                    leeftijd(m, 15);
                    jongere(m).put("volledigeSchooljaren", 12);
                    jongere(m).put("startkwalificatie", true);
                }),
                geval("jongere.volledigeSchooljaren", m -> jongere(m).put("volledigeSchooljaren", -1)),
                geval("jongere.volledigeSchooljaren", m -> jongere(m).put("volledigeSchooljaren", "twaalf")),
                geval("jongere.kwalificatieplichtVervallen", m -> jongere(m).put("kwalificatieplichtVervallen", "HAVO")),
                // Art. 4a lid 2 is about leaving school without a startkwalificatie.
                geval("jongere.kwalificatieplichtVervallen", m -> {
                    jongere(m).put("kwalificatieplichtVervallen", "PRAKTIJKONDERWIJS_CERTIFICAAT");
                    jongere(m).put("startkwalificatie", true);
                }),
                // Contract uitschrijfdatum: only for ABSOLUUT and VSV, between geboortedatum and meldingsdatum.
                geval("uitschrijfdatum", m -> m.put("uitschrijfdatum", m.get("meldingsdatum"))),
                geval("uitschrijfdatum", m -> {
                    absoluut(m);
                    m.put("uitschrijfdatum", "31-08-2024");
                }),
                geval("uitschrijfdatum", m -> {
                    absoluut(m);
                    m.put("uitschrijfdatum", LocalDate.parse((String) m.get("meldingsdatum")).plusDays(1).toString());
                }),
                geval("uitschrijfdatum", m -> {
                    absoluut(m);
                    m.put("uitschrijfdatum", LocalDate.parse((String) jongere(m).get("geboortedatum")).minusDays(1).toString());
                }));
    }

    private static void absoluut(Map<String, Object> melding) {
        melding.put("verzuimsoort", "ABSOLUUT");
        melding.remove("school");
    }

    private static Arguments geval(String veld, Consumer<Map<String, Object>> bederf) {
        return Arguments.of(veld, bederf);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ongeldigeVelden")
    void eenOngeldigVeldGeeft400MetDatVeldEnSlaatNietsOp(String veld, Consumer<Map<String, Object>> bederf) {
        Map<String, Object> melding = Meldingen.wettelijk();
        bederf.accept(melding);
        int meldingenVooraf = aantalMeldingen();
        long processenVooraf = aantalProcessen();

        ResponseEntity<JsonNode> antwoord = post(LPA_DOETINCHEM, melding);

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(antwoord.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(antwoord.getBody().get("errors").findValuesAsText("field")).containsExactly(veld);
        assertThat(antwoord.getBody().toString()).doesNotContain((String) jongere(Meldingen.wettelijk()).get("bsn"));
        assertThat(aantalMeldingen()).isEqualTo(meldingenVooraf);
        assertThat(aantalProcessen()).isEqualTo(processenVooraf);
    }

    /** MAS §4 step 1: the melding is validated and every bad field is named, in Dutch. */
    @Test
    void elkOngeldigVeldWordtInEenAntwoordGenoemd() {
        Map<String, Object> melding = Meldingen.wettelijk();
        melding.put("urenVerzuim", -5);
        jongere(melding).put("bsn", "111111111");
        jongere(melding).put("woongemeente", "Gotham");
        school(melding).put("onderwijssoort", "UNIVERSITEIT");

        JsonNode body = post(LPA_DOETINCHEM, melding).getBody();

        assertThat(body.get("errors").findValuesAsText("field")).containsExactlyInAnyOrder(
                "urenVerzuim", "jongere.bsn", "jongere.woongemeente", "school.onderwijssoort");
        assertThat(body.get("errors").findValuesAsText("message")).allSatisfy(m -> assertThat(m).isNotBlank());
    }

    @Test
    void ongeldigeJsonGeeftEenProbleem() {
        ResponseEntity<JsonNode> antwoord = http.withBasicAuth(LPA_DOETINCHEM, WACHTWOORD).postForEntity("/api/meldingen",
                new org.springframework.http.HttpEntity<>("{niet json", jsonHeaders()), JsonNode.class);

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(antwoord.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private static org.springframework.http.HttpHeaders jsonHeaders() {
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }

    @Test
    void woongemeenteMagOokAlsCbsCodeEnSchoolOntbreektBijAbsoluutVerzuim() {
        Map<String, Object> perCode = Meldingen.wettelijk();
        jongere(perCode).put("woongemeente", "0222");
        Map<String, Object> perGmCode = Meldingen.wettelijk();
        jongere(perGmCode).put("woongemeente", "GM0222");
        Map<String, Object> absoluut = Meldingen.wettelijk();
        absoluut.put("verzuimsoort", "ABSOLUUT");
        absoluut.remove("school");

        assertThat(post(LPA_DOETINCHEM, perCode).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(post(LPA_DOETINCHEM, perGmCode).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(post(LPA_DOETINCHEM, absoluut).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void eenMeldingVanEenJongereVan18GaatNaarHetDoorstroompunt() {
        Map<String, Object> melding = Meldingen.wettelijk();
        melding.put("verzuimsoort", "VERZUIM_18PLUS");
        melding.put("actieGewenst", true);
        school(melding).put("onderwijssoort", "MBO");
        leeftijd(melding, 18);

        JsonNode body = post(LPA_DOETINCHEM, melding).getBody();

        Task taak = taken.createTaskQuery().processInstanceBusinessKey(body.get("werkprocesId").asText()).singleResult();
        assertThat(taken.getIdentityLinksForTask(taak.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("doorstroompunt-achterhoek");
    }

    @Test
    void eenVraagOverEenVierjarigeKrijgtHetWerkprocesInformatieEnAdvies() {
        Map<String, Object> vraag = Meldingen.wettelijk();
        vraag.put("verzuimsoort", "INFORMATIE_ADVIES");
        vraag.remove("school");
        leeftijd(vraag, 4);

        JsonNode body = post(LPA_DOETINCHEM, vraag).getBody();

        Task taak = taken.createTaskQuery().processInstanceBusinessKey(body.get("werkprocesId").asText()).singleResult();
        assertThat(taak.getTaskDefinitionKey()).isEqualTo("VraagBeantwoorden");
        assertThat(taak.getProcessDefinitionId()).startsWith("informatie-advies:");
    }

    @Test
    void uitschrijfdatumEnStartkwalificatieWordenOpgeslagenEnAanHetWerkprocesMeegegeven() {
        Map<String, Object> gegeven = Meldingen.wettelijk();
        absoluut(gegeven);
        LocalDate meldingsdatum = LocalDate.parse((String) gegeven.get("meldingsdatum"));
        gegeven.put("uitschrijfdatum", meldingsdatum.minusDays(20).toString());
        jongere(gegeven).put("startkwalificatie", false);
        Map<String, Object> zonder = Meldingen.wettelijk();
        absoluut(zonder);

        JsonNode metDatum = post(LPA_DOETINCHEM, gegeven).getBody();
        JsonNode zonderDatum = post(LPA_DOETINCHEM, zonder).getBody();

        assertThat(runtime.getVariables(instantie(metDatum.get("werkprocesId").asText())))
                .containsEntry("uitschrijfdatum", datum(meldingsdatum.minusDays(20)))
                .containsEntry("startkwalificatie", false);
        // Absent: the meldingsdatum is the first day not enrolled, and the startkwalificatie is unknown.
        assertThat(runtime.getVariables(instantie(zonderDatum.get("werkprocesId").asText())))
                .containsEntry("uitschrijfdatum", datum(meldingsdatum))
                .containsEntry("startkwalificatie", null);
        JsonNode opgevraagd = get(LPA_DOETINCHEM, "/api/meldingen/" + metDatum.get("id").asLong()).getBody();
        assertThat(opgevraagd.get("uitschrijfdatum").asText()).isEqualTo(meldingsdatum.minusDays(20).toString());
        assertThat(opgevraagd.get("jongere").get("startkwalificatie").asBoolean(true)).isFalse();
        assertThat(get(LPA_DOETINCHEM, "/api/meldingen/" + zonderDatum.get("id").asLong()).getBody()
                .get("jongere").hasNonNull("startkwalificatie")).isFalse();
    }

    @Test
    void eenWettelijkeMeldingHeeftGeenUitschrijfdatum() {
        JsonNode body = post(LPA_DOETINCHEM, Meldingen.wettelijk()).getBody();

        assertThat(runtime.getVariables(instantie(body.get("werkprocesId").asText()))).doesNotContainKey("uitschrijfdatum");
        assertThat(get(LPA_DOETINCHEM, "/api/meldingen/" + body.get("id").asLong()).getBody()
                .hasNonNull("uitschrijfdatum")).isFalse();
    }

    /**
     * MAS §2: 12 full school years end leerplicht; kwalificatieplichtig, the 15-year-old stays the LPA's. The facts
     * are stored on the Jongere, returned, passed to the werkproces, and the Dossier shows the phase.
     */
    @Test
    void volledigeSchooljarenWordenOpgeslagenEnBepalenDeFase() {
        Map<String, Object> melding = Meldingen.wettelijk();
        leeftijd(melding, 15);
        jongere(melding).put("volledigeSchooljaren", 12);

        ResponseEntity<JsonNode> antwoord = post(LPA_DOETINCHEM, melding);

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode body = antwoord.getBody();
        assertThat(runtime.getVariables(instantie(body.get("werkprocesId").asText())))
                .containsEntry("volledigeSchooljaren", 12).doesNotContainKey("kwalificatieplichtVervallen");
        JsonNode opgevraagd = get(LPA_DOETINCHEM, "/api/meldingen/" + body.get("id").asLong()).getBody();
        assertThat(opgevraagd.get("jongere").get("volledigeSchooljaren").asInt()).isEqualTo(12);
        JsonNode jongere = get(LPA_DOETINCHEM, "/api/dossiers/" + body.get("dossierId").asLong()).getBody().get("jongere");
        assertThat(jongere.get("leerplichtfase").asText()).isEqualTo("KWALIFICATIEPLICHTIG");
        assertThat(jongere.get("volledigeSchooljaren").asInt()).isEqualTo(12);
        String pagina = http.withBasicAuth(LPA_DOETINCHEM, WACHTWOORD)
                .getForObject("/dossiers/" + body.get("dossierId").asLong(), String.class);
        assertThat(pagina).contains("<dt>Leerplicht vandaag</dt><dd>kwalificatieplichtig</dd>")
                .contains("<dt>Volledige schooljaren (laatst gemeld)</dt><dd>12</dd>");
    }

    /** MAS §2, art. 4a lid 2 ends kwalificatieplicht, not leerplicht: a leerplichtige 14-year-old stays the LPA's. */
    @Test
    void art4aLid2WordtOpgeslagenEnBeeindigtDeLeerplichtNiet() {
        Map<String, Object> melding = Meldingen.wettelijk();
        jongere(melding).put("kwalificatieplichtVervallen", "PRAKTIJKONDERWIJS_CERTIFICAAT");

        JsonNode body = post(LPA_DOETINCHEM, melding).getBody();

        assertThat(runtime.getVariables(instantie(body.get("werkprocesId").asText())))
                .containsEntry("kwalificatieplichtVervallen", "PRAKTIJKONDERWIJS_CERTIFICAAT")
                .doesNotContainKey("volledigeSchooljaren");
        assertThat(get(LPA_DOETINCHEM, "/api/meldingen/" + body.get("id").asLong()).getBody().get("jongere")
                .get("kwalificatieplichtVervallen").asText()).isEqualTo("PRAKTIJKONDERWIJS_CERTIFICAAT");
        JsonNode jongere = get(LPA_DOETINCHEM, "/api/dossiers/" + body.get("dossierId").asLong()).getBody().get("jongere");
        assertThat(jongere.get("leerplichtfase").asText()).isEqualTo("LEERPLICHTIG");
        assertThat(jongere.hasNonNull("faseReden")).isFalse();
    }

    /** MAS §2: a Jongere of 16 or 17 without a startkwalificatie (false or unknown) is the LPA's. */
    @Test
    void eenJongereVan16ZonderStartkwalificatieBlijftBijDeLeerplichtambtenaar() {
        Map<String, Object> zonder = Meldingen.wettelijk();
        leeftijd(zonder, 16);
        jongere(zonder).put("startkwalificatie", false);

        JsonNode body = post(LPA_DOETINCHEM, zonder).getBody();

        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(body.get("werkprocesId").asText())
                .singleResult().getProcessDefinitionId()).startsWith("leerplicht-verzuim:");
    }

    /** MAS §2: before the first of the month after the 5th birthday a melding can only be a question. */
    @Test
    void eenVraagOverEenKindDatDezeMaand5WerdKrijgtInformatieEnAdvies() {
        Map<String, Object> vraag = Meldingen.wettelijk();
        vraag.put("verzuimsoort", "INFORMATIE_ADVIES");
        vraag.remove("school");
        leeftijd(vraag, 5);

        JsonNode body = post(LPA_DOETINCHEM, vraag).getBody();

        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(body.get("werkprocesId").asText())
                .singleResult().getProcessDefinitionId()).startsWith("informatie-advies:");
    }

    /** MAS §3 herhaald: an earlier WETTELIJK melding of the same Jongere in the same school year (1 Aug - 31 Jul). */
    @ParameterizedTest(name = "MAS §3: eerder {0} op {1}, nu WETTELIJK op 2024-10-01: herhaald {2}")
    @org.junit.jupiter.params.provider.CsvSource({
            "WETTELIJK, 2024-07-31, false",
            "WETTELIJK, 2024-08-01, true",
            "WETTELIJK, 2024-10-01, true",
            "LANGDURIG_RELATIEF, 2024-09-01, false",
            "LUXE, 2024-09-01, false"})
    void eenEerdereWettelijkeMeldingInHetZelfdeSchooljaarMaaktEenMeldingHerhaald(String eerdereSoort, String eerder,
                                                                                  boolean herhaald) {
        Map<String, Object> eerste = melding(eerdereSoort, eerder);
        Map<String, Object> tweede = melding("WETTELIJK", "2024-10-01");
        tweede.put("jongere", jongere(eerste));

        JsonNode eersteBody = post(LPA_DOETINCHEM, eerste).getBody();
        JsonNode tweedeBody = post(LPA_DOETINCHEM, tweede).getBody();

        assertThat(get(LPA_DOETINCHEM, "/api/meldingen/" + eersteBody.get("id").asLong()).getBody()
                .get("herhaald").asBoolean()).isFalse();
        assertThat(get(LPA_DOETINCHEM, "/api/meldingen/" + tweedeBody.get("id").asLong()).getBody()
                .get("herhaald").asBoolean()).isEqualTo(herhaald);
        JsonNode dossier = get(LPA_DOETINCHEM, "/api/dossiers/" + tweedeBody.get("dossierId").asLong()).getBody();
        assertThat(dossier.get("meldingen").findValuesAsText("herhaald")).containsExactly("false", String.valueOf(herhaald));
    }

    /** MAS §3: only a WETTELIJK melding can be herhaald, whatever came before. */
    @Test
    void eenAndereSoortNaEenWettelijkeMeldingIsNietHerhaald() {
        Map<String, Object> eerste = melding("WETTELIJK", "2024-09-01");
        Map<String, Object> tweede = melding("LANGDURIG_RELATIEF", "2024-10-01");
        tweede.put("jongere", jongere(eerste));

        post(LPA_DOETINCHEM, eerste);
        JsonNode body = post(LPA_DOETINCHEM, tweede).getBody();

        assertThat(get(LPA_DOETINCHEM, "/api/meldingen/" + body.get("id").asLong()).getBody().get("herhaald").asBoolean())
                .isFalse();
    }

    /** A melding of {@code soort} on {@code datum} about a new Jongere of 14. */
    private static Map<String, Object> melding(String soort, String datum) {
        Map<String, Object> melding = Meldingen.wettelijk();
        melding.put("verzuimsoort", soort);
        melding.put("meldingsdatum", datum);
        jongere(melding).put("geboortedatum", "2010-05-01");
        return melding;
    }

    private static java.util.Date datum(LocalDate dag) {
        return nl.schoolverzuim.domein.Variabelen.alsDate(dag);
    }

    @Test
    void eenHerhaaldMeldingnummerGeeft409EnMaaktNietsAan() {
        Map<String, Object> melding = Meldingen.wettelijk();
        ResponseEntity<JsonNode> eerste = post(LPA_DOETINCHEM, melding);
        int meldingenVooraf = aantalMeldingen();
        long processenVooraf = aantalProcessen();

        ResponseEntity<JsonNode> tweede = post(LPA_DOETINCHEM, melding);

        assertThat(tweede.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(tweede.getHeaders().getLocation()).isEqualTo(eerste.getHeaders().getLocation());
        assertThat(tweede.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(jdbc.queryForObject("select count(*) from melding where meldingnummer = ?", Integer.class,
                melding.get("meldingnummer"))).isEqualTo(1);
        assertThat(aantalMeldingen()).isEqualTo(meldingenVooraf);
        assertThat(aantalProcessen()).isEqualTo(processenVooraf);
    }

    /**
     * No melding pays a query for a repeat; the unique key refuses it at commit, and a caller in process gets
     * the existing melding as over HTTP. The repeat ran the whole intake, which was rolled back.
     */
    @Test
    void eenHerhaaldMeldingnummerInProcesNoemtDeBestaandeMeldingEnMaaktNietsAan() {
        Map<String, Object> melding = Meldingen.wettelijk();
        long eerste = post(LPA_DOETINCHEM, melding).getBody().get("id").asLong();
        int meldingenVooraf = aantalMeldingen();
        long processenVooraf = aantalProcessen();
        int jongerenVooraf = jdbc.queryForObject("select count(*) from jongere", Integer.class);

        Map<String, Object> herhaling = Meldingen.wettelijk();
        herhaling.put("meldingnummer", melding.get("meldingnummer"));
        assertThatThrownBy(() -> intake.ontvang(json.convertValue(herhaling, NieuweMelding.class)))
                .isInstanceOfSatisfying(DubbeleMeldingException.class,
                        e -> assertThat(e.bestaandeMeldingId()).isEqualTo(eerste));
        assertThat(aantalMeldingen()).isEqualTo(meldingenVooraf);
        assertThat(aantalProcessen()).isEqualTo(processenVooraf);
        assertThat(jdbc.queryForObject("select count(*) from jongere", Integer.class)).isEqualTo(jongerenVooraf);
    }

    @Test
    void meldingenZonderMeldingnummerZijnNooitDubbel() {
        Map<String, Object> melding = Meldingen.wettelijk();
        melding.remove("meldingnummer");

        assertThat(post(LPA_DOETINCHEM, melding).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(post(LPA_DOETINCHEM, melding).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void eenJongereMetTweeMeldingenHeeftEenDossier() {
        Map<String, Object> eerste = Meldingen.wettelijk();
        Map<String, Object> tweede = Meldingen.wettelijk();
        tweede.put("jongere", jongere(eerste));
        tweede.put("verzuimsoort", "LUXE");

        long dossier = post(LPA_DOETINCHEM, eerste).getBody().get("dossierId").asLong();
        assertThat(post(LPA_DOETINCHEM, tweede).getBody().get("dossierId").asLong()).isEqualTo(dossier);

        JsonNode view = get(LPA_DOETINCHEM, "/api/dossiers/" + dossier).getBody();
        assertThat(view.get("meldingen").findValuesAsText("verzuimsoort")).containsExactly("WETTELIJK", "LUXE");
        assertThat(view.get("werkprocessen")).hasSize(2);
        assertThat(view.get("werkprocessen").get(0).get("status").asText()).isEqualTo("LOPEND");
        assertThat(view.get("werkprocessen").get(0).get("huidigeStappen").get(0).get("naam").asText())
                .isEqualTo("Melding triëren");
        assertThat(view.get("jongere").get("leeftijd").asInt()).isEqualTo(14);
    }

    @Test
    void zonderBsnHerkentDeIntakeDeJongereAanNaamEnGeboortedatum() {
        Map<String, Object> eerste = Meldingen.wettelijk();
        jongere(eerste).remove("bsn");
        Map<String, Object> tweede = Meldingen.wettelijk();
        tweede.put("jongere", Map.copyOf(jongere(eerste)));
        Map<String, Object> naamgenoot = Meldingen.wettelijk();
        Map<String, Object> anderePersoon = new java.util.HashMap<>(jongere(eerste));
        anderePersoon.put("bsn", Meldingen.uniekBsn());
        naamgenoot.put("jongere", anderePersoon);
        Map<String, Object> tweedeNaamgenoot = Meldingen.wettelijk();
        Map<String, Object> nogEenPersoon = new java.util.HashMap<>(jongere(eerste));
        nogEenPersoon.put("bsn", Meldingen.uniekBsn());
        tweedeNaamgenoot.put("jongere", nogEenPersoon);

        long dossier = post(LPA_DOETINCHEM, eerste).getBody().get("dossierId").asLong();

        assertThat(post(LPA_DOETINCHEM, tweede).getBody().get("dossierId").asLong()).isEqualTo(dossier);
        // The first Jongere learns their BSN from the naamgenoot's melding; a second BSN is someone else.
        assertThat(post(LPA_DOETINCHEM, naamgenoot).getBody().get("dossierId").asLong()).isEqualTo(dossier);
        assertThat(post(LPA_DOETINCHEM, tweedeNaamgenoot).getBody().get("dossierId").asLong()).isNotEqualTo(dossier);
    }

    @Test
    void bulkinvoerMeldtElkeRegelEnSlaatAlleenDeGeldigeNieuweOp() {
        Map<String, Object> eerder = Meldingen.wettelijk();
        long eerderId = post(LPA_DOETINCHEM, eerder).getBody().get("id").asLong();
        Map<String, Object> a = Meldingen.wettelijk();
        Map<String, Object> b = Meldingen.wettelijk();
        b.put("verzuimsoort", "LUXE");
        Map<String, Object> ongeldigeBsn = Meldingen.wettelijk();
        jongere(ongeldigeBsn).put("bsn", "123456789");
        Map<String, Object> zonderNummer = Meldingen.wettelijk();
        zonderNummer.remove("meldingnummer");
        Map<String, Object> verkeerdType = Meldingen.wettelijk();
        verkeerdType.put("urenVerzuim", "veel");
        Map<String, Object> nogmaalsA = new java.util.LinkedHashMap<>(a);
        int meldingenVooraf = aantalMeldingen();
        long processenVooraf = aantalProcessen();

        ResponseEntity<JsonNode> antwoord = bulk(LPA_DOETINCHEM,
                List.of(a, ongeldigeBsn, eerder, b, zonderNummer, nogmaalsA, verkeerdType, "geen melding"));

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode regels = antwoord.getBody().get("regels");
        assertThat(regels.findValuesAsText("status")).containsExactly("AANGEMAAKT", "ONGELDIG", "DUBBEL", "AANGEMAAKT",
                "ONGELDIG", "DUBBEL", "ONGELDIG", "ONGELDIG");
        assertThat(regels.findValuesAsText("regel")).containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
        assertThat(regels.get(1).get("errors").findValuesAsText("field")).containsExactly("jongere.bsn");
        assertThat(regels.get(2).get("id").asLong()).isEqualTo(eerderId);
        assertThat(regels.get(2).get("location").asText()).isEqualTo("/api/meldingen/" + eerderId);
        assertThat(regels.get(4).get("errors").findValuesAsText("field")).containsExactly("meldingnummer");
        assertThat(regels.get(5).get("errors").get(0).get("message").asText()).contains("regel 1");
        assertThat(regels.get(6).get("errors").findValuesAsText("field")).containsExactly("urenVerzuim");
        assertThat(antwoord.getBody().get("samenvatting").toString())
                .isEqualTo("{\"totaal\":8,\"aangemaakt\":2,\"dubbel\":2,\"ongeldig\":4,\"mislukt\":0}");
        // MAS §10: a rejected BSN is never echoed.
        assertThat(antwoord.getBody().toString()).doesNotContain("123456789");

        // Exactly the two valid new rows are stored, each with its werkproces, as a single POST would.
        assertThat(aantalMeldingen()).isEqualTo(meldingenVooraf + 2);
        assertThat(aantalProcessen()).isEqualTo(processenVooraf + 2);
        JsonNode opgeslagen = get(LPA_DOETINCHEM, regels.get(3).get("location").asText()).getBody();
        assertThat(opgeslagen.get("meldingnummer").asText()).isEqualTo(b.get("meldingnummer"));
        assertThat(opgeslagen.get("verzuimsoort").asText()).isEqualTo("LUXE");
        assertThat(taken.createTaskQuery().processInstanceBusinessKey(opgeslagen.get("werkprocesId").asText())
                .singleResult().getTaskDefinitionKey()).isEqualTo("MeldingTrieren");
    }

    @Test
    void dezelfdeBulkinvoerNogmaalsSturenMaaktNietsNieuws() {
        List<Map<String, Object>> invoer = List.of(Meldingen.wettelijk(), Meldingen.wettelijk(), Meldingen.wettelijk());
        JsonNode eerste = bulk(LPA_DOETINCHEM, invoer).getBody();
        assertThat(eerste.get("regels").findValuesAsText("status")).containsOnly("AANGEMAAKT");
        int meldingenVooraf = aantalMeldingen();
        long processenVooraf = aantalProcessen();

        JsonNode tweede = bulk(LPA_DOETINCHEM, invoer).getBody();

        assertThat(tweede.get("regels").findValuesAsText("status")).containsOnly("DUBBEL");
        assertThat(tweede.get("regels").findValuesAsText("id"))
                .containsExactlyElementsOf(eerste.get("regels").findValuesAsText("id"));
        assertThat(tweede.get("samenvatting").get("aangemaakt").asInt()).isZero();
        assertThat(aantalMeldingen()).isEqualTo(meldingenVooraf);
        assertThat(aantalProcessen()).isEqualTo(processenVooraf);
    }

    @Test
    void bulkinvoerZonderLijstOfTeGrootGeeftEenProbleemEnDezelfdeRolAlsEenMelding() {
        ResponseEntity<JsonNode> leeg = bulk(LPA_DOETINCHEM, List.of());
        assertThat(leeg.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(leeg.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(leeg.getBody().get("errors").findValuesAsText("field")).containsExactly("meldingen");

        int vooraf = aantalMeldingen();
        ResponseEntity<JsonNode> teVeel = bulk(LPA_DOETINCHEM, java.util.Collections.nCopies(10_001, Map.of()));
        assertThat(teVeel.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(teVeel.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(teVeel.getBody().get("detail").asText()).contains("10000 meldingen");

        assertThat(bulk("procesontwerper", List.of(Meldingen.wettelijk())).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(aantalMeldingen()).isEqualTo(vooraf);
    }
}
