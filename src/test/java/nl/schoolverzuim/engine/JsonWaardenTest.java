package nl.schoolverzuim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.junit.jupiter.api.Test;

import nl.schoolverzuim.melding.NieuweMelding;
import nl.schoolverzuim.testsupport.WerkprocesTest;

/**
 * JSON process variables (ADR 0021): written only when asked for in {@code application/json}, read back as plain
 * lists and maps whatever class name the stored value claims.
 */
class JsonWaardenTest extends WerkprocesTest {

    @Test
    void eenJsonLijstBlijftTekstEnWordtGewoneLijstEnMap() {
        String instantie = werkproces();
        runtime.setVariable(instantie, "opties", JsonWaarden.lijst(List.of(Map.of("label", "Overig", "value", "OVERIG"))));

        ObjectValue opgeslagen = runtime.getVariableTyped(instantie, "opties", false);
        assertThat(opgeslagen.getSerializationDataFormat()).isEqualTo("application/json");
        assertThat(opgeslagen.getValueSerialized()).startsWith("[{").endsWith("}]").contains("\"label\":\"Overig\"",
                "\"value\":\"OVERIG\"");
        assertThat(runtime.getVariable(instantie, "opties")).isEqualTo(List.of(Map.of("label", "Overig", "value", "OVERIG")));
    }

    @Test
    void eenOpgeslagenTypenaamMaaktGeenObjectVanDieKlasse() {
        String instantie = werkproces();
        runtime.setVariable(instantie, "aanval", Variables.serializedObjectValue("{\"command\":[\"touch\",\"/tmp/x\"]}")
                .serializationDataFormat("application/json").objectTypeName("java.lang.ProcessBuilder").create());

        assertThat(runtime.getVariable(instantie, "aanval")).isInstanceOf(Map.class)
                .isEqualTo(Map.of("command", List.of("touch", "/tmp/x")));
    }

    @Test
    void eenLijstZonderFormaatHoudtZijnGewoneType() {
        String instantie = werkproces();
        runtime.setVariable(instantie, "gewoon", Variables.objectValue(new java.util.ArrayList<>(List.of("a"))).create());

        assertThat(runtime.getVariableTyped(instantie, "gewoon", false).getType().getName()).isEqualTo("object");
        assertThat(((ObjectValue) runtime.getVariableTyped(instantie, "gewoon", false)).getSerializationDataFormat())
                .isNotEqualTo("application/json");
    }

    private String werkproces() {
        return melding(new NieuweMelding(null, "WETTELIJK", vandaag().toString(), nieuweJongere(10, "Doetinchem"),
                new NieuweMelding.SchoolGegevens("12AB", "Houtkamp College", "VO"), 16, 0, false, null, null))
                .instantie().getId();
    }
}
