package nl.schoolverzuim.melding;

import static nl.schoolverzuim.testsupport.Meldingen.jongere;
import static nl.schoolverzuim.testsupport.Meldingen.leeftijd;
import static nl.schoolverzuim.testsupport.Meldingen.school;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.SuspendedEntityInteractionException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.JobState;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.hibernate.SessionFactory;
import org.hibernate.query.sqm.internal.QuerySqmImpl;
import org.hibernate.query.sqm.internal.SqmInterpretationsKey;
import org.hibernate.stat.NaturalIdStatistics;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.support.Repositories;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import nl.schoolverzuim.domein.Werkdagen;
import nl.schoolverzuim.dossier.Dossier;
import nl.schoolverzuim.dossier.Jongere;
import nl.schoolverzuim.dossier.Werkproces;
import nl.schoolverzuim.engine.LaatsteVersies;
import nl.schoolverzuim.modellering.ModelDeployment;
import nl.schoolverzuim.organisatie.Gemeente;
import nl.schoolverzuim.organisatie.GemeenteRepository;
import nl.schoolverzuim.organisatie.Regio;
import nl.schoolverzuim.organisatie.RegioRepository;
import nl.schoolverzuim.organisatie.School;
import nl.schoolverzuim.testsupport.IntegratieTest;
import nl.schoolverzuim.testsupport.Meldingen;
import nl.schoolverzuim.thuiszitters.Thuiszitter;
import nl.schoolverzuim.toegang.IdentityInrichting;

/**
 * The intake contract ({@code ../shared/api/meldingen.md}) and its persistence, end to end over HTTP with the real
 * security, engine and database. Run once on H2 and once on PostgreSQL by the subclasses.
 */
@IntegratieTest
abstract class IntakeContractTests {

    static final String LPA_DOETINCHEM = "lpa-doetinchem";
    static final String WACHTWOORD = "demo";

    @Autowired
    TestRestTemplate http;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService beheer;
    @Autowired
    TaskService taken;
    @Autowired
    RepositoryService repository;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactie;
    @Autowired
    RegioRepository regios;
    @Autowired
    GemeenteRepository gemeenten;
    @Autowired
    IdentityInrichting identiteit;
    @Autowired
    ApplicationContext context;
    @Autowired
    EntityManager entityManager;
    @Autowired
    IntakeService intake;
    @Autowired
    ObjectMapper json;
    @Autowired
    LaatsteVersies laatsteVersies;

    ResponseEntity<JsonNode> post(String gebruiker, Object body) {
        return http.withBasicAuth(gebruiker, WACHTWOORD).postForEntity("/api/meldingen", body, JsonNode.class);
    }

    ResponseEntity<JsonNode> get(String gebruiker, String pad) {
        return http.withBasicAuth(gebruiker, WACHTWOORD).getForEntity(pad, JsonNode.class);
    }

    int aantalMeldingen() {
        return jdbc.queryForObject("select count(*) from melding", Integer.class);
    }

    long aantalProcessen() {
        return runtime.createProcessInstanceQuery().count();
    }

    /**
     * The lookups of every intake, and the thuiszitter lookup at the end of every werkproces, are JPQL whose
     * SQL Hibernate 6 translates once and keeps. It translates a derived (criteria) query, and a JPQL query with a
     * parameter inside a function ({@code lower(?1)}), again on every call: that was a tenth of an intake's CPU time,
     * and of a completion's.
     */
    @Test
    void deOpzoekingenVanElkeIntakeVertaaltHibernateEenKeer() {
        Map<Class<?>, List<String>> opIntake = Map.of(
                Gemeente.class, List.of("findByCbsCode", "findByLowerCaseNaam"),
                Jongere.class, List.of("findKandidatenLowerCase"),
                Dossier.class, List.of("findByJongereAndGemeente"),
                Werkproces.class, List.of("findByDossierIdAndAfgeslotenOpIsNullOrderByGestartOp"),
                // of a repeated meldingnummer, and of the end of every werkproces
                Melding.class, List.of("findByMeldingnummer"),
                Thuiszitter.class, List.of("findByWerkprocesId"));
        Repositories repositories = new Repositories(context);
        transactie.executeWithoutResult(status -> opIntake.forEach((entiteit, methoden) -> {
            Class<?> repository = repositories.getRequiredRepositoryInformation(entiteit).getRepositoryInterface();
            for (String naam : methoden) {
                Query jpql = Arrays.stream(repository.getDeclaredMethods()).filter(m -> m.getName().equals(naam))
                        .findFirst().orElseThrow().getAnnotation(Query.class);
                assertThat(jpql).as("%s is JPQL, not a derived query", naam).isNotNull();
                QuerySqmImpl<?> query = entityManager.createQuery(jpql.value()).unwrap(QuerySqmImpl.class);
                assertThat(SqmInterpretationsKey.createInterpretationsKey(query))
                        .as("Hibernate keeps the SQL of %s", naam).isNotNull();
            }
        }));
    }

