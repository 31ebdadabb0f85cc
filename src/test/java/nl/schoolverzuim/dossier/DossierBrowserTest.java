package nl.schoolverzuim.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Date;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Test;

import nl.schoolverzuim.melding.NieuweMelding;
import nl.schoolverzuim.testsupport.Browser;
import nl.schoolverzuim.testsupport.BrowserTest;

/**
 * The Dossier page in a real browser, on a desktop and a phone: its sections, the journal and the link to the open
 * step, with no serious or critical WCAG 2.1 AA violation (axe-core).
 */
class DossierBrowserTest extends BrowserTest {

    static final String LPA = "lpa-doetinchem";
    static final Path SCHERMAFDRUK = Paths.get("target", "dossier-telefoon.png");

    @Test
    void hetDossierIsLeesbaarEnToegankelijkOpDesktopEnTelefoon() {
        Werkproces w = melding(new NieuweMelding(null, "WETTELIJK", vandaag().toString(), nieuweJongere(14, "Doetinchem"),
                new NieuweMelding.SchoolGegevens("12AB", "Houtkamp College", "VO"), 20, 0, false, null, "testmelding"));
        voltooi(w.instantie(), "MeldingTrieren", "triageBesluit", "IN_BEHANDELING", "triageToelichting", "Triage gedaan");
        voltooi(w.instantie(), "Onderzoek", "onderzoeksuitkomst", "PLAN_VAN_AANPAK", "verzuimfeiten", "Spijbelt op maandag",
                "verwijtbaar", true, "toestemmingJongere", true, "toestemmingOuders", true, "medewerking", true,
                "eerderHaltVoorVerzuim", false, "ernstigePsychischeProblematiekZonderHulp", false);
        voltooi(w.instantie(), "RouteKiezen");
        String taak = task("HaltVerwijzen", w.instantie()).getId();
        taken.claim(taak, LPA);
        taken.complete(taak, Map.of("haltVerwijzingDatum", new Date(), "haltVerwijzingToelichting", "Verwezen naar Halt"));

        try (Browser browser = Browser.start(poort)) {
            for (int[] venster : new int[][] {{1280, 1000}, {390, 844}}) {
                try (BrowserContext context = browser.aangemeld(LPA, venster[0], venster[1])) {
                    Page page = context.newPage();
                    page.navigate(browser.adres("/dossiers/" + w.dossierId()));
                    PlaywrightAssertions.assertThat(page.locator("h2#kop-journaal")).isVisible();
                    PlaywrightAssertions.assertThat(page.locator(".journaal")).containsText("Verwezen naar Halt");
                    PlaywrightAssertions.assertThat(page.locator(".journaal")).containsText("Verwijzen naar Halt");
                    PlaywrightAssertions.assertThat(page.locator(".werkproces a[target=_blank]"))
                            .hasText("Terugmelding van Halt verwerken (opent in Tasklist in een nieuw tabblad)");
                    Browser.toegankelijk(page);
                    assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                            .as("no horizontal scrolling at %d px", venster[0]).isTrue();
                    if (venster[0] == 390) {
                        page.screenshot(new Page.ScreenshotOptions().setPath(SCHERMAFDRUK).setFullPage(true));
                    }
                }
            }
        }
        assertThat(SCHERMAFDRUK).isNotEmptyFile();
    }
}
