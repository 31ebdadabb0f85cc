package nl.schoolverzuim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import nl.schoolverzuim.doorstroompunt.Contactpoging;
import nl.schoolverzuim.doorstroompunt.MonitoringControle;
import nl.schoolverzuim.doorstroompunt.MonitoringResultaat;
import nl.schoolverzuim.dossier.WerkprocesResultaat;
import nl.schoolverzuim.leerplicht.Resultaat;

/**
 * The closed lists of the Java types hold exactly the codes the forms offer, in their order, so no stored value and
 * no form choice falls outside them.
 */
class KeuzelijstenTest {

    @Test
    void contactpogingen() throws IOException {
        assertThat(namen(Contactpoging.Soort.values())).isEqualTo(waarden("dsp-contact-leggen", "contactSoort"));
        assertThat(namen(Contactpoging.Uitkomst.values())).isEqualTo(waarden("dsp-contact-leggen", "contactUitkomst"));
    }

    @Test
    void monitoring() throws IOException {
        assertThat(namen(MonitoringResultaat.values())).isEqualTo(waarden("dsp-monitoring", "monitoringResultaat"))
                .isEqualTo(waarden("dsp-begeleiden", "monitoringResultaat"));
        assertThat(namen(MonitoringControle.Vervolg.values())).isEqualTo(waarden("dsp-monitoring", "monitoringVervolg"));
    }

    /** MAS §4.5: the leerplicht resultaten of [000] Bijlage 1, each stored as the werkproces's resultaat by its code. */
    @Test
    void resultatenVanEenWerkproces() throws IOException {
        assertThat(namen(Resultaat.values())).isEqualTo(waarden("werkproces-afsluiten", "resultaat"));
        for (Resultaat resultaat : Resultaat.values()) {
            assertThat(resultaat.werkprocesResultaat().name()).isEqualTo(resultaat.name());
        }
        Set<String> gekozen = new LinkedHashSet<>(waarden("dsp-zorg-afronden", "zorgUitkomst"));
        gekozen.addAll(waarden("dsp-verzuim18-contact", "contactUitkomst18"));
        assertThat(namen(WerkprocesResultaat.values())).containsAll(gekozen);
    }

    private static List<String> namen(Enum<?>[] waarden) {
        return Arrays.stream(waarden).map(Enum::name).toList();
    }

    private static List<String> waarden(String formulier, String veld) throws IOException {
        try (InputStream json = KeuzelijstenTest.class.getResourceAsStream("/forms/" + formulier + ".form")) {
            assertThat(json).as(formulier).isNotNull();
            List<String> waarden = new ArrayList<>();
            zoek(new ObjectMapper().readTree(json), veld, waarden);
            assertThat(waarden).as(formulier + " " + veld).isNotEmpty();
            return waarden;
        }
    }

    private static void zoek(JsonNode knoop, String veld, List<String> waarden) {
        for (JsonNode onderdeel : knoop.path("components")) {
            if (veld.equals(onderdeel.path("key").asText())) {
                onderdeel.path("values").forEach(waarde -> waarden.add(waarde.path("value").asText()));
            }
            zoek(onderdeel, veld, waarden);
        }
    }
}
