package nl.schoolverzuim.rapportage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.schoolverzuim.domein.GeenToegangException;
import nl.schoolverzuim.domein.OngeldigeInvoerException;
import nl.schoolverzuim.domein.Schooljaar;
import nl.schoolverzuim.domein.Termijnen;
import nl.schoolverzuim.domein.VeldFout;
import nl.schoolverzuim.testsupport.WerkprocesTest;

/**
 * The jaarverslag as CSV and PDF holds exactly the numbers of its JSON (MAS §9): every number of the JSON is in the
 * CSV in its table, row and column, and in the PDF's text in its row. Driven by a fixed rich report; the service
 * itself is pinned by its own tests. Also the refusals of the downloads (400 naming the parameter, 403), the
 * escaping of gemeente names, and the page's default scope and refusal for an officer.
 */
@AutoConfigureMockMvc
class JaarverslagExportTest extends WerkprocesTest {

    static final String RARE_NAAM = "<b>Oost & \"West\"</b>; Gëlderland";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @MockitoBean
    Jaarverslagen jaarverslagen;

    static RequestPostProcessor teamleider() {
        return user("teamleider-test").authorities(() -> "teamleider");
    }

    @Test
    void csvEnPdfBevattenElkGetalVanDeJsonOpZijnPlaats() throws Exception {
        Jaarverslag verslag = JaarverslagVoorbeeld.van("Aalten", "Berkelland", "Doetinchem");
        when(jaarverslagen.maak("2023-2024", "achterhoek", null)).thenReturn(verslag);
        MvcResult api = mvc.perform(get("/api/jaarverslag?schooljaar=2023-2024&regio=achterhoek")
                .with(teamleider())).andReturn();
        assertThat(api.getResponse().getStatus()).isEqualTo(200);
        JsonNode verslagJson = json.readTree(api.getResponse().getContentAsString(StandardCharsets.UTF_8));

        MvcResult csv = mvc.perform(get("/api/jaarverslag.csv?schooljaar=2023-2024&regio=achterhoek")
                .with(teamleider())).andReturn();
        assertThat(csv.getResponse().getStatus()).isEqualTo(200);
        assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
        byte[] csvBytes = csv.getResponse().getContentAsByteArray();
        assertThat(new String(csvBytes, 0, 3, StandardCharsets.ISO_8859_1)).as("UTF-8 BOM voor Excel")
                .isEqualTo("\u00EF\u00BB\u00BF");
        Map<String, JaarverslagVergelijking.Sectie> secties =
                JaarverslagVergelijking.secties(new String(csvBytes, StandardCharsets.UTF_8).substring(1));

        MvcResult pdf = mvc.perform(get("/api/jaarverslag.pdf?schooljaar=2023-2024&regio=achterhoek")
                .with(teamleider())).andReturn();
        assertThat(pdf.getResponse().getStatus()).isEqualTo(200);
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        // Kept for a look at the layout.
        Files.write(Paths.get("target", "jaarverslag-voorbeeld.pdf"), pdf.getResponse().getContentAsByteArray());
        String pdfTekst = JaarverslagVergelijking.tekst(pdf.getResponse().getContentAsByteArray());
        assertThat(pdfTekst).contains("Schooljaar 2023-2024", "Regio achterhoek", "Eenheid: meldingen",
                "Eenheid: jongeren", "Eenheid: interventies", "Eenheid: vrijstellingen");

        int getallen = JaarverslagVergelijking.elkGetal(verslagJson, secties, pdfTekst);
        assertThat(getallen).as("alle getallen van het voorbeeld gecontroleerd").isEqualTo(208);
    }

    @Test
    void eenOntbrekendOfOngeldigeParameterIs400DieHemNoemt() throws Exception {
        when(jaarverslagen.maak(isNull(), eq("achterhoek"), isNull())).thenThrow(new OngeldigeInvoerException(
                List.of(new VeldFout("schooljaar", "is verplicht"))));
        when(jaarverslagen.maak(eq("2023-2024"), isNull(), isNull())).thenThrow(new OngeldigeInvoerException(
                List.of(new VeldFout("regio", "is verplicht"))));
        when(jaarverslagen.maak(eq("2023/2024"), any(), any())).thenThrow(new OngeldigeInvoerException(
                List.of(new VeldFout("schooljaar", "heeft niet de vorm JJJJ-JJJJ"))));
        when(jaarverslagen.maak(eq("2023-2024"), eq("nergens"), isNull())).thenThrow(new OngeldigeInvoerException(
                List.of(new VeldFout("regio", "is onbekend"))));
        for (String soort : List.of("csv", "pdf")) {
            for (Map.Entry<String, String> geval : Map.of(
                    "regio=achterhoek", "schooljaar",
                    "schooljaar=2023-2024", "regio",
                    "schooljaar=2023/2024&regio=achterhoek", "schooljaar",
                    "schooljaar=2023-2024&regio=nergens", "regio").entrySet()) {
                MvcResult antwoord = mvc.perform(get("/api/jaarverslag." + soort + "?" + geval.getKey())
                        .with(teamleider())).andReturn();
                assertThat(antwoord.getResponse().getStatus()).as("%s %s", soort, geval.getKey()).isEqualTo(400);
                assertThat(antwoord.getResponse().getContentType()).isEqualTo("application/problem+json");
                JsonNode probleem = json.readTree(antwoord.getResponse().getContentAsString(StandardCharsets.UTF_8));
                assertThat(probleem.get("errors").findValuesAsText("field")).as("%s %s", soort, geval.getKey())
                        .containsExactly(geval.getValue());
            }
        }
    }

