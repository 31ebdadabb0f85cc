package nl.schoolverzuim.melding;

import static nl.schoolverzuim.testsupport.Meldingen.jongere;
import static nl.schoolverzuim.testsupport.Meldingen.leeftijd;
import static nl.schoolverzuim.testsupport.Meldingen.school;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.SuspendedEntityInteractionException;
import org.camunda.bpm.engine.history.JobState;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.hibernate.SessionFactory;
import org.hibernate.query.sqm.internal.QuerySqmImpl;
import org.hibernate.query.sqm.internal.SqmInterpretationsKey;
import org.hibernate.stat.NaturalIdStatistics;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.support.Repositories;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import nl.schoolverzuim.dossier.Dossier;
import nl.schoolverzuim.dossier.Jongere;
import nl.schoolverzuim.dossier.Werkproces;
import nl.schoolverzuim.modellering.ModelDeployment;
import nl.schoolverzuim.organisatie.Gemeente;
import nl.schoolverzuim.organisatie.Regio;
import nl.schoolverzuim.organisatie.School;
import nl.schoolverzuim.testsupport.Meldingen;
import nl.schoolverzuim.thuiszitters.Thuiszitter;

/**
 * The engine and persistence extensions an intake runs through: lookups Hibernate translates once, the second-level
 * cache, the history level, the deployed models and the latest versions. Run once on H2 and once on PostgreSQL by the
 * subclasses.
 */
abstract class IntakeEngineTests extends IntakeTestBasis {

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
                "kerenTeLaat", "preventiefGesprek", "actieGewenst", "vrijstellingActief");
        // The copies are there for forms, expressions and the inbox, and change without history (a move to another
        // gemeente). Exactly these 19 variables: each one is a row to write at every start. The startkwalificatie is
        // the Jongere's (MAS §2), a copy like the name; vrijstellingActief is the triage's flag (MAS §7).
        assertThat(runtime.getVariables(instantie)).containsOnlyKeys("jongereNaam", "geboortedatum", "gemeente",
                "schoolNaam", "dossierId", "werkprocesId", "kandidaatGroep", "teamleiderGroep", "regio",
                "bovengrensLeeftijd", "verzuimsoort", "meldingsdatum", "leeftijd", "urenVerzuim", "kerenTeLaat",
                "preventiefGesprek", "actieGewenst", "startkwalificatie", "vrijstellingActief");
        runtime.setVariable(instantie, "gemeente", "Zutphen");
        runtime.removeVariable(instantie, "schoolNaam");
        // A werkproces started before meldingId was dropped still carries it, without history; removing it works.
        runtime.setVariable(instantie, "meldingId", 1L);
        runtime.removeVariable(instantie, "meldingId");
        assertThat(jdbc.queryForObject("select count(*) from ACT_HI_VARINST where PROC_INST_ID_ = ?", Integer.class,
                instantie)).isEqualTo(8);
        assertThat(jdbc.queryForObject("select count(*) from ACT_HI_DETAIL where PROC_INST_ID_ = ?", Integer.class,
                instantie)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from ACT_HI_DECINST where DEC_DEF_KEY_ in "
                + "('mas-termijn', 'werkproces-routering', 'leerplicht-fase', 'melding-koppeling')", Integer.class)).isZero();
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
            bestanden = new java.util.ArrayList<>(modellen.map(p -> p.getParent().getFileName() + "/" + p.getFileName()).toList());
        }
        // the letter templates deploy and version with the models (ADR 0025)
        try (Stream<Path> brieven = Files.walk(Path.of("brieven"))) {
            brieven.filter(Files::isRegularFile).forEach(p -> bestanden.add(p.toString().replace('\\', '/')));
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
     * engine.LaatsteVersies: a werkproces starts by the id of the latest version, and the engine reads that version's
     * row on every start, so a suspension (in Cockpit, on this node or another) refuses the very next melding, before
     * the latest version is looked up again; nothing of that melding is stored. After activation the version takes
     * meldingen again at once.
     */
    @Test
    void eenOpgeschorteVersieWordtMeteenGeweigerdEnNaActiverenWeerGestart() {
        ProcessDefinition huidig = repository.createProcessDefinitionQuery().processDefinitionKey("leerplicht-verzuim")
                .latestVersion().singleResult();
        assertThat(modelVan(post(LPA_DOETINCHEM, Meldingen.wettelijk()))).isEqualTo(huidig.getId());
        repository.suspendProcessDefinitionById(huidig.getId());
        try {
            int meldingen = aantalMeldingen();
            NieuweMelding melding = json.convertValue(Meldingen.wettelijk(), NieuweMelding.class);
            assertThatThrownBy(() -> intake.ontvang(melding)).isInstanceOf(SuspendedEntityInteractionException.class);
            assertThat(aantalMeldingen()).isEqualTo(meldingen);
        } finally {
            repository.activateProcessDefinitionById(huidig.getId());
        }
        assertThat(modelVan(post(LPA_DOETINCHEM, Meldingen.wettelijk()))).isEqualTo(huidig.getId());
    }

    private String modelVan(ResponseEntity<JsonNode> antwoord) {
        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(antwoord.getBody().get("werkprocesId").asText()).singleResult()
                .getProcessDefinitionId();
    }
}
