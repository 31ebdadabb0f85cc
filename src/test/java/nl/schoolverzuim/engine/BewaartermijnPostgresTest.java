package nl.schoolverzuim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.schoolverzuim.testsupport.EmbeddedPostgresDatabase;

/** MAS §10 retention on PostgreSQL 16, the production database. */
class BewaartermijnPostgresTest extends BewaartermijnTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.registreer(registry, "bewaartermijn");
    }

    /**
     * Engine migration V1002 on a database whose history read grants were stored without a root instance: each gets
     * its werkproces's removal time, and one whose history is gone already is due now.
     */
    @Test
    void bestaandeLeesrechtenOpDeHistorieWordenOpruimbaar() throws IOException {
        String werkproces = "v10-werkproces";
        Timestamp verwijdertijd = Timestamp.valueOf("2031-11-23 10:00:00");
        jdbc.update("insert into ACT_HI_PROCINST (ID_, PROC_INST_ID_, PROC_DEF_ID_, START_TIME_, END_TIME_, REMOVAL_TIME_, "
                + "STATE_) values (?, ?, 'v10:1:1', now(), now(), ?, 'COMPLETED')", werkproces, werkproces, verwijdertijd);
        jdbc.update("insert into ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_) "
                + "values (?, 1, 1, 'leerplicht-doetinchem', 20, ?, 2)", "v10-grant", werkproces);
        jdbc.update("insert into ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_) "
                + "values (?, 1, 1, 'leerplicht-doetinchem', 20, ?, 2)", "v10-wees", "v10-opgeruimd");

        jdbc.execute(new ClassPathResource("db/engine/postgresql/V1002__historisch_leesrecht_opruimbaar.sql")
                .getContentAsString(StandardCharsets.UTF_8));

        Map<String, Object> grant = jdbc.queryForMap(
                "select ROOT_PROC_INST_ID_, REMOVAL_TIME_ from ACT_RU_AUTHORIZATION where ID_ = 'v10-grant'");
        assertThat(grant).containsEntry("root_proc_inst_id_", werkproces).containsEntry("removal_time_", verwijdertijd);
        assertThat(jdbc.queryForObject("select REMOVAL_TIME_ <= now() from ACT_RU_AUTHORIZATION where ID_ = 'v10-wees'",
                Boolean.class)).isTrue();
    }
}