    /**
     * The gemeente with its regio and the school of a melding come from Hibernate's second-level cache once a
     * melding has named them (organisatie.Gemeenten, the school by BRIN as natural id), so intake queries the
     * database for neither; a gemeente named by its CBS code is the same gemeente.
     */
    @Test
    void gemeenteRegioEnSchoolVanEenVolgendeMeldingKomenUitDeCache() {
        Runnable opNaamEnOpCode = () -> {
            assertThat(post(LPA_DOETINCHEM, Meldingen.wettelijk()).getStatusCode()).isEqualTo(HttpStatus.CREATED);
            Map<String, Object> opCode = Meldingen.wettelijk();
            jongere(opCode).put("woongemeente", "0222");
            assertThat(post(LPA_DOETINCHEM, opCode).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        };
        opNaamEnOpCode.run();
        Statistics statistieken = entityManager.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        statistieken.clear();
        statistieken.setStatisticsEnabled(true);
        try {
            opNaamEnOpCode.run();

            assertThat(Arrays.stream(statistieken.getQueries()).filter(query -> query.contains("Gemeente")))
                    .as("queries for a gemeente").isEmpty();
            NaturalIdStatistics school = statistieken.getNaturalIdStatistics(School.class.getName());
            assertThat(school.getCacheHitCount()).as("school by BRIN from the cache").isEqualTo(2);
            assertThat(school.getExecutionCount()).as("school by BRIN queried").isZero();
            assertThat(statistieken.getEntityStatistics(Gemeente.class.getName()).getCacheHitCount())
                    .as("gemeente from the cache").isPositive();
            for (Class<?> entiteit : List.of(Gemeente.class, Regio.class, School.class)) {
                assertThat(statistieken.getEntityStatistics(entiteit.getName()).getCacheMissCount())
                        .as("%s missed in the cache", entiteit.getSimpleName()).isZero();
            }
        } finally {
            statistieken.setStatisticsEnabled(false);
        }
    }

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
                geval("preventiefGesprek", m -> m.put("preventiefGesprek", true)),
                geval("actieGewenst", m -> m.put("actieGewenst", true)),
                geval("actieGewenst", m -> {
                    m.put("verzuimsoort", "VERZUIM_18PLUS");
                    leeftijd(m, 19);
                }),
                // MAS §2: a 19-year-old is no longer leer- or kwalificatieplichtig.
                geval("verzuimsoort", m -> leeftijd(m, 19)));
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

    /**
     * Twenty meldingen about one new Jongere at the same moment, each with its own meldingnummer and a school nobody
     * sent before: every one is stored, none is a 5xx, and they share one Jongere and one Dossier (MAS §1), with and
     * without BSN (then recognised by name and date of birth, MAS §4 step 1).
     */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void twintigMeldingenTegelijkOverEenNieuweJongereGevenEenDossier(boolean metBsn) throws Exception {
        Map<String, Object> jongere = new java.util.HashMap<>(jongere(Meldingen.wettelijk()));
        if (!metBsn) {
            jongere.remove("bsn");
        }
        String brin = "%02dZZ".formatted((metBsn ? 10 : 50) + java.util.concurrent.ThreadLocalRandom.current().nextInt(40));
        int meldingenVooraf = aantalMeldingen();
        List<Map<String, Object>> meldingen = java.util.stream.IntStream.range(0, 20).mapToObj(i -> {
            Map<String, Object> melding = Meldingen.wettelijk();
            melding.put("jongere", jongere);
            school(melding).put("brin", brin);
            return melding;
        }).toList();

        java.util.concurrent.ExecutorService afzenders = java.util.concurrent.Executors.newFixedThreadPool(20);
        List<ResponseEntity<JsonNode>> antwoorden;
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<ResponseEntity<JsonNode>>> verzonden = meldingen.stream()
                    .map(melding -> afzenders.submit(() -> {
                        start.await();
                        return post(LPA_DOETINCHEM, melding);
                    })).toList();
            start.countDown();
            antwoorden = new java.util.ArrayList<>();
            for (var antwoord : verzonden) {
                antwoorden.add(antwoord.get(2, java.util.concurrent.TimeUnit.MINUTES));
            }
        } finally {
            afzenders.shutdownNow();
        }

