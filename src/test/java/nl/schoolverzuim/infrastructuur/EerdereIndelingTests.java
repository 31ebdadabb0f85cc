package nl.schoolverzuim.infrastructuur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import nl.schoolverzuim.SchoolverzuimApplication;
import nl.schoolverzuim.infrastructuur.HerschrevenMigraties.Rij;

/**
 * A database that ran the earlier layout of the migrations (history level, Jongere and gemeente indexes as Java
 * migrations, V7 taken after V8 out of order; on PostgreSQL the engine's migrations as V7 and V10) starts on the
 * present layout and ends with the history and schema of a database that only knew the present one.
 */
abstract class EerdereIndelingTests {

    static final String PROJECT = "\"flyway_schema_history\"";
    static final String ENGINE = "\"flyway_engine_history\"";

    /** The JDBC URL of a fresh database. */
    abstract String nieuweDatabase(String naam);

    abstract boolean postgresql();

    /** The indexes on our own tables (not the engine's), by name. */
    abstract List<String> indexen(JdbcTemplate jdbc);

    @Test
    void eenDatabaseVanDeEerdereIndelingStartEnKrijgtDeHistorieEnHetSchemaVanNu() {
        String url = nieuweDatabase("eerdere_indeling");
        Map<String, Rij> project;
        Map<String, Rij> engine;
        List<String> indexen;
        try (ConfigurableApplicationContext nieuw = start(url)) {
            JdbcTemplate jdbc = nieuw.getBean(JdbcTemplate.class);
            project = historie(jdbc, PROJECT);
            engine = postgresql() ? historie(jdbc, ENGINE) : Map.of();
            indexen = indexen(jdbc);
        }
        assertThat(project).containsKeys("7", "30").doesNotContainKeys("10");
        if (postgresql()) {
            assertThat(project).containsKeys("9", "11");
            assertThat(engine).containsKeys("1001", "1002").doesNotContainKeys("7", "10");
            assertThat(indexen).contains("ix_jongere_geboortedatum_naam", "uk_gemeente_naam_lower")
                    .doesNotContain("ix_jongere_naam_geboortedatum");
        } else {
            assertThat(project).doesNotContainKeys("9", "11");
        }

        JdbcTemplate eerder = jdbc(url);
        naarDeEerdereIndeling(eerder);
        assertThat(historie(eerder, PROJECT).get("7").type()).isEqualTo("JDBC");

        try (ConfigurableApplicationContext herstart = start(url)) {
            JdbcTemplate jdbc = herstart.getBean(JdbcTemplate.class);
            assertThat(historie(jdbc, PROJECT)).isEqualTo(project);
            if (postgresql()) {
                assertThat(historie(jdbc, ENGINE)).isEqualTo(engine);
                assertThat(jdbc.queryForList("select indexname from pg_indexes where tablename = 'act_ru_task'",
                        String.class)).contains("sv_idx_task_parent_task_id");
            }
            assertThat(indexen(jdbc)).containsExactlyInAnyOrderElementsOf(indexen);

            // Anything but exactly the earlier row still fails: here a Java migration V9 with a checksum.
            voegToe(jdbc, PROJECT, new Rij("9", "JongereOpNaamHerkennen", "JDBC",
                    "db.migration.V9__JongereOpNaamHerkennen", 1));
            if (postgresql()) {
                jdbc.update("delete from " + PROJECT + " where \"version\" = '9' and \"type\" = 'SQL'");
            }
            assertThatThrownBy(herstart.getBean(Flyway.class)::validate).isInstanceOf(FlywayValidateException.class);
        }
    }

    /**
     * MAS §10: a database from before the history level schoolverzuim has the engine's level full (3) stored; V7 tells
     * it the new level (20) before the engine starts, and does nothing on a database without engine tables.
     */
    @Test
    void v7ZetHetOpgeslagenHistorieniveauVanFullOpSchoolverzuim() {
        String zonderEngine = nieuweDatabase("zonder_engine");
        migreer(zonderEngine, "7");
        assertThat(historie(jdbc(zonderEngine), PROJECT)).containsKey("7");

        String url = nieuweDatabase("historieniveau_full");
        migreer(url, "6");
        JdbcTemplate jdbc = jdbc(url);
        jdbc.execute("create table ACT_GE_PROPERTY (NAME_ varchar(64) primary key, VALUE_ varchar(300), REV_ integer)");
        jdbc.update("insert into ACT_GE_PROPERTY values ('historyLevel', '3', 1)");

        migreer(url, "7");

        assertThat(jdbc.queryForObject("select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'historyLevel'",
                String.class)).isEqualTo("20");
    }

