package nl.schoolverzuim.leerplicht;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Test;

import nl.schoolverzuim.melding.NieuweMelding;
import nl.schoolverzuim.testsupport.Browser;
import nl.schoolverzuim.testsupport.BrowserTest;

/**
 * A letter of the werkproces in the Dossier, in a real browser: the afsprakenbrief sent from its letter step is listed
 * under "Brieven en documenten" and opens as preview and as PDF; the page has no serious or critical WCAG 2.1 AA
 * violation (axe-core).
 */
class BriefInHetDossierBrowserTest extends BrowserTest {

    static final String LPA = "lpa-doetinchem";

    @Test
    void deVerzondenAfsprakenbriefOpentVanuitHetDossier() {
        // MAS §4.1: the afspraken of the preventief gesprek go to the ouders in a letter
        Werkproces w = melding(new NieuweMelding(null, "OVERIG", vandaag().toString(), nieuweJongere(13, "Doetinchem"),
                new NieuweMelding.SchoolGegevens("12AB", "Houtkamp College", "VO"), 8, 0, true, null, "testmelding",
                null, List.of(new NieuweMelding.OuderGegevens("M. Brief", new NieuweMelding.AdresGegevens("Dorpsstraat",
                        "12a", "7001 AB", "Doetinchem"), null, null, null))));
        voltooi(w.instantie(), "MeldingTrieren", "triageBesluit", "IN_BEHANDELING");
        voltooi(w.instantie(), "PreventiefGesprekVoeren", "gesprekDatum", new Date(), "redenVerzuim", "moe",
                "kanStoppen", "ja", "afspraken", "Elke dag om 8.30 uur op school");
        voltooi(w.instantie(), "AfsprakenbriefVerzenden", "briefVerzendkanaal", "POST", "briefExtraAlinea",
                "Bel gerust bij vragen.");

        try (Browser browser = Browser.start(poort); BrowserContext context = browser.aangemeld(LPA)) {
            Page page = context.newPage();
            page.navigate(browser.adres("/dossiers/" + w.dossierId()));
            Locator brief = page.locator("tr.document", new Page.LocatorOptions()
                    .setHasText("Brief aan ouders na preventief verzuimgesprek"));
            PlaywrightAssertions.assertThat(brief).containsText("Verzonden");
            PlaywrightAssertions.assertThat(brief).containsText("per post");
            Browser.toegankelijk(page);

            Page voorbeeld = context.waitForPage(() -> brief.locator("a[target=_blank]").click());
            voorbeeld.waitForLoadState();
            assertThat(voorbeeld.url()).endsWith(".html");
            PlaywrightAssertions.assertThat(voorbeeld.locator("body")).containsText("Elke dag om 8.30 uur op school");
            PlaywrightAssertions.assertThat(voorbeeld.locator("body")).containsText("Bel gerust bij vragen.");
            PlaywrightAssertions.assertThat(voorbeeld.locator("body")).containsText("Dorpsstraat 12a");

            // the PDF link, fetched with the page's session as the browser's download would
            String pdf = brief.locator("a[href$='.pdf']").getAttribute("href");
            APIResponse antwoord = context.request().get(browser.adres(pdf));
            assertThat(antwoord.status()).isEqualTo(200);
            assertThat(antwoord.headers().get("content-type")).startsWith("application/pdf");
            assertThat(new String(antwoord.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        }
    }
}
