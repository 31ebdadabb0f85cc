package nl.schoolverzuim.web;

import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import nl.schoolverzuim.melding.NieuweMelding;
import nl.schoolverzuim.testsupport.Browser;
import nl.schoolverzuim.testsupport.BrowserTest;

/**
 * Every own page, on a desktop and on a phone (390 px), passes axe-core with no serious or critical violation of
 * WCAG 2.1 AA: the login page, the start page, werkvoorraad, Dossiers, a Dossier, toezicht, thuiszitters and the
 * Dutch error page.
 */
class ToegankelijkheidBrowserTest extends BrowserTest {

    @Test
    void elkeEigenPaginaIsToegankelijkOpDesktopEnTelefoon() {
        Werkproces w = melding(new NieuweMelding(null, "WETTELIJK", vandaag().minusWeeks(3).toString(),
                nieuweJongere(14, "Doetinchem"), new NieuweMelding.SchoolGegevens("12AB", "Houtkamp College", "VO"),
                20, 0, false, null, null, null, List.of(new NieuweMelding.OuderGegevens("Karin de Vries",
                        new NieuweMelding.AdresGegevens("Dorpsstraat", "12", "7001 AB", "Doetinchem"), null, null, true))));
        List<String> paginas = List.of("/", "/werkvoorraad", "/werkvoorraad?tab=te-laat", "/dossiers",
                "/dossiers/" + w.dossierId(), "/toezicht", "/thuiszitters", "/bestaat-niet");

        try (Browser browser = Browser.start(poort)) {
            for (int breedte : new int[] {1280, 390}) {
                try (BrowserContext anoniem = browser.venster(breedte, 900)) {
                    Page page = anoniem.newPage();
                    page.navigate(browser.adres("/login"));
                    Browser.toegankelijk(page);
                }
                try (BrowserContext teamleider = browser.aangemeld("teamleider", breedte, 900)) {
                    Page page = teamleider.newPage();
                    for (String pad : paginas) {
                        page.navigate(browser.adres(pad));
                        Browser.toegankelijk(page);
                    }
                }
            }
        }
    }
}
