package nl.schoolverzuim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The closed lists of codelijsten.dmn are in no form and no Java type: each form field reads its options from a
 * variable that its user task fills from that decision, and the server checks the choice against the same decision
 * (ADR 0021).
 */
class KeuzelijstenTest {

    /**
     * MAS §4.5 (Resultaat, reasons of ABSOLUUT and LUXE), §8 (monitoring categories, verzuim 18+ outcomes), §3 (zorg
     * en preventie), §4.3 (outcomes of Halt, RvdK and vrijwillige hulp, Veilig Thuis), §10 (who consented), §8
     * (contact attempts and the vervolg of a monitoring check, the reason of afronden), §6 (outcome of the thuiszitterstafel): the field has
     * no list of its own but {@code valuesKey}, and the user task showing the form fills that variable from the
     * field's code list.
     */
    @ParameterizedTest(name = "{0}.{1} uit {4}")
    @CsvSource({
            "werkproces-afsluiten, resultaat, leerplicht-verzuim, WerkprocesAfsluiten, codelijst-resultaat",
            "werkproces-afsluiten, afsluitReden, leerplicht-verzuim, WerkprocesAfsluiten, codelijst-afsluitreden",
            "halt-terugmelding, haltUitkomst, leerplicht-verzuim, HaltTerugmeldingVerwerken, codelijst-haltuitkomst",
            "rvdk-uitkomst, rvdkUitkomst, leerplicht-verzuim, RvdkUitkomstVerwerken, codelijst-rvdkuitkomst",
            "hulp-evalueren, hulpResultaat, leerplicht-verzuim, HulpEvalueren, codelijst-hulpresultaat",
            "toeleiding-jeugdhulp, toestemmingHulpDoor, leerplicht-verzuim, ToeleidenJeugdhulp, codelijst-toestemming",
            "rvdk-verzoek, veiligThuis, leerplicht-verzuim, RvdkVerzoekIndienen, codelijst-veiligthuis",
            "dsp-begeleiden, monitoringResultaat, doorstroompunt-vsv, Begeleiden, codelijst-monitoringresultaat",
            "dsp-monitoring, monitoringResultaat, doorstroompunt-vsv, Monitoringcontrole, codelijst-monitoringresultaat",
            "dsp-zorg-preventie, zorgReden, doorstroompunt-zorg-preventie, ZorgEnPreventie, codelijst-zorgreden",
            "dsp-zorg-afronden, zorgUitkomst, doorstroompunt-zorg-preventie, ZorgAfronden, codelijst-zorguitkomst",
            "dsp-verzuim18-contact, contactUitkomst18, doorstroompunt-verzuim18, ContactJongereEnSchool, "
                    + "codelijst-contactuitkomst18",
            "dsp-contact-leggen, contactSoort, doorstroompunt-vsv, ContactLeggen, codelijst-contactsoort",
            "dsp-contact-leggen, contactUitkomst, doorstroompunt-vsv, ContactLeggen, codelijst-contactuitkomst",
            "dsp-monitoring, monitoringVervolg, doorstroompunt-vsv, Monitoringcontrole, codelijst-monitoringvervolg",
            "plan-evalueren, tafelUitkomst, thuiszitterstafel, PlanEvalueren, codelijst-tafeluitkomst",
            "dsp-begeleiden, afrondReden, doorstroompunt-vsv, Begeleiden, codelijst-afrondreden",
            "dsp-monitoring, afrondReden, doorstroompunt-vsv, Monitoringcontrole, codelijst-afrondreden",
    })
    void eenCodelijstKomtUitCodelijstenDmn(String formulier, String veld, String proces, String taak, String codelijst)
            throws IOException {
        JsonNode component = component(formulier, veld);
        assertThat(component.has("values")).as("no list of its own").isFalse();
        String variabele = veld + "Opties";
        assertThat(component.path("valuesKey").asText()).isEqualTo(variabele);

        BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("processes", proces + ".bpmn").toFile());
        UserTask userTask = model.getModelElementById(taak);
        assertThat(userTask.getCamundaFormRef()).isEqualTo(formulier);
        List<String> invoer = userTask.getExtensionElements().getElementsQuery().list().stream()
                .flatMap(e -> e.getChildElementsByType(CamundaInputParameter.class).stream())
                .filter(p -> p.getCamundaName().equals(variabele)).map(CamundaInputParameter::getTextContent).toList();
        assertThat(invoer).containsExactly("${codelijsten.opties(execution, '" + codelijst + "')}");
    }

    private static JsonNode component(String formulier, String veld) throws IOException {
        try (InputStream json = Files.newInputStream(Path.of("forms", formulier + ".form"))) {
            List<JsonNode> gevonden = new ArrayList<>();
            zoek(new ObjectMapper().readTree(json), veld, gevonden);
            assertThat(gevonden).as(formulier + " " + veld).hasSize(1);
            return gevonden.get(0);
        }
    }

    private static void zoek(JsonNode knoop, String veld, List<JsonNode> gevonden) {
        for (JsonNode onderdeel : knoop.path("components")) {
            if (veld.equals(onderdeel.path("key").asText())) {
                gevonden.add(onderdeel);
            }
            zoek(onderdeel, veld, gevonden);
        }
    }
}
