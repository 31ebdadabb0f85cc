package nl.schoolverzuim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.schoolverzuim.melding.IntakeService;
import nl.schoolverzuim.melding.NieuweMelding;
import nl.schoolverzuim.modellering.ModelDeployment;

/** The embedded default keeps its data: a new application over the same H2 file sees what the last one stored. */
class HerstartTest {

    @TempDir
    Path map;

    @Test
    void naEenHerstartZijnMeldingenLopendeProcessenEnGebruikersEr() {
        String url = "jdbc:h2:file:" + map.resolve("schoolverzuim").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
        IntakeService.Ontvangen ontvangen;
        try (ConfigurableApplicationContext eerste = start(url)) {
            ontvangen = eerste.getBean(IntakeService.class).ontvang(melding());
        }

        try (ConfigurableApplicationContext tweede = start(url)) {
            JdbcTemplate jdbc = tweede.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from melding where id = ?", Integer.class,
                    ontvangen.meldingId())).isEqualTo(1);
            RuntimeService runtime = tweede.getBean(RuntimeService.class);
            assertThat(runtime.createProcessInstanceQuery().processInstanceId(ontvangen.processInstanceId())
                    .processInstanceBusinessKey(String.valueOf(ontvangen.werkprocesId())).active().count()).isEqualTo(1);
            assertThat(tweede.getBean(TaskService.class).createTaskQuery()
                    .processInstanceId(ontvangen.processInstanceId()).taskCandidateGroup("leerplicht-bronckhorst")
                    .count()).isEqualTo(1);
            assertThat(tweede.getBean(IdentityService.class).checkPassword("lpa-bronckhorst", "demo")).isTrue();
            // Unchanged models are not deployed again, so no new versions appear on a restart.
            RepositoryService repository = tweede.getBean(RepositoryService.class);
            assertThat(repository.createDeploymentQuery().deploymentName(ModelDeployment.NAAM).count()).isEqualTo(1);
            assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("leerplicht-verzuim").count())
                    .isEqualTo(1);
        }
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(SchoolverzuimApplication.class)
                .profiles("test", "demo")
                // Arguments, not builder properties: those are defaults that the test profile's H2 URL would override.
                .run("--spring.datasource.url=" + url, "--server.port=0");
    }

    private static NieuweMelding melding() {
        LocalDate vandaag = LocalDate.now();
        return new NieuweMelding("DUO-HERSTART-1", "WETTELIJK", vandaag.toString(),
                new NieuweMelding.JongereGegevens(null, "Daan", "Hulshof", vandaag.minusYears(15).toString(), "Bronckhorst"),
                new NieuweMelding.SchoolGegevens("30CD", "Achterhoeks Lyceum", "VO"), 20, 0, false, null, null);
    }
}