    /** Our migrations up to {@code versie}, as application.yml locates them. */
    private void migreer(String url, String versie) {
        Flyway.configure().dataSource(url, gebruiker(), wachtwoord())
                .locations("classpath:db/migration", "classpath:db/vendor/" + (postgresql() ? "postgresql" : "h2"))
                .target(versie).load().migrate();
    }

    /** What the earlier layout left in the histories; its statements were the same, so the schema is too. */
    private void naarDeEerdereIndeling(JdbcTemplate jdbc) {
        zet(jdbc, PROJECT, "7", Rij.java("7", "V7__HistorieniveauSchoolverzuim"));
        // V7 was numbered ahead and taken after V8.
        jdbc.update("update " + PROJECT + " set \"installed_rank\" = (select max(\"installed_rank\") + 1 from "
                + PROJECT + ") where \"version\" = '7'");
        if (postgresql()) {
            zet(jdbc, PROJECT, "9", Rij.java("9", "V9__JongereOpNaamHerkennen"));
            zet(jdbc, PROJECT, "11", Rij.java("11", "V11__GemeenteOpNaamVinden"));
            zet(jdbc, ENGINE, "1001", Rij.sql("7", "act ru task parent task id", "V7__act_ru_task_parent_task_id.sql",
                    1133376413));
            zet(jdbc, ENGINE, "1002", Rij.sql("10", "historisch leesrecht opruimbaar",
                    "V10__historisch_leesrecht_opruimbaar.sql", -118246305));
        } else {
            // On H2 they ran and did nothing.
            voegToe(jdbc, PROJECT, Rij.java("9", "V9__JongereOpNaamHerkennen"));
            voegToe(jdbc, PROJECT, Rij.java("11", "V11__GemeenteOpNaamVinden"));
        }
    }

    private static Map<String, Rij> historie(JdbcTemplate jdbc, String tabel) {
        Map<String, Rij> rijen = new TreeMap<>();
        jdbc.query("select \"version\", \"description\", \"type\", \"script\", \"checksum\" from " + tabel
                + " where \"version\" is not null", rs -> {
            rijen.put(rs.getString(1), new Rij(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    (Integer) rs.getObject(5)));
        });
        return rijen;
    }

    private static void zet(JdbcTemplate jdbc, String tabel, String versie, Rij rij) {
        assertThat(jdbc.update("update " + tabel + " set \"version\" = ?, \"description\" = ?, \"type\" = ?,"
                        + " \"script\" = ?, \"checksum\" = ? where \"version\" = ?",
                rij.versie(), rij.beschrijving(), rij.type(), rij.script(), rij.checksum(), versie)).isEqualTo(1);
    }

    private static void voegToe(JdbcTemplate jdbc, String tabel, Rij rij) {
        jdbc.update("insert into " + tabel + " (\"installed_rank\", \"version\", \"description\", \"type\","
                        + " \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                        + " select max(\"installed_rank\") + 1, ?, ?, ?, ?, ?, 'sa', 0, true from " + tabel,
                rij.versie(), rij.beschrijving(), rij.type(), rij.script(), rij.checksum());
    }

    String gebruiker() {
        return postgresql() ? "postgres" : "sa";
    }

    String wachtwoord() {
        return postgresql() ? "postgres" : "";
    }

    private JdbcTemplate jdbc(String url) {
        return new JdbcTemplate(new DriverManagerDataSource(url, gebruiker(), wachtwoord()));
    }

    private ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(SchoolverzuimApplication.class)
                .profiles("test")
                // Arguments, not builder properties: those are defaults that the test profile's H2 URL would override.
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=" + gebruiker(),
                        "--spring.datasource.password=" + wachtwoord(), "--server.port=0");
    }
}
