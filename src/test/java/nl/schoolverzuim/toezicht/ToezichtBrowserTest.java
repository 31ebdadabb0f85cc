package nl.schoolverzuim.toezicht;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import nl.schoolverzuim.melding.NieuweMelding;
import nl.schoolverzuim.testsupport.Browser;
import nl.schoolverzuim.testsupport.BrowserTest;

/**
 * /toezicht in a real browser (Debian's headless Chromium driven by Playwright): the teamleider sees the same overdue
 * count per gemeente as the API and reassigns a task. Skipped on a machine without Chromium, but a failure in CI,
 * where .ci/run installs it.
 */
class ToezichtBrowserTest extends BrowserTest {

    static final Path SCHERMAFDRUK = Paths.get("target", "toezicht.png");

    @Autowired
    TestRestTemplate http;

    void melding(String gemeente, LocalDate meldingsdatum) {
        melding(new NieuweMelding(null, "WETTELIJK", meldingsdatum.toString(), nieuweJongere(14, gemeente),
                new NieuweMelding.SchoolGegevens("12AB", "Houtkamp College", "VO"), 20, 0, false, null, null));
    }

    @Test
    void deTeamleiderZietDeAchterstandPerGemeenteEnHerverdeeltEenTaak() {
        // Triage is due 5 werkdagen after the melding: meldingen of three weeks ago are overdue, today's are not.
        LocalDate drieWekenGeleden = vandaag().minusWeeks(3);
        for (String gemeente : List.of("Doetinchem", "Doetinchem", "Doetinchem", "Aalten", "Winterswijk", "Winterswijk")) {
            melding(gemeente, drieWekenGeleden);
        }
        for (String gemeente : List.of("Doetinchem", "Aalten", "Berkelland", "Oost Gelre")) {
            melding(gemeente, vandaag());
        }
        taken.setAssignee(taken.createTaskQuery().processVariableValueEquals("gemeente", "Aalten").list().get(0).getId(),
                "lpa-aalten");

        try (Browser browser = Browser.start(poort);
             BrowserContext teamleider = browser.aangemeld("teamleider")) {
            Page page = teamleider.newPage();
            page.navigate(adres("/toezicht"));
            Browser.toegankelijk(page);

            String getoond = page.locator("#per-gemeente tr[data-gemeente='Doetinchem'] td.te-laat").textContent().trim();
            assertThat(Long.parseLong(getoond)).isEqualTo(teLaatVolgensApi("Doetinchem")).isEqualTo(3);
            assertThat(page.locator("#grafiek-gemeenten rect").count()).as("staafdiagram per gemeente").isPositive();

            page.locator("select[name=gemeente]").selectOption("Doetinchem");
            page.locator("form.filter button[type=submit]").click();
            page.waitForURL("**/toezicht?gemeente=Doetinchem**");
            Locator eerste = page.locator("#te-laat tbody tr").first();
            String taakId = eerste.getAttribute("data-taak");
            assertThat(eerste.locator("a[href^='/camunda/app/tasklist/default/#/?task=']").count()).isEqualTo(1);
            eerste.locator("input[name=taak]").check();
            page.locator("#herverdelen select[name=naar]").selectOption("lpa-doetinchem-2");
            page.locator("#herverdelen textarea[name=reden]").fill("Werk verdelen tijdens ziekte van lpa-doetinchem");
            page.locator("#herverdelen button[type=submit]").click();

            // Officers by name, the outcome next to the form.
            PlaywrightAssertions.assertThat(page.locator("#melding"))
                    .hasText("1 taak herverdeeld naar Tweede leerplichtambtenaar Doetinchem.");
            PlaywrightAssertions.assertThat(eerste.locator(".behandelaar"))
                    .hasText("Tweede leerplichtambtenaar Doetinchem");
            assertThat(taken.createTaskQuery().taskId(taakId).singleResult().getAssignee()).isEqualTo("lpa-doetinchem-2");
            assertThat(jdbc.queryForObject("select door from taak_herverdeling where task_id = ?", String.class, taakId))
                    .isEqualTo("teamleider");

            // A refusal in plain Dutch, naming the Jongere of the refused task and the officer by name; nothing changes.
            page.navigate(adres("/toezicht"));
            Locator vanAalten = page.locator("#te-laat tbody tr", new Page.LocatorOptions().setHasText("Aalten"));
            Locator vanDoetinchem = page.locator("#te-laat tbody tr", new Page.LocatorOptions().setHasText("Doetinchem"))
                    .last();
            String jongere = vanAalten.locator(".jongere").textContent().trim();
            String aaltenTaak = vanAalten.getAttribute("data-taak");
            vanDoetinchem.locator("input[name=taak]").check();
            vanAalten.locator("input[name=taak]").check();
            page.locator("#herverdelen select[name=naar]").selectOption("lpa-doetinchem-2");
            page.locator("#herverdelen textarea[name=reden]").fill("Verdelen");
            page.locator("#herverdelen button[type=submit]").click();
            PlaywrightAssertions.assertThat(page.locator("#melding")).hasText("Niet herverdeeld: De taak van " + jongere
                    + ": Tweede leerplichtambtenaar Doetinchem hoort niet bij het team van deze taak (leerplicht-aalten)"
                    + " en kan haar daarom niet krijgen; kies iemand uit dat team.");
            assertThat(taken.createTaskQuery().taskId(aaltenTaak).singleResult().getAssignee()).isEqualTo("lpa-aalten");
            Browser.toegankelijk(page);

            page.navigate(adres("/toezicht"));
            PlaywrightAssertions.assertThat(page.locator("#per-behandelaar"))
                    .containsText("Tweede leerplichtambtenaar Doetinchem");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCHERMAFDRUK).setFullPage(true));
        }
        assertThat(SCHERMAFDRUK).isNotEmptyFile();
    }

    @Test
    void deToezichtpaginaPastOpEenTelefoon() {
        melding("Doetinchem", vandaag().minusWeeks(3));
        try (Browser browser = Browser.start(poort);
             BrowserContext teamleider = browser.aangemeld("teamleider", 390, 844)) {
            Page page = teamleider.newPage();
            page.navigate(adres("/toezicht"));
            PlaywrightAssertions.assertThat(page.locator("#herverdelen")).isVisible();
            Browser.toegankelijk(page);
        }
    }

    long teLaatVolgensApi(String gemeente) {
        JsonNode perGemeente = http.withBasicAuth("teamleider", "demo").getForObject("/api/toezicht/overzicht?per=gemeente",
                JsonNode.class);
        for (JsonNode rij : perGemeente) {
            if (gemeente.equals(rij.path("sleutel").asText())) {
                return rij.get("teLaat").asLong();
            }
        }
        throw new AssertionError("geen " + gemeente + " in " + perGemeente);
    }

    String adres(String pad) {
        return "http://localhost:" + poort + pad;
    }
}
