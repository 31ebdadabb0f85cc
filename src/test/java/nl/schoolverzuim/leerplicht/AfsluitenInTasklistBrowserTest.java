package nl.schoolverzuim.leerplicht;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import nl.schoolverzuim.domein.Codelijsten;
import nl.schoolverzuim.melding.NieuweMelding;
import nl.schoolverzuim.testsupport.Browser;
import nl.schoolverzuim.testsupport.BrowserTest;
import nl.schoolverzuim.testsupport.CodelijstBestand;

/**
 * The form "Werkproces afsluiten" in Camunda Tasklist shows the options of codelijsten.dmn, which its user task puts
 * into it (ADR 0021): the Resultaten, and for absoluut verzuim the reasons of that soort (MAS §4.5). The choice made
 * there is stored by its code.
 */
class AfsluitenInTasklistBrowserTest extends BrowserTest {

    @Test
    void deKeuzelijstenVanHetFormulierKomenUitDeCodelijst() {
        Werkproces w = melding(new NieuweMelding(null, "ABSOLUUT", vandaag().toString(), nieuweJongere(10, "Doetinchem"),
                null, 0, 0, false, null, "niet ingeschreven"));
        voltooi(w.instantie(), "MeldingTrieren", "triageBesluit", "IN_BEHANDELING");
        voltooi(w.instantie(), "Onderzoek", "onderzoeksuitkomst", "GESLOTEN_NA_OVERLEG", "verzuimfeiten", "-");
        String taak = task("WerkprocesAfsluiten", w.instantie()).getId();
        taken.claim(taak, "lpa-doetinchem");
        Werkproces andere = melding(new NieuweMelding(null, "WETTELIJK", vandaag().toString(),
                nieuweJongere(10, "Doetinchem"), new NieuweMelding.SchoolGegevens("12AB", "Houtkamp College", "VO"),
                16, 0, false, null, "testmelding"));
        voltooi(andere.instantie(), "MeldingTrieren", "triageBesluit", "IN_BEHANDELING");
        voltooi(andere.instantie(), "Onderzoek", "onderzoeksuitkomst", "GESLOTEN_NA_OVERLEG", "verzuimfeiten", "-");
        String wettelijk = task("WerkprocesAfsluiten", andere.instantie()).getId();
        taken.claim(wettelijk, "lpa-doetinchem");

        try (Browser browser = Browser.start(poort);
             BrowserContext venster = browser.aangemeld("lpa-doetinchem")) {
            Page page = venster.newPage();
            page.navigate(browser.adres("/camunda/app/tasklist/default/#/?task=" + taak));

            Locator resultaat = veld(page, "Resultaat");
            resultaat.locator(".fjs-input-group").click();
            Locator opties = page.locator(".fjs-dropdownlist-item");
            PlaywrightAssertions.assertThat(opties).hasText(CodelijstBestand.opties(Codelijsten.RESULTAAT, "ABSOLUUT")
                    .stream().map(o -> o.get("label")).toArray(String[]::new));
            opties.filter(new Locator.FilterOptions().setHasText("(Tijdelijk) werk")).click();

            Locator reden = veld(page, "Reden van afsluiten");
            reden.locator(".fjs-input-group").click();
            PlaywrightAssertions.assertThat(opties).hasText(CodelijstBestand.opties(Codelijsten.AFSLUITREDEN, "ABSOLUUT")
                    .stream().map(o -> o.get("label")).toArray(String[]::new));
            opties.filter(new Locator.FilterOptions().setHasText("Weer ingeschreven")).click();

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afronden")).click();
            page.waitForCondition(() -> taken.createTaskQuery().taskId(taak).count() == 0);

            // Wettelijk verzuim has no reasons in the list: the form does not show the field.
            page.navigate(browser.adres("/camunda/app/tasklist/default/#/?task=" + wettelijk));
            veld(page, "Resultaat");
            PlaywrightAssertions.assertThat(page.locator(".fjs-form-field-select")).hasCount(1);
        }
        assertThat(jdbc.queryForObject("select resultaat || '/' || resultaat_detail from werkproces where id = ?",
                String.class, w.id())).isEqualTo("TIJDELIJK_WERK/WEER_INGESCHREVEN");
    }

    /** The select labelled {@code label}, once Tasklist has rendered the form (slow on a busy machine). */
    private static Locator veld(Page page, String label) {
        Locator veld = page.locator(".fjs-form-field-select").filter(new Locator.FilterOptions().setHasText(label));
        veld.waitFor(new Locator.WaitForOptions().setTimeout(120_000));
        return veld;
    }
}
