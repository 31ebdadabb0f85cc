package nl.schoolverzuim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.schoolverzuim.testsupport.Dmn;

/**
 * Decision {@code bewaartermijn}: how long an ended werkproces is kept, from the day it ended. MAS §10: 5 years by
 * default, set per gemeente; MAS §3: geoorloofd absence only as long as needed (1 year by default); MAS §7: a vrijstelling
 * or verlof werkproces has its own row (5 years), whatever its afsluiting. An unknown gemeente, afsluiting or proces never
 * meets a criterion: it gets the default, never the shorter term.
 */
class BewaartermijnDmnTest {

    private static final Dmn BEWAARTERMIJN = Dmn.uit("bewaartermijn.dmn", "bewaartermijn");

    @ParameterizedTest(name = "MAS §3/§7/§10: gemeente {0}, afsluiting {1}, proces {2}: {3} jaar {4} maanden {5} dagen")
    @CsvSource(nullValues = "null", textBlock = """
            GM0222, null,       null,               5, 0, 0
            GM0197, null,       null,               5, 0, 0
            null,   null,       null,               5, 0, 0
            GM0222, GEOORLOOFD, null,               1, 0, 0
            null,   GEOORLOOFD, null,               1, 0, 0
            GM0222, geoorloofd, null,               5, 0, 0
            GM0222, '',         null,               5, 0, 0
            GM0222, OVERIG,     null,               5, 0, 0
            '',     GEOORLOOFD, null,               1, 0, 0
            GM0222, GEOORLOOFD, leerplicht-verzuim, 1, 0, 0
            GM0222, null,       vrijstelling,       5, 0, 0
            GM0222, null,       verlof,             5, 0, 0
            GM0222, GEOORLOOFD, vrijstelling,       5, 0, 0
            null,   GEOORLOOFD, verlof,             5, 0, 0
            GM0222, GEOORLOOFD, Verlof,             1, 0, 0
            GM0222, GEOORLOOFD, '',                 1, 0, 0
            """)
    void bewaartermijnNaarGemeenteAfsluitingEnProces(String gemeente, String afsluiting, String proces, int jaren,
                                                     int maanden, int dagen) {
        Map<String, Object> invoer = new HashMap<>();
        invoer.put("gemeente", gemeente);
        invoer.put("afsluiting", afsluiting);
        invoer.put("proces", proces);

        assertThat(BEWAARTERMIJN.evalueer(invoer).getFirstResult().getEntryMap())
                .containsEntry("jaren", jaren).containsEntry("maanden", maanden).containsEntry("dagen", dagen);
    }
}
