package nl.schoolverzuim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.schoolverzuim.testsupport.Dmn;

/**
 * Decision {@code bewaartermijn}: how long an ended werkproces is kept, from the day it ended. MAS §10: 5 years by
 * default, set per gemeente; MAS §3: geoorloofd absence only as long as needed (1 year by default). An unknown gemeente
 * or afsluiting never meets a criterion: it gets the default, never the shorter term.
 */
class BewaartermijnDmnTest {

    private static final Dmn BEWAARTERMIJN = Dmn.uit("bewaartermijn.dmn", "bewaartermijn");

    @ParameterizedTest(name = "MAS §3/§10: gemeente {0}, afsluiting {1}: {2} jaar {3} maanden {4} dagen")
    @CsvSource(nullValues = "null", textBlock = """
            GM0222, null,        5, 0, 0
            GM0197, null,        5, 0, 0
            null,   null,        5, 0, 0
            GM0222, GEOORLOOFD,  1, 0, 0
            null,   GEOORLOOFD,  1, 0, 0
            GM0222, geoorloofd,  5, 0, 0
            GM0222, '',          5, 0, 0
            GM0222, OVERIG,      5, 0, 0
            '',     GEOORLOOFD,  1, 0, 0
            """)
    void bewaartermijnNaarGemeenteEnAfsluiting(String gemeente, String afsluiting, int jaren, int maanden, int dagen) {
        Map<String, Object> invoer = new HashMap<>();
        invoer.put("gemeente", gemeente);
        invoer.put("afsluiting", afsluiting);

        assertThat(BEWAARTERMIJN.evalueer(invoer).getFirstResult().getEntryMap())
                .containsEntry("jaren", jaren).containsEntry("maanden", maanden).containsEntry("dagen", dagen);
    }
}
