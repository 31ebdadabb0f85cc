package nl.schoolverzuim.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import nl.schoolverzuim.engine.DecisionCache;

/**
 * MAS §10: a werkproces is kept until the end of the day it ended, in the Netherlands, plus its retention; the
 * removal time is the start of the next day, so the night's run and history cleanup take it together.
 */
class BewaartermijnTest {

    @ParameterizedTest(name = "MAS §10: ended {0}, kept {1}y {2}m {3}d: removed from {4}")
    @CsvSource(textBlock = """
            2026-12-04T13:00:00Z, 5, 0, 0,  2031-12-04T23:00:00Z
            2026-12-04T22:59:59Z, 5, 0, 0,  2031-12-04T23:00:00Z
            2026-12-04T23:00:00Z, 5, 0, 0,  2031-12-05T23:00:00Z
            2026-07-31T12:00:00Z, 1, 0, 0,  2027-07-31T22:00:00Z
            2028-02-29T12:00:00Z, 1, 0, 0,  2029-02-28T23:00:00Z
            2026-03-15T12:00:00Z, 0, 6, 10, 2026-09-25T22:00:00Z
            """)
    void totHetEindeVanDeDagPlusDeBewaartermijn(Instant einde, int jaren, int maanden, int dagen, Instant verwijderenOp) {
        DecisionCache beslissingen = mock(DecisionCache.class);
        ProcessEngine engine = mock(ProcessEngine.class);
        when(beslissingen.eersteRij(eq(engine), eq("bewaartermijn"), any()))
                .thenReturn(Optional.of(Map.of("jaren", jaren, "maanden", maanden, "dagen", dagen)));
        Bewaartermijn bewaartermijn = new Bewaartermijn(mock(NamedParameterJdbcTemplate.class),
                mock(HistoryService.class), engine, beslissingen);

        assertThat(bewaartermijn.verwijderenOp(einde, "GM0222", null, "leerplicht-verzuim")).isEqualTo(verwijderenOp);
    }
}
