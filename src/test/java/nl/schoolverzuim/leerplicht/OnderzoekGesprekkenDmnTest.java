package nl.schoolverzuim.leerplicht;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.schoolverzuim.testsupport.Dmn;

/** Decision {@code onderzoek-gesprekken}: whom the LPA talks to in the onderzoek, and whether the school is informed. */
class OnderzoekGesprekkenDmnTest {

    private static final Dmn GESPREKKEN = Dmn.uit("onderzoek-gesprekken.dmn", "onderzoek-gesprekken");

    @ParameterizedTest(name = "MAS §4 stap 2: leeftijd {0}, {1} -> jongere {2}, ouders {3}, school {4}")
    @CsvSource(nullValues = "ONBEKEND", textBlock = """
            # MAS §2: from 12 the Jongere is addressed as well as the ouders; under 12 only the ouders
            11,       WETTELIJK,          false, true, true
            12,       WETTELIJK,          true,  true, true
            5,        LUXE,               false, true, true
            17,       LANGDURIG_RELATIEF, true,  true, true
            # an unknown age is not "under 12" (MAS §4.3: a fact nobody answered is no fact): the Jongere is talked to
            ONBEKEND, WETTELIJK,          true,  true, true
            # MAS §3: absoluut verzuim is not enrolled anywhere, so there is no school to inform
            11,       ABSOLUUT,           false, true, false
            12,       ABSOLUUT,           true,  true, false
            ONBEKEND, ABSOLUUT,           true,  true, false
            # an unknown verzuimsoort informs the school
            12,       ONBEKEND,           true,  true, true
            11,       ONBEKEND,           false, true, true
            """)
    void wieGesprokenWordtEnOfDeSchoolWordtGeinformeerd(Integer leeftijd, String verzuimsoort, boolean jongere,
                                                        boolean ouders, boolean school) {
        Map<String, Object> invoer = new HashMap<>();
        invoer.put("leeftijd", leeftijd);
        invoer.put("verzuimsoort", verzuimsoort);

        Map<String, Object> uitkomst = GESPREKKEN.evalueer(invoer).getSingleResult().getEntryMap();

        assertThat(uitkomst).containsEntry("gesprekJongere", jongere).containsEntry("gesprekOuders", ouders)
                .containsEntry("schoolInformeren", school);
    }
}
