package nl.schoolverzuim.werkvoorraad;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Test;

import nl.schoolverzuim.melding.NieuweMelding;
import nl.schoolverzuim.testsupport.Browser;
import nl.schoolverzuim.testsupport.BrowserTest;

/**
 * An officer's case through the workplace as they live it: one login, the Jongere found by name on the werkvoorraad
 * page, the task opened, filled and completed in Tasklist in the same session, the next step already theirs (MAS §4
 * step 1 to step 2), the note just written in the Dossier's journal, and logging out ends it all.
 */
class EenZaakDoorDeWerkplekBrowserTest extends BrowserTest {

    @Test
    void deLeerplichtambtenaarWerktEenZaakAfVanZoekenTotDossier() {
        NieuweMelding.JongereGegevens jongere = nieuweJongere(14, "Doetinchem");
        melding(new NieuweMelding(null, "WETTELIJK", vandaag().toString(), jongere,
                new NieuweMelding.SchoolGegevens("12AB", "Houtkamp College", "VO"), 20, 0, false, null, null));
        String notitie = "Moeder gebeld: Noor slaapt slecht, school stemt in met een gesprek.";

        try (Browser browser = Browser.start(poort);
             BrowserContext venster = browser.aangemeld("lpa-doetinchem")) {
            Page page = venster.newPage();
            page.navigate(browser.adres("/werkvoorraad?tab=team"));
            page.locator("#zoek").fill(jongere.achternaam());
            page.locator("form.zoeken button[type=submit]").click();
            Locator rij = page.locator("#taken tbody tr[data-taak]");
            PlaywrightAssertions.assertThat(rij).hasCount(1);
            PlaywrightAssertions.assertThat(rij).containsText("Melding triëren");

            rij.locator("a.taak-openen").click();
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Claimen")).click();
            page.locator(".fjs-form-field-select .fjs-input-group").click();
            page.locator(".fjs-dropdownlist-item").filter(new Locator.FilterOptions()
                    .setHasText("In behandeling nemen")).click();
            page.locator("textarea[name='triageToelichting'], .fjs-form-field-textarea textarea").fill(notitie);
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Afronden")).click();
            page.waitForCondition(() -> taken.createTaskQuery().processVariableValueEquals("jongereNaam",
                    jongere.voornaam() + " " + jongere.achternaam()).taskDefinitionKey("MeldingTrieren").count() == 0);

            page.navigate(browser.adres("/werkvoorraad"));
            page.locator("#zoek").fill(jongere.achternaam());
            page.locator("form.zoeken button[type=submit]").click();
            // The onderzoek and, beside it, the uitnodiging for the verzuimgesprek (MAS §4 step 2) go to the triager.
            Locator volgende = page.locator("#taken tbody tr[data-taak]");
            PlaywrightAssertions.assertThat(volgende).hasCount(2);
            PlaywrightAssertions.assertThat(volgende.locator("td.behandelaar")).hasText(
                    new String[] {"Leerplichtambtenaar Doetinchem", "Leerplichtambtenaar Doetinchem"});
            assertThat(volgende.allTextContents()).noneMatch(tekst -> tekst.contains("Melding triëren"));

            volgende.first().locator("a.dossier-openen").click();
            PlaywrightAssertions.assertThat(page.locator("ol.journaal")).containsText(notitie);
            assertThat(page.url()).doesNotContain("/login");

            page.locator("form.uitloggen button[type=submit]").click();
            page.navigate(browser.adres("/werkvoorraad"));
            assertThat(page.url()).contains("/login");
            page.navigate(browser.adres("/camunda/app/tasklist/default/"));
            assertThat(page.url()).contains("/login");
        }
    }
}