        assertThat(antwoorden).extracting(ResponseEntity::getStatusCode).containsOnly(HttpStatus.CREATED);
        assertThat(antwoorden).extracting(antwoord -> antwoord.getBody().get("dossierId").asLong()).containsOnly(
                antwoorden.get(0).getBody().get("dossierId").asLong());
        assertThat(aantalMeldingen()).isEqualTo(meldingenVooraf + 20);
        assertThat(jdbc.queryForObject("select count(*) from jongere where lower(achternaam) = lower(?)",
                Integer.class, jongere.get("achternaam"))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from school where brin = ?", Integer.class, brin)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(distinct dossier_id) from melding where meldingnummer in ("
                        + String.join(",", java.util.Collections.nCopies(20, "?")) + ")", Integer.class,
                meldingen.stream().map(melding -> melding.get("meldingnummer")).toArray())).isEqualTo(1);
    }

    /**
     * MAS §10: no BSN in any log line, whatever fails. An intake scenario with failures: a repeat (409), the same
     * meldingnummer five times at once, bad input quoting the BSN, a melding refused by the 11-proef, a refused bulk
     * row next to a repeat, and a unique key on the BSN broken in the database itself; the captured log holds none of the BSNs used. A line that
     * does quote one (an exception's text, here logged on purpose) shows it blanked.
     */
    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void geenBsnInHetLogWatErOokMisgaat(CapturedOutput log) throws Exception {
        String bsn = Meldingen.uniekBsn();
        Map<String, Object> melding = Meldingen.wettelijk();
        jongere(melding).put("bsn", bsn);
        assertThat(post(LPA_DOETINCHEM, melding).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(post(LPA_DOETINCHEM, melding).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        Map<String, Object> tegelijk = Meldingen.wettelijk();
        String tweedeBsn = (String) jongere(tegelijk).get("bsn");
        java.util.concurrent.ExecutorService afzenders = java.util.concurrent.Executors.newFixedThreadPool(5);
        try {
            List<java.util.concurrent.Future<ResponseEntity<JsonNode>>> verzonden = new java.util.ArrayList<>();
            for (int i = 0; i < 5; i++) {
                verzonden.add(afzenders.submit(() -> post(LPA_DOETINCHEM, tegelijk)));
            }
            List<HttpStatus> statussen = new java.util.ArrayList<>();
            for (var antwoord : verzonden) {
                statussen.add(HttpStatus.valueOf(antwoord.get(2, java.util.concurrent.TimeUnit.MINUTES)
                        .getStatusCode().value()));
            }
            assertThat(statussen).containsOnly(HttpStatus.CREATED, HttpStatus.CONFLICT)
                    .filteredOn(HttpStatus.CREATED::equals).hasSize(1);
        } finally {
            afzenders.shutdownNow();
        }

        Map<String, Object> verkeerdType = Meldingen.wettelijk();
        verkeerdType.put("urenVerzuim", bsn + "uur");
        assertThat(post(LPA_DOETINCHEM, verkeerdType).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        String ongeldigeBsn = bsn.substring(0, 8) + ((bsn.charAt(8) - '0' + 1) % 10);
        Map<String, Object> elfproef = Meldingen.wettelijk();
        jongere(elfproef).put("bsn", ongeldigeBsn);
        assertThat(post(LPA_DOETINCHEM, elfproef).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Map<String, Object> bulkRij = Meldingen.wettelijk();
        jongere(bulkRij).put("bsn", bsn);
        bulkRij.put("kerenTeLaat", -1);
        assertThat(bulk(LPA_DOETINCHEM, List.of(bulkRij, melding)).getStatusCode()).isEqualTo(HttpStatus.OK);

        Gemeente doetinchem = gemeenten.findAll().stream().filter(g -> g.getNaam().equals("Doetinchem")).findFirst()
                .orElseThrow();
        RuntimeException gebroken = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () ->
                transactie.executeWithoutResult(status -> {
                    entityManager.persist(new Jongere(bsn, "Dubbel", "Bsn", LocalDate.of(2012, 1, 1), doetinchem));
                    entityManager.flush();
                }));
        org.slf4j.LoggerFactory.getLogger(IntakeContractTests.class)
                .warn("Jongere met BSN {} niet opgeslagen", bsn, gebroken);

        assertThat(log.getOut() + log.getErr()).doesNotContain(bsn).doesNotContain(tweedeBsn)
                .doesNotContain(ongeldigeBsn).contains("Jongere met BSN " + "*********" + " niet opgeslagen");
    }

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
        assertThat(html.getBody()).contains("<h1>Dossier Sanne ").contains("Melding triëren").contains("Tijdlijn");
        assertThat(http.withBasicAuth("lpa-aalten", WACHTWOORD).getForEntity(pagina, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity(pagina, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

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

    private String instantie(String werkproces) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(werkproces).singleResult().getId();
    }

    ResponseEntity<String> postRest(String gebruiker, String pad, Object body) {
        return http.withBasicAuth(gebruiker, WACHTWOORD).postForEntity(pad, body, String.class);
    }

    ResponseEntity<JsonNode> bulk(String gebruiker, Object meldingen) {
        return http.withBasicAuth(gebruiker, WACHTWOORD).postForEntity("/api/meldingen/bulk",
                Map.of("meldingen", meldingen), JsonNode.class);
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

    /**
     * MAS §10: history level schoolverzuim keeps the current value of every variable the werkproces decides
     * on and the decisions about the Jongere; not each earlier value, not the copies of the Dossier's data (the
     * Dossier keeps them) and not the evaluations of the cached lookup tables.
     */
    @Test
    void deHistorieBewaartDeHuidigeWaardenZonderElkeEerdere() {
        String werkproces = post(LPA_DOETINCHEM, Meldingen.wettelijk()).getBody().get("werkprocesId").asText();
        String instantie = runtime.createProcessInstanceQuery().processInstanceBusinessKey(werkproces).singleResult().getId();

        assertThat(jdbc.queryForObject("select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'historyLevel'", String.class))
                .isEqualTo("20");
        assertThat(jdbc.queryForList("select NAME_ from ACT_HI_VARINST where PROC_INST_ID_ = ?", String.class,
                instantie)).containsExactlyInAnyOrder("verzuimsoort", "meldingsdatum", "leeftijd", "urenVerzuim",
                "kerenTeLaat", "preventiefGesprek", "actieGewenst");
        // The copies are there for forms, expressions and the inbox, and change without history (a move to another
        // gemeente). Exactly these 17 variables: each one is a row to write at every start.
        assertThat(runtime.getVariables(instantie)).containsOnlyKeys("jongereNaam", "geboortedatum", "gemeente",
                "schoolNaam", "dossierId", "werkprocesId", "kandidaatGroep", "teamleiderGroep", "regio",
                "bovengrensLeeftijd", "verzuimsoort", "meldingsdatum", "leeftijd", "urenVerzuim", "kerenTeLaat",
                "preventiefGesprek", "actieGewenst");
        runtime.setVariable(instantie, "gemeente", "Zutphen");
        runtime.removeVariable(instantie, "schoolNaam");
        // A werkproces started before meldingId was dropped still carries it, without history; removing it works.
        runtime.setVariable(instantie, "meldingId", 1L);
        runtime.removeVariable(instantie, "meldingId");
        assertThat(jdbc.queryForObject("select count(*) from ACT_HI_VARINST where PROC_INST_ID_ = ?", Integer.class,
                instantie)).isEqualTo(7);
        assertThat(jdbc.queryForObject("select count(*) from ACT_HI_DETAIL where PROC_INST_ID_ = ?", Integer.class,
                instantie)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from ACT_HI_DECINST where DEC_DEF_KEY_ in "
                + "('mas-termijn', 'werkproces-routering', 'melding-koppeling')", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from ACT_HI_TASKINST where PROC_INST_ID_ = ?", Integer.class,
                instantie)).isEqualTo(1);

        // The timers set at the start leave no "created" rows in the job log; what a job did is logged.
        List<Job> timers = beheer.createJobQuery().processInstanceId(instantie).orderByJobDuedate().asc().list();
        assertThat(timers).hasSize(2);
        assertThat(jdbc.queryForObject("select count(*) from ACT_HI_JOB_LOG where PROCESS_INSTANCE_ID_ = ?",
                Integer.class, instantie)).isZero();
        beheer.executeJob(timers.get(0).getId());
        assertThat(jdbc.queryForList("select JOB_STATE_ from ACT_HI_JOB_LOG where JOB_ID_ = ?", Integer.class,
                timers.get(0).getId())).containsExactly(JobState.SUCCESSFUL.getStateCode());
    }

    @Test
    void elkModelUitProcessesEnFormsIsUitgerold() throws IOException {
        List<String> bestanden;
        try (Stream<Path> modellen = Stream.concat(Files.list(Path.of("processes")), Files.list(Path.of("forms")))) {
            bestanden = modellen.map(p -> p.getParent().getFileName() + "/" + p.getFileName()).toList();
        }
        Deployment deployment = repository.createDeploymentQuery().deploymentName(ModelDeployment.NAAM)
                .orderByDeploymentTime().desc().list().get(0);

        assertThat(bestanden).contains("processes/leerplicht-verzuim.bpmn", "processes/doorstroompunt-vsv.bpmn",
                "forms/melding-trieren.form");
        assertThat(repository.getDeploymentResourceNames(deployment.getId())).containsExactlyInAnyOrderElementsOf(bestanden);
        // MAS §10: history of every werkproces is kept 5 years after it ends, then cleaned up. The runs that hold no
        // Jongere's data keep less: the quarter-hourly escalation sweep 30 days, the nightly thuiszitters detection 90,
        // the nightly run that gives ended werkprocessen's history its removal time 30.
        Map<String, Integer> korter = Map.of("achterstanden-signaleren", 30, "thuiszitters-signaleren", 90,
                "historie-verwijdertijd", 30);
        assertThat(repository.createProcessDefinitionQuery().latestVersion().list())
                .allSatisfy(definitie -> assertThat(definitie.getHistoryTimeToLive()).as(definitie.getKey())
                        .isEqualTo(korter.getOrDefault(definitie.getKey(), 1825)));
    }

    /**
     * engine.LaatsteVersies: a werkproces starts by the id of the latest version of its model, which is not
     * queried on every start; a version deployed on this node is used by the very next melding, and one deleted
     * (Cockpit) never again.
     */
    @Test
    void eenNieuweModelversieKrijgtDeVolgendeMeldingEnEenVerwijderdeGeenMeer() {
        ProcessDefinition huidig = repository.createProcessDefinitionQuery().processDefinitionKey("leerplicht-verzuim")
                .latestVersion().singleResult();
        assertThat(modelVan(post(LPA_DOETINCHEM, Meldingen.wettelijk()))).isEqualTo(huidig.getId());
        Deployment nieuw = repository.createDeployment().name("nieuwe-versie-test")
                .addInputStream(huidig.getResourceName(),
                        repository.getResourceAsStream(huidig.getDeploymentId(), huidig.getResourceName()))
                .deploy();
        try {
            ProcessDefinition volgende = repository.createProcessDefinitionQuery().deploymentId(nieuw.getId())
                    .singleResult();
            assertThat(volgende.getVersion()).isEqualTo(huidig.getVersion() + 1);
            assertThat(modelVan(post(LPA_DOETINCHEM, Meldingen.wettelijk()))).isEqualTo(volgende.getId());
        } finally {
            repository.deleteDeployment(nieuw.getId(), true);
        }
        assertThat(modelVan(post(LPA_DOETINCHEM, Meldingen.wettelijk()))).isEqualTo(huidig.getId());
    }

    /**
     * engine.LaatsteVersies: a werkproces starts by the id of the latest version without reading that
     * version's row, so a suspension (in Cockpit, on this node or another) is seen at the next lookup of the latest
     * version, within {@code LaatsteVersies.GELDIG}; {@code vergeet()} stands in for that time here. After activation
     * the version takes meldingen again: the lookup hands what it read to the engine's definition cache, which Camunda's
     * refusal had left suspended.
     */
    @Test
    void eenOpgeschorteVersieWordtBijDeVolgendeOpzoekingGeweigerdEnNaActiverenWeerGestart() {
        ProcessDefinition huidig = repository.createProcessDefinitionQuery().processDefinitionKey("leerplicht-verzuim")
                .latestVersion().singleResult();
        assertThat(modelVan(post(LPA_DOETINCHEM, Meldingen.wettelijk()))).isEqualTo(huidig.getId());
        repository.suspendProcessDefinitionById(huidig.getId());
        try {
            // Not read again before the next lookup: this start would have been refused had it read the row.
            assertThat(modelVan(post(LPA_DOETINCHEM, Meldingen.wettelijk()))).isEqualTo(huidig.getId());
            laatsteVersies.vergeet();
            int meldingen = aantalMeldingen();
            NieuweMelding melding = json.convertValue(Meldingen.wettelijk(), NieuweMelding.class);
            assertThatThrownBy(() -> intake.ontvang(melding)).isInstanceOf(SuspendedEntityInteractionException.class);
            assertThat(aantalMeldingen()).isEqualTo(meldingen);
        } finally {
            repository.activateProcessDefinitionById(huidig.getId());
        }
        laatsteVersies.vergeet();
        assertThat(modelVan(post(LPA_DOETINCHEM, Meldingen.wettelijk()))).isEqualTo(huidig.getId());
    }

    private String modelVan(ResponseEntity<JsonNode> antwoord) {
        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(antwoord.getBody().get("werkprocesId").asText()).singleResult()
                .getProcessDefinitionId();
    }
}
