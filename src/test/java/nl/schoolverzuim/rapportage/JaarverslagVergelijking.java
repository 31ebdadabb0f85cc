package nl.schoolverzuim.rapportage;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * MAS §9: the CSV and the PDF of a jaarverslag hold exactly the numbers of its JSON. Every number of the JSON is looked
 * up in the CSV under its table, row and column code, and each row's numbers are found in the PDF text in the order
 * of its columns. Used on a fixed example and on the synthetic school year.
 */
public final class JaarverslagVergelijking {

    private static final NumberFormat NL = NumberFormat.getIntegerInstance(Locale.forLanguageTag("nl-NL"));

    private JaarverslagVergelijking() {
    }

    /** Checks every number of {@code verslagJson} in the CSV blocks and the PDF text; returns how many it checked. */
    public static int elkGetal(JsonNode verslagJson, Map<String, Sectie> secties, String pdfTekst) {
        int getallen = 0;
        for (Map.Entry<String, JsonNode> tabel : verslagJson.get("tabellen").properties()) {
            Sectie sectie = secties.get(tabel.getKey());
            assertThat(sectie).as("CSV-blok van %s", tabel.getKey()).isNotNull();
            assertThat(sectie.eenheid).as("eenheid van %s", tabel.getKey())
                    .isEqualTo(tabel.getValue().get("eenheid").asText());
            if (tabel.getValue().has("rijen")) {
                for (JsonNode rij : tabel.getValue().get("rijen")) {
                    getallen += controleerRij(sectie, rij, pdfTekst);
                }
            } else {
                // verzuim18Plus: one figure per field, a row each.
                for (Map.Entry<String, JsonNode> veld : tabel.getValue().properties()) {
                    if (veld.getValue().isNumber()) {
                        assertThat(sectie.waarde(veld.getKey(), "aantal")).as("%s.%s", tabel.getKey(), veld.getKey())
                                .isEqualTo(veld.getValue().asText());
                        assertThat(pdfTekst).as("PDF %s.%s", tabel.getKey(), veld.getKey())
                                .contains(sectie.label(veld.getKey()) + " " + NL.format(veld.getValue().asInt()));
                        getallen++;
                    }
                }
            }
        }
        for (JsonNode jaar : verslagJson.get("trend")) {
            getallen += controleerRij(secties.get("trend"), jaar, pdfTekst);
        }
        return getallen;
    }

    /**
     * The row of the JSON whose first field is its key: each number in the CSV under its code, and the row's numbers in
     * the PDF in the order of its columns.
     */
    private static int controleerRij(Sectie sectie, JsonNode rij, String pdfTekst) {
        String sleutel = rij.properties().iterator().next().getValue().asText();
        Map<String, String> getallen = new HashMap<>();
        rij.properties().forEach(veld -> {
            if (veld.getValue().isNumber()) {
                getallen.put(veld.getKey(), veld.getValue().asText());
            } else if (veld.getValue().isObject()) {
                veld.getValue().properties().forEach(sub -> getallen.put(veld.getKey() + "." + sub.getKey(),
                        sub.getValue().asText()));
            }
        });
        getallen.forEach((code, waarde) -> assertThat(sectie.waarde(sleutel, code))
                .as("CSV %s, rij %s, kolom %s", sectie.code, sleutel, code).isEqualTo(waarde));
        String reeks = sectie.codes.subList(2, sectie.codes.size()).stream()
                .map(code -> NL.format(Integer.parseInt(getallen.get(code)))).collect(Collectors.joining(" "));
        assertThat(pdfTekst).as("PDF %s, rij %s", sectie.code, sleutel).contains(reeks);
        return getallen.size();
    }

    public static String tekst(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replaceAll("\\s+", " ");
        }
    }

    /** One table's block of the CSV: its code, unit, the codes of its columns and its rows by key. */
    public record Sectie(String code, String eenheid, List<String> codes, Map<String, List<String>> rijen) {

        public String waarde(String sleutel, String kolom) {
            List<String> rij = rijen.get(sleutel);
            int index = codes.indexOf(kolom);
            return rij == null || index < 0 ? null : rij.get(index);
        }

        String label(String sleutel) {
            return rijen.get(sleutel).get(1);
        }
    }

    public static Map<String, Sectie> secties(String csv) {
        Map<String, Sectie> secties = new HashMap<>();
        String[] blokken = csv.split("\r\n\r\n");
        for (int b = 1; b < blokken.length; b++) {
            List<List<String>> regels = blokken[b].lines().map(JaarverslagVergelijking::velden).toList();
            assertThat(regels.get(0).get(0)).isEqualTo("Tabel");
            assertThat(regels.get(1).get(0)).isEqualTo("Eenheid");
            Map<String, List<String>> rijen = new HashMap<>();
            regels.subList(4, regels.size()).forEach(r -> rijen.put(r.get(0), r));
            secties.put(regels.get(0).get(2), new Sectie(regels.get(0).get(2), regels.get(1).get(1), regels.get(3),
                    rijen));
        }
        return secties;
    }

    /** The fields of one CSV line (; separated, "" quoting). */
    static List<String> velden(String regel) {
        List<String> velden = new ArrayList<>();
        StringBuilder veld = new StringBuilder();
        boolean tussenAanhalingstekens = false;
        for (int i = 0; i < regel.length(); i++) {
            char c = regel.charAt(i);
            if (tussenAanhalingstekens) {
                if (c == '"' && i + 1 < regel.length() && regel.charAt(i + 1) == '"') {
                    veld.append('"');
                    i++;
                } else if (c == '"') {
                    tussenAanhalingstekens = false;
                } else {
                    veld.append(c);
                }
            } else if (c == '"') {
                tussenAanhalingstekens = true;
            } else if (c == ';') {
                velden.add(veld.toString());
                veld.setLength(0);
            } else {
                veld.append(c);
            }
        }
        velden.add(veld.toString());
        return velden;
    }
}
