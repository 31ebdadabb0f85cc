package nl.schoolverzuim.vrijstellingen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.schoolverzuim.testsupport.Browser;
import nl.schoolverzuim.testsupport.BrowserTest;
import nl.schoolverzuim.testsupport.Meldingen;

/**
 * The page /vrijstellingen passes axe-core (WCAG 2.1 AA) on a desktop and on a phone, with a vrijstelling and a verlof
 * request on it.
 */
class VrijstellingenBrowserTest extends BrowserTest {

    @Autowired
    VerlofAanvragen verlof;
    @Autowired
    VrijstellingAanvragen vrijstellingen;

    @Test
    void dePaginaVrijstellingenIsToegankelijkOpDesktopEnTelefoon() {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2027, 3, 1, 9, 0).atZone(NL).toInstant()));
        verlof.aanvragen(new NieuweVerlofaanvraag(
                new NieuweVerlofaanvraag.Jongere(Meldingen.uniekBsn(), "Browser", "Verlof", "2014-05-01", "Doetinchem"),
                new NieuweVerlofaanvraag.School("12AB", "Houtkamp College", "VO"), "2027-03-08", "2027-03-22",
                "huwelijk van een familielid", "2027-02-01"));
        vrijstellingen.registreer(new NieuweVrijstelling("ART_3B", "2027-02-01", null, "OUDERS",
                new NieuweVrijstelling.Jongere(Meldingen.uniekBsn(), "Browser", "Vrijstelling", "2015-05-01",
                        "Doetinchem"), "2027-03-15", "2027-07-31", List.of(), null));

        try (Browser browser = Browser.start(poort)) {
            for (int breedte : new int[] {1280, 390}) {
                try (BrowserContext lpa = browser.aangemeld("lpa-doetinchem", breedte, 900)) {
                    Page page = lpa.newPage();
                    page.navigate(browser.adres("/vrijstellingen"));
                    assertThat(page.title()).contains("Vrijstellingen en verlof");
                    assertThat(page.locator("#te-beslissen + .tabel").textContent()).contains("Browser Verlof");
                    assertThat(page.locator("#vrijstellingen-te-beslissen + .tabel").textContent())
                            .contains("Browser Vrijstelling", "Art. 3b", "15 maart 2027");
                    Browser.toegankelijk(page);
                }
            }
        }
    }
}
