package nl.schoolverzuim.werkvoorraad;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Test;

import nl.schoolverzuim.melding.NieuweMelding;
import nl.schoolverzuim.testsupport.Browser;
import nl.schoolverzuim.testsupport.Meldingen;
import nl.schoolverzuim.testsupport.BrowserTest;

/**
 * The werkvoorraad page and the Dossier list in a real browser: an officer finds a Jongere by name, claims the task
 * with the bulk claim, and opens the Dossier; both pages pass axe-core (WCAG 2.1 AA) on a desktop and at 390 px.
 */
class WerkvoorraadBrowserTest extends BrowserTest {

    @Test
    void deLpaVindtEenJongereOpNaamClaimtDeTaakEnOpentHetDossier() {
        String achternaam = "Zoekbaar-" + Long.toString(System.nanoTime(), 36);
        Werkproces gezocht = melding(new NieuweMelding(null, "WETTELIJK", vandaag().minusWeeks(3).toString(),
                new NieuweMelding.JongereGegevens(Meldingen.uniekBsn(), "Fenna", achternaam,
                        vandaag().minusYears(13).toString(), "Doetinchem"),
                new NieuweMelding.SchoolGegevens("12AB", "Houtkamp College", "VO"), 20, 0, false, null, null));
        melding(new NieuweMelding(null, "OVERIG", vandaag().toString(), nieuweJongere(15, "Doetinchem"),
                new NieuweMelding.SchoolGegevens("12AB", "Houtkamp College", "VO"), 20, 0, false, null, null));
        String taakId = taken.createTaskQuery().processInstanceId(gezocht.instantie().getId()).singleResult().getId();

        try (Browser browser = Browser.start(poort)) {
            for (int breedte : List.of(1280, 390)) {
                try (BrowserContext lpa = browser.aangemeld("lpa-doetinchem", breedte, 900)) {
                    Page page = lpa.newPage();
                    page.navigate(browser.adres("/werkvoorraad?tab=team"));
                    Browser.toegankelijk(page);
                    page.navigate(browser.adres("/dossiers"));
                    Browser.toegankelijk(page);
                }
            }

            try (BrowserContext lpa = browser.aangemeld("lpa-doetinchem")) {
                Page page = lpa.newPage();
                page.navigate(browser.adres("/werkvoorraad?tab=ongeclaimd"));
                page.getByLabel("Zoek een jongere op naam, BSN of meldingnummer").fill(achternaam.toLowerCase());
                page.locator("form.zoeken button[type=submit]").click();
                page.waitForURL("**zoek=**");
                Locator rij = page.locator("#taken tbody tr[data-taak]");
                PlaywrightAssertions.assertThat(rij).hasCount(1);
                assertThat(rij.getAttribute("data-taak")).isEqualTo(taakId);
                PlaywrightAssertions.assertThat(rij.locator("td.vervaldatum")).containsText("dagen te laat");
                assertThat(rij.locator("a.taak-openen").getAttribute("href"))
                        .isEqualTo("/camunda/app/tasklist/default/#/?task=" + taakId);
                Browser.toegankelijk(page);

                page.locator("#alle-taken").check();
                page.locator("#claimen button[type=submit]").click();
                PlaywrightAssertions.assertThat(page.locator("#claims tr[data-taak='" + taakId + "']"))
                        .containsText("Geclaimd");
                assertThat(taken.createTaskQuery().taskId(taakId).singleResult().getAssignee()).isEqualTo("lpa-doetinchem");
                Browser.toegankelijk(page);

                page.navigate(browser.adres("/werkvoorraad?zoek=" + achternaam));
                page.locator("#taken tr[data-taak='" + taakId + "'] a.dossier-openen").click();
                page.waitForURL("**/dossiers/" + gezocht.dossierId());
                PlaywrightAssertions.assertThat(page.locator("main")).containsText(achternaam);

                page.navigate(browser.adres("/dossiers?zoek=" + achternaam));
                PlaywrightAssertions.assertThat(page.locator("#dossiers tbody tr[data-dossier]")).hasCount(1);
                Browser.toegankelijk(page);
            }
        }
    }
}