    @Test
    void eenLezerBuitenZijnGebiedKrijgt403() throws Exception {
        when(jaarverslagen.maak("2023-2024", "achterhoek", "Aalten"))
                .thenThrow(new GeenToegangException("alleen de eigen gemeente"));
        for (String soort : List.of("csv", "pdf")) {
            MvcResult antwoord = mvc.perform(get("/api/jaarverslag." + soort
                            + "?schooljaar=2023-2024&regio=achterhoek&gemeente=Aalten")
                    .with(user("lpa-doetinchem").authorities(() -> "leerplicht-doetinchem"))).andReturn();
            assertThat(antwoord.getResponse().getStatus()).as(soort).isEqualTo(403);
            assertThat(antwoord.getResponse().getContentType()).isEqualTo("application/problem+json");
        }
    }

    @Test
    void eenGemeentenaamMetTekensVanMarkupBlijftTekst() throws Exception {
        when(jaarverslagen.maak("2023-2024", "achterhoek", null))
                .thenReturn(JaarverslagVoorbeeld.van(RARE_NAAM, "Aalten"));

        String csv = mvc.perform(get("/api/jaarverslag.csv?schooljaar=2023-2024&regio=achterhoek")
                .with(teamleider())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("\"<b>Oost & \"\"West\"\"</b>; Gëlderland\"");
        assertThat(JaarverslagVergelijking.secties(csv.substring(1)).get("vsvStatusNieuw").waarde(RARE_NAAM, "totaal")).isNotNull();

        MvcResult pdf = mvc.perform(get("/api/jaarverslag.pdf?schooljaar=2023-2024&regio=achterhoek")
                .with(teamleider())).andReturn();
        assertThat(pdf.getResponse().getStatus()).isEqualTo(200);
        assertThat(JaarverslagVergelijking.tekst(pdf.getResponse().getContentAsByteArray())).contains(RARE_NAAM);

        String pagina = mvc.perform(get("/jaarverslag?schooljaar=2023-2024&regio=achterhoek").with(teamleider()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(pagina).doesNotContain("<b>Oost").contains("&lt;b&gt;Oost &amp; &quot;West&quot;&lt;/b&gt;; Gëlderland");
    }

    @Test
    void deLeerplichtambtenaarZietStandaardHetJaarverslagVanDeEigenGemeenteEnEenWeigeringInZinnen() throws Exception {
        String ditJaar = Schooljaar.van(LocalDate.now(Termijnen.ZONE)).toString();
        when(jaarverslagen.maak(ditJaar, "achterhoek", "Doetinchem")).thenReturn(JaarverslagVoorbeeld.van("Doetinchem"));
        when(jaarverslagen.maak(ditJaar, "achterhoek", "Aalten"))
                .thenThrow(new GeenToegangException("alleen de eigen gemeente"));
        RequestPostProcessor lpa = user("lpa-doetinchem").authorities(() -> "leerplicht-doetinchem");

        MvcResult eigen = mvc.perform(get("/jaarverslag").with(lpa)).andReturn();
        assertThat(eigen.getResponse().getStatus()).isEqualTo(200);
        verify(jaarverslagen).maak(ditJaar, "achterhoek", "Doetinchem");
        assertThat(eigen.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Gemeente Doetinchem (regio achterhoek)",
                        "&amp;regio=achterhoek&amp;gemeente=Doetinchem\" download>Download als CSV");

        MvcResult ander = mvc.perform(get("/jaarverslag?regio=achterhoek&gemeente=Aalten").with(lpa)).andReturn();
        assertThat(ander.getResponse().getStatus()).isEqualTo(403);
        assertThat(ander.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("U mag het jaarverslag van dit gebied niet inzien").doesNotContain("Exception");
    }
}
