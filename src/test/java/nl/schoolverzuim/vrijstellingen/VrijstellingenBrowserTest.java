package nl.schoolverzuim.vrijstellingen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Date;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.schoolverzuim.testsupport.Browser;
import nl.schoolverzuim.testsupport.BrowserTest;
import nl.schoolverzuim.testsupport.Meldingen;

/** The page /vrijstellingen passes axe-core (WCAG 2.1 AA) on a desktop and on a phone, with a request on it. */
class VrijstellingenBrowserTest extends BrowserTest {

    @Autowired
    VerlofAanvragen verlof;

    @Test
    void dePaginaVrijstellingenIsToegankelijkOpDesktopEnTelefoon() {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2027, 3, 1, 9, 0).atZone(NL).toInstant()));
        verlof.aanvragen(new NieuweVerlofaanvraag(
                new NieuweVerlofaanvraag.Jongere(Meldingen.uniekBsn(), "Browser", "Verlof", "2014-05-01", "Doetinchem"),
                new NieuweVerlofaanvraag.School("12AB", "Houtkamp College", "VO"), "2027-03-08", "2027-03-22",
                "huwelijk van een familielid", "2027-02-01"));

        try (Browser browser = Browser.start(poort)) {
            for (int breedte : new int[] {1280, 390}) {
                try (BrowserContext lpa = browser.aangemeld("lpa-doetinchem", breedte, 900)) {
                    Page page = lpa.newPage();
                    page.navigate(browser.adres("/vrijstellingen"));
                    assertThat(page.title()).contains("Vrijstellingen en verlof");
                    assertThat(page.locator("#te-beslissen + .tabel").textContent()).contains("Browser Verlof");
                    Browser.toegankelijk(page);
                }
            }
        }
    }
}
