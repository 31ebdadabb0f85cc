package nl.schoolverzuim.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import nl.schoolverzuim.melding.NieuweMelding;
import nl.schoolverzuim.testsupport.Browser;
import nl.schoolverzuim.testsupport.BrowserTest;

/**
 * Camunda's webapps as an officer sees them: Dutch chrome without Camunda's end-of-life banner, the installation's
 * name, and Camunda Forms whose checkbox labels are shown whole on a desktop and on a phone.
 */
class CamundaNederlandsBrowserTest extends BrowserTest {

    /** English texts of the chrome that differ from their Dutch translation. */
    static final List<String> ENGELS = List.of("Add a simple filter", "Claim", "Sign in", "Log out", "Username",
            "Password", "Create task", "Start process", "Processes", "Decisions", "Users", "Groups", "Authorizations",
            "migrate to Camunda 8");

    /** An Angular webapp loads its modules with RequireJS first; on a busy 2-core CI machine that takes seconds. */
    static final LocatorAssertions.HasTextOptions OPSTARTEN = new LocatorAssertions.HasTextOptions().setTimeout(30_000);

    /** Signs in through our one login page, which Tasklist sends an unknown visitor to; the webapps share it. */
    static void aanmelden(Browser browser, Page page, String gebruiker) {
        page.navigate(browser.adres("/camunda/app/tasklist/default/"));
        page.locator("#gebruikersnaam").fill(gebruiker);
        page.locator("#wachtwoord").fill("demo");
        page.locator("form.aanmeldformulier button[type=submit]").click();
        page.locator("[cam-widget-header] .brand-name").waitFor();
    }

    @Test
    void deInlogpaginaIsNederlandsZonderBanner() {
        try (Browser browser = Browser.start(poort);
             BrowserContext venster = browser.venster(1400, 900)) {
            Page page = venster.newPage();
            page.navigate(browser.adres("/camunda/app/tasklist/default/"));
            page.locator("#gebruikersnaam").waitFor();

            PlaywrightAssertions.assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Inloggen"))).isVisible();
            geenBannerEnGeenEngels(page);
        }
    }

    @Test
    void tasklistCockpitEnBeheerZijnNederlandsMetDeNaamVanDeInstallatie() {
        try (Browser browser = Browser.start(poort);
             BrowserContext venster = browser.venster(1400, 900)) {
            Page page = venster.newPage();
            aanmelden(browser, page, "admin");

            PlaywrightAssertions.assertThat(page.locator("[cam-widget-header] .brand-name"))
                    .hasText("schoolverzuim Takenlijst", OPSTARTEN);
            assertThat(page.locator("body").innerText()).contains("Proces starten", "Taak aanmaken", "Sorteren op", "Sneltoetsen");
            assertThat(page.evaluate("() => getComputedStyle(document.querySelector("
                    + "'[cam-widget-header] .brand-logo')).backgroundImage")).asString().contains("/installatie/logo");
            geenBannerEnGeenEngels(page);

            page.navigate(browser.adres("/camunda/app/cockpit/default/#/dashboard"));
            PlaywrightAssertions.assertThat(page.locator("[cam-widget-header] .brand-name"))
                    .hasText("schoolverzuim Cockpit", OPSTARTEN);
            PlaywrightAssertions.assertThat(page.getByText("Procesdefinities").first()).isVisible();
            PlaywrightAssertions.assertThat(page.getByText("Beslissingen").first()).isVisible();
            geenBannerEnGeenEngels(page);

            page.navigate(browser.adres("/camunda/app/admin/default/#/"));
            PlaywrightAssertions.assertThat(page.locator("[cam-widget-header] .brand-name"))
                    .hasText("schoolverzuim Beheer", OPSTARTEN);
            PlaywrightAssertions.assertThat(page.getByText("Gebruikers").first()).isVisible();
            PlaywrightAssertions.assertThat(page.getByText("Autorisaties").first()).isVisible();
            geenBannerEnGeenEngels(page);
        }
    }

    @Test
    void checkboxlabelsVanEenFormulierStaanHeelInBeeldOpDesktopEnTelefoon() {
        Task onderzoek = onderzoekVoor("lpa-doetinchem");

        for (int breedte : new int[] {1400, 390}) {
            try (Browser browser = Browser.start(poort);
                 BrowserContext venster = browser.venster(breedte, 900)) {
                Page page = venster.newPage();
                aanmelden(browser, page, "lpa-doetinchem");
                page.navigate(browser.adres("/camunda/app/tasklist/default/#/?task=" + onderzoek.getId()));
                Locator labels = page.locator(".fjs-form-field-checkbox .fjs-form-field-label");
                labels.first().waitFor();
                PlaywrightAssertions.assertThat(labels.filter(new Locator.FilterOptions()
                        .setHasText("Gesprek met ouders gevoerd"))).isVisible();

                assertThat(labels.count()).isPositive();
                for (int i = 0; i < labels.count(); i++) {
                    Locator label = labels.nth(i);
                    label.scrollIntoViewIfNeeded();
                    @SuppressWarnings("unchecked")
                    Map<String, Object> maat = (Map<String, Object>) label.evaluate("""
                            label => {
                              const tekst = document.createRange();
                              tekst.selectNodeContents(label);
                              const r = tekst.getBoundingClientRect(), l = label.getBoundingClientRect();
                              return {afgekapt: label.scrollWidth > label.clientWidth + 1,
                                      tekstRechts: r.right, labelRechts: l.right + 1, venster: window.innerWidth,
                                      tekst: label.textContent.trim()};
                            }""");
                    assertThat((Boolean) maat.get("afgekapt")).as("%s afgekapt bij %d px", maat, breedte).isFalse();
                    assertThat(((Number) maat.get("tekstRechts")).doubleValue()).as("%s bij %d px", maat, breedte)
                            .isLessThanOrEqualTo(((Number) maat.get("labelRechts")).doubleValue())
                            .isLessThanOrEqualTo(((Number) maat.get("venster")).doubleValue());
                }
                geenBannerEnGeenEngels(page);
            }
        }
    }

    /** A Doetinchem melding through triage: its Onderzoek form has several checkboxes. */
    Task onderzoekVoor(String behandelaar) {
        Werkproces w = melding(new NieuweMelding(null, "WETTELIJK", vandaag().toString(),
                nieuweJongere(14, "Doetinchem"), new NieuweMelding.SchoolGegevens("12AB", "Houtkamp College", "VO"),
                20, 0, false, null, "browsertest"));
        voltooi(w.instantie(), "MeldingTrieren", "triageBesluit", "IN_BEHANDELING");
        Task onderzoek = taken.createTaskQuery().processInstanceId(w.instantie().getId())
                .taskDefinitionKey("Onderzoek").singleResult();
        taken.setAssignee(onderzoek.getId(), behandelaar);
        return onderzoek;
    }

    static void geenBannerEnGeenEngels(Page page) {
        page.waitForLoadState();
        PlaywrightAssertions.assertThat(page.locator(".ce-eol-banner")).not().isVisible();
        String zichtbaar = page.locator("body").innerText();
        for (String engels : ENGELS) {
            assertThat(zichtbaar).as("Engelse tekst op %s", page.url()).doesNotContain(engels);
        }
    }
}
