package nl.schoolverzuim.modellering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules of MAS §4 and §6 that live only in a Camunda Form, which {@code docs/mas-regels.md} found unpinned: what the
 * officer must record, and the outcomes the form offers.
 */
class MasRegelsFormulierenTest {

    @ParameterizedTest(name = "{2}: {0}.{1} is verplicht")
    @CsvSource({
            "onderzoek, verzuimfeiten, MAS §4 stap 2 verzuimfeiten en -omstandigheden",
            "preventief-gesprek, gesprekDatum, MAS §4.1 het gesprek",
            "preventief-gesprek, redenVerzuim, MAS §4.1 vraag 1: waarom",
            "preventief-gesprek, kanStoppen, MAS §4.1 vraag 2: kun je stoppen",
            "preventief-gesprek, hulpNodig, MAS §4.1 vraag 3: wat heb je nodig",
            "preventief-gesprek, afspraken, MAS §4.1 afspraken in de brief",
            "rvdk-verzoek, rvdkVerzoekDatum, MAS §4.3 verzoek aan de RvdK vastleggen",
            "rvdk-verzoek, rvdkGrond, MAS §4.3 verzoek aan de RvdK vastleggen",
            "halt-verwijzen, haltVerwijzingDatum, MAS §4.3 Halt-verwijzing vastleggen",
            "toeleiding-jeugdhulp, hulpInstantie, MAS §4.3 toeleiding naar wijkteam of jeugdhulp",
            "hulp-evalueren, hulpEvaluatie, MAS §4.3 vrijwillige hulp evalueren",
            "overleg-om, omOverlegVerslag, MAS §4.3 overleg met het OM na negatieve Halt",
            "follow-up, followUpVerslag, MAS §4 stap 4 follow-up",
    })
    void eenFeitDatMasVraagtIsVerplichtInHetFormulier(String formulier, String veld, String regel) throws IOException {
        assertThat(VerplichteVeldenTest.component(formulier, veld).path("validate").path("required").asBoolean())
                .as("%s.%s verplicht (%s)", formulier, veld, regel).isTrue();
    }

    /** {@code precies}: MAS names the whole list; otherwise MAS names examples the form must offer, next to our own. */
    @ParameterizedTest(name = "{2}: {0}.{1} biedt {3}")
    @CsvSource(delimiter = ';', value = {
            // haltUitkomst, rvdkUitkomst and tafelUitkomst (MAS §6) come from codelijsten.dmn:
            // domein.CodelijstenDmnTest#leerplichtlijsten
            "thuiszitter-aanmelden; aanmelden; MAS §6 aanmelding bij de thuiszitterstafel; JA,NEE; true",
    })
    void hetFormulierBiedtDeUitkomstenVanMas(String formulier, String veld, String regel, String uitkomsten,
                                            boolean precies) throws IOException {
        List<String> waarden = new ArrayList<>();
        for (JsonNode optie : VerplichteVeldenTest.component(formulier, veld).path("values")) {
            waarden.add(optie.path("value").asText());
        }
        if (precies) {
            assertThat(waarden).as(regel).containsExactly(uitkomsten.split(","));
        } else {
            assertThat(waarden).as(regel).contains(uitkomsten.split(","));
        }
    }

    @Test
    @DisplayName("MAS §6: de tafel legt vast wie meedoet: school, jeugd en gezin, schoolarts, samenwerkingsverband")
    void deThuiszitterstafelIsMultidisciplinair() throws IOException {
        for (String deelnemer : List.of("deelnemerSchool", "deelnemerJeugdEnGezin", "deelnemerSchoolarts",
                "deelnemerSamenwerkingsverband")) {
            assertThat(VerplichteVeldenTest.component("thuiszitterstafel", deelnemer).path("type").asText())
                    .as(deelnemer).isEqualTo("checkbox");
        }
    }
}
