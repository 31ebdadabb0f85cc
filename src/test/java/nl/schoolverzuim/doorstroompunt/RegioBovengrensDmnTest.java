package nl.schoolverzuim.doorstroompunt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.schoolverzuim.domein.Bovengrens;
import nl.schoolverzuim.testsupport.Dmn;

/** Decision {@code regio-bovengrens}: the Doorstroompunt follows Jongeren until 23, or 27 where the regio chose so. */
class RegioBovengrensDmnTest {

    private static final Dmn BOVENGRENS = Dmn.uit("regio-bovengrens.dmn", Bovengrens.DECISION_KEY);

    @ParameterizedTest(name = "MAS §2, §8: regio {0} -> {1}")
    @CsvSource(nullValues = "ONBEKEND", textBlock = """
            achterhoek, 23
            twente,     27
            elders,     23
            ONBEKEND,   23
            """)
    void bovengrensPerRegio(String regio, int bovengrens) {
        Map<String, Object> invoer = new HashMap<>();
        invoer.put("regio", regio);

        assertThat(((Number) BOVENGRENS.evalueer(invoer).getSingleEntry()).intValue()).isEqualTo(bovengrens);
    }
}
