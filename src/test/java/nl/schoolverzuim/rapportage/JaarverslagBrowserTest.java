package nl.schoolverzuim.rapportage;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import nl.schoolverzuim.domein.OngeldigeInvoerException;
import nl.schoolverzuim.domein.VeldFout;
import nl.schoolverzuim.testsupport.Browser;
import nl.schoolverzuim.testsupport.BrowserTest;

/**
 * /jaarverslag in Chromium (MAS §9): the teamleider opens the regio's report, a total on the page equals the one its
 * CSV download (the API) gives, the filters narrow it to one gemeente, a bad filter is a Dutch sentence, and axe-core
 * finds no WCAG 2.1 AA violation on a desktop or a phone. The report itself is a fixed rich value.
 */
class JaarverslagBrowserTest extends BrowserTest {

    @MockitoBean
    Jaarverslagen jaarverslagen;

    @Test
    void deTeamleiderBekijktFiltertEnDownloadtHetJaarverslag() throws Exception {
        Jaarverslag regio = JaarverslagVoorbeeld.van("Aalten", "Berkelland", "Doetinchem");
        when(jaarverslagen.maak(eq("2023-2024"), eq("achterhoek"), isNull())).thenReturn(regio);
        when(jaarverslagen.maak("2023-2024", "achterhoek", "Doetinchem"))
                .thenReturn(JaarverslagVoorbeeld.van("Doetinchem"));
        when(jaarverslagen.maak(eq("2019-2020"), any(), any())).thenThrow(new OngeldigeInvoerException(
                List.of(new VeldFout("schooljaar", "het systeem heeft geen gegevens van vóór 2020"))));

        try (Browser browser = Browser.start(poort);
             BrowserContext teamleider = browser.aangemeld("teamleider")) {
            Page page = teamleider.newPage();
            page.navigate(browser.adres("/jaarverslag?schooljaar=2023-2024&regio=achterhoek"));
            assertThat(page.locator("#verslag-kop")).hasText("Schooljaar 2023-2024, Regio achterhoek");
            assertThat(page.locator("#tabel-vsvStatusNieuw caption")).containsText("Eenheid: jongeren");
            assertThat(page.locator("#tabel-handhavingPerGemeente tbody th")).hasText(
                    new String[] {"Aalten", "Berkelland", "Doetinchem"});
            assertThat(page.locator("figure.jaarverslag-grafiek svg[role=img]")).hasCount(5);
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Paths.get("target", "jaarverslag-teamleider.png")));

            // The regio's total of table 1 on the page equals that of the API's CSV with the same parameters.
            String totaalOpDePagina = page.locator("#tabel-meldingenPerOnderwijssoort tfoot td").nth(9).textContent();
            APIResponse csv = page.request().get(browser.adres(page.locator("#download-csv").getAttribute("href")));
            assertThat(csv.status()).isEqualTo(200);
            JaarverslagVergelijking.Sectie meldingen = JaarverslagVergelijking.secties(
                    new String(csv.body(), StandardCharsets.UTF_8).substring(1)).get("meldingenPerOnderwijssoort");
            int totaal = regio.tabellen().meldingenPerOnderwijssoort().rijen().stream()
                    .mapToInt(Jaarverslag.MeldingenRij::totaal).sum();
            assertThat(meldingen.waarde("totaal", "totaal")).isEqualTo(String.valueOf(totaal));
            assertThat(totaalOpDePagina.replace(".", "")).isEqualTo(meldingen.waarde("totaal", "totaal"));
            APIResponse json = page.request().get(browser.adres("/api/jaarverslag?schooljaar=2023-2024&regio=achterhoek"));
            assertThat(json.status()).isEqualTo(200);
            int totaalVanDeApi = 0;
            for (JsonNode rij : new ObjectMapper()
                    .readTree(json.body()).at("/tabellen/meldingenPerOnderwijssoort/rijen")) {
                totaalVanDeApi += rij.get("totaal").asInt();
            }
            assertThat(totaalOpDePagina.replace(".", "")).isEqualTo(String.valueOf(totaalVanDeApi));
            APIResponse pdf = page.request().get(browser.adres(page.locator("#download-pdf").getAttribute("href")));
            assertThat(pdf.status()).isEqualTo(200);
            assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
            Browser.toegankelijk(page);

            page.locator("select[name=gemeente]").selectOption("Doetinchem");
            page.locator("form.filter button[type=submit]").click();
            page.waitForURL(Pattern.compile(".*gemeente=Doetinchem.*"));
            assertThat(page.locator("#verslag-kop")).hasText(
                    "Schooljaar 2023-2024, Gemeente Doetinchem (regio achterhoek)");
            assertThat(page.locator("#tabel-handhavingPerGemeente tbody th")).hasText(new String[] {"Doetinchem"});
            assertThat(page.locator("#download-pdf")).hasAttribute("href", Pattern.compile(".*gemeente=Doetinchem.*"));
            verify(jaarverslagen).maak("2023-2024", "achterhoek", "Doetinchem");
            Browser.toegankelijk(page);

            Response fout = page.navigate(browser.adres("/jaarverslag?schooljaar=2019-2020&regio=achterhoek"));
            assertThat(fout.status()).isEqualTo(400);
            assertThat(page.locator("#fout")).containsText("Filter schooljaar: het systeem heeft geen gegevens");
            assertThat(page.locator("form.filter")).isVisible();
            Browser.toegankelijk(page);
        }
    }

    @Test
    void hetJaarverslagPastOpEenTelefoon() {
        when(jaarverslagen.maak(any(), eq("achterhoek"), any()))
                .thenReturn(JaarverslagVoorbeeld.van("Aalten", "Berkelland", "Doetinchem"));
        try (Browser browser = Browser.start(poort);
             BrowserContext teamleider = browser.aangemeld("teamleider", 390, 844)) {
            Page page = teamleider.newPage();
            page.navigate(browser.adres("/jaarverslag"));
            assertThat(page.locator("#tabel-trend")).isAttached();
            Browser.toegankelijk(page);
        }
    }
}
