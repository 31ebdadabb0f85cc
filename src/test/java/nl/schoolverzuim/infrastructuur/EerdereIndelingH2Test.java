package nl.schoolverzuim.infrastructuur;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@link EerdereIndelingTests} on an H2 file, as the demo keeps its data. */
class EerdereIndelingH2Test extends EerdereIndelingTests {

    @TempDir
    Path map;

    @Override
    String nieuweDatabase(String naam) {
        return "jdbc:h2:file:" + map.resolve(naam).toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    @Override
    boolean postgresql() {
        return false;
    }

    @Override
    List<String> indexen(JdbcTemplate jdbc) {
        return jdbc.queryForList("select index_name from information_schema.indexes where table_schema = 'PUBLIC'"
                + " and table_name not like 'ACT\\_%' and table_name not like 'flyway%'", String.class);
    }
}
