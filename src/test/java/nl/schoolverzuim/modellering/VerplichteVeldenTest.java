package nl.schoolverzuim.modellering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every form field a rule of the werkproces requires is marked required in the form, so Camunda Forms stops the
 * officer before submitting instead of the server refusing afterwards. A field shown only under a condition is
 * required only while shown (Camunda Forms neither checks nor submits a hidden field): exactly the rule's own
 * condition. What a form cannot express (a motivation only when deviating from the advice, at least one of several
 * routes) the server refuses with a Dutch sentence naming the field.
 */
class VerplichteVeldenTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            // gateways and listeners of leerplicht-verzuim (MAS §4)
            "melding-trieren, triageBesluit, ",
            "melding-trieren, andereGemeente, =triageBesluit != \"ANDERE_GEMEENTE\"",
            "melding-trieren, herclassificatieReden, '=triageBesluit != \"IN_BEHANDELING\" or nieuweVerzuimsoort = null or nieuweVerzuimsoort = \"\" or nieuweVerzuimsoort = verzuimsoort'",
            "onderzoek, onderzoeksuitkomst, ",
            // MAS §4 stap 2: a talk or the school the decision onderzoek-gesprekken requires, not done: the reason
            "onderzoek, gesprekJongereGeenReden, =gesprekJongereVereist = false or gesprekJongereGevoerd = true",
            "onderzoek, gesprekOudersGeenReden, =gesprekOudersVereist = false or gesprekOudersGevoerd = true",
            "onderzoek, schoolNietGeinformeerdReden, =schoolInformerenVereist = false or schoolGeinformeerd = true",
            "halt-terugmelding, haltUitkomst, ",
            "hulp-evalueren, hulpResultaat, ",
            "rvdk-uitkomst, rvdkUitkomst, ",
            // MAS §4.3: Veilig Thuis per the meldcode before the request to the RvdK
            "rvdk-verzoek, veiligThuis, ",
            "rvdk-verzoek, veiligThuisDatum, ",
            "rvdk-verzoek, veiligThuisAfweging, ",
            // consent before toeleiding to vrijwillige hulp (MAS §10)
            "toeleiding-jeugdhulp, toestemmingHulp, ",
            "toeleiding-jeugdhulp, toestemmingHulpDoor, ",
            "toeleiding-jeugdhulp, toestemmingHulpDatum, ",
            "werkproces-afsluiten, resultaat, ",
            // shown when codelijst-afsluitreden has reasons for the verzuimsoort (MAS §4.5: ABSOLUUT, LUXE)
            "werkproces-afsluiten, afsluitReden, =afsluitRedenOpties = null",
            // Doorstroompunt (MAS §8): contact, vervolg, status, reden van afronden (vsv-afronding)
            "dsp-contact-leggen, contactSoort, ",
            "dsp-contact-leggen, contactUitkomst, ",
            "dsp-begeleiden, begeleidingUitkomst, ",
            "dsp-begeleiden, monitoringResultaat, =begeleidingUitkomst != \"MONITORING\"",
            "dsp-begeleiden, afrondReden, =begeleidingUitkomst != \"AFRONDEN\"",
            "dsp-monitoring, monitoringResultaat, ",
            "dsp-monitoring, monitoringVervolg, ",
            "dsp-monitoring, afrondReden, =monitoringVervolg != \"AFRONDEN\"",
            // thuiszitterstafel (MAS §6)
            "thuiszitterstafel, tafelAdvies, ",
            "thuiszitterstafel, regiehouder, ",
            "thuiszitterstafel, plan, ",
            "thuiszitterstafel, streefdatum, ",
            "plan-evalueren, tafelUitkomst, ",
            // vrijstellingen (MAS §7): the listeners of the vrijstelling werkproces and the besluit on verlof
            "vrijstelling-advies, sociaalMedischAdvies, ",
            "vrijstelling-advies, onderwijskundigPerspectief, ",
            "vrijstelling-advies, herbeoordelingsdatum, ",
            "vrijstelling-besluiten, besluit, ",
            "vrijstelling-besluiten, motivering, ",
            "vrijstelling-herbeoordelen, herbeoordelingUitkomst, ",
            "vrijstelling-herbeoordelen, volgendeHerbeoordelingsdatum, =herbeoordelingIntrekken = true",
            "vrijstelling-verlengen, nieuweEinddatum, =verlengen != true",
            "vrijstelling-beschikking, briefVerzendkanaal, ",
            "verlof-beslissen, besluit, ",
            "verlof-beslissen, motivering, ",
            "verlof-beschikking, briefVerzendkanaal, ",
            // letters: the channel where the step records the sending (property briefVerzenden), else when ticked
            "waarschuwing-verzenden, briefVerzendkanaal, ",
            "uitnodiging-verzenden, briefVerzendkanaal, =briefVerzendenVerplicht = false and briefNuVerzonden != true",
            "afsprakenbrief-verzenden, briefVerzendkanaal, =briefVerzendenVerplicht = false and briefNuVerzonden != true",
            "informatieve-brief-verzenden, briefVerzendkanaal, =briefVerzendenVerplicht = false and briefNuVerzonden != true",
            // the gateway of informatie-advies and the letter's text (MAS §3, [003])
            "vraag-beantwoorden, informatieveBrief, ",
            "vraag-beantwoorden, informatie, =informatieveBrief != \"JA\"",
    })
    void eenVeldDatEenRegelEistIsVerplichtInHetFormulier(String formulier, String veld, String verborgenTenzij)
            throws IOException {
        JsonNode component = component(formulier, veld);
        assertThat(component.path("validate").path("required").asBoolean()).as("%s.%s required", formulier, veld)
                .isTrue();
        if (verborgenTenzij == null) {
            assertThat(component.has("conditional")).as("always shown").isFalse();
        } else {
            assertThat(component.path("conditional").path("hide").asText()).isEqualTo(verborgenTenzij);
        }
    }

    static JsonNode component(String formulier, String veld) throws IOException {
        JsonNode vorm = new ObjectMapper().readTree(Files.readString(Path.of("forms", formulier + ".form")));
        List<JsonNode> gevonden = new ArrayList<>();
        zoek(vorm, veld, gevonden);
        assertThat(gevonden).as("field %s in %s", veld, formulier).hasSize(1);
        return gevonden.get(0);
    }

    private static void zoek(JsonNode knoop, String veld, List<JsonNode> gevonden) {
        for (JsonNode component : knoop.path("components")) {
            if (veld.equals(component.path("key").asText())) {
                gevonden.add(component);
            }
            zoek(component, veld, gevonden);
        }
    }
}
