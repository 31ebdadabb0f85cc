package nl.schoolverzuim.start;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.schoolverzuim.melding.NieuweMelding;
import nl.schoolverzuim.testsupport.Browser;
import nl.schoolverzuim.testsupport.WerkprocesTest;

/**
 * One login for everything (MAS §10: only signed-in officers see Jongeren): our Dutch login page opens a session for
 * our pages and for Tasklist without a second login, the start page shows what the officer may open and their open
 * work, and logging out, on our page or with Camunda's button, ends both.
 */
class EenLoginBrowserTest extends WerkprocesTest {

    /** Tasklist's AngularJS takes a while to start on a busy machine. */
    static final LocatorAssertions.ContainsTextOptions TRAAG = new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);

    @LocalServerPort
    int poort;

    @BeforeAll
    static void chromium() {
        Browser.vereist();
    }

    /** Three triage tasks in Doetinchem, one overdue; the newest assigned to lpa-doetinchem, whose id is returned. */
    String werkInDoetinchem() {
        // Triage is due 5 werkdagen after the melding: one of three weeks ago is overdue, today's is not.
        for (LocalDate datum : new LocalDate[] {vandaag().minusWeeks(3), vandaag(), vandaag()}) {
            melding(new NieuweMelding(null, "WETTELIJK", datum.toString(), nieuweJongere(14, "Doetinchem"),
                    new NieuweMelding.SchoolGegevens("12AB", "Houtkamp College", "VO"), 20, 0, false, null, null));
        }
        String taak = taken.createTaskQuery().taskCandidateGroup("leerplicht-doetinchem").orderByDueDate()
                .desc().list().get(0).getId();
        taken.setAssignee(taak, "lpa-doetinchem");
        return taak;
    }

    @Test
    void eenmaalInloggenVoorOnzePaginasEnTasklistEnUitloggenBeeindigtAlles() {
        String taak = werkInDoetinchem();
        try (Browser browser = Browser.start(poort);
             BrowserContext venster = browser.venster(1280, 1000)) {
            Page page = venster.newPage();
            page.navigate(browser.adres("/login"));
            page.locator("#gebruikersnaam").fill("lpa-doetinchem");
            page.locator("#wachtwoord").fill("fout");
            page.locator("form.aanmeldformulier button[type=submit]").click();
            assertThat(page.locator("p.fout")).containsText("Onjuiste gebruikersnaam of wachtwoord");
            Browser.toegankelijk(page);

            // A task link from elsewhere: first our login page, then straight on to that task in Tasklist.
            page.navigate(browser.adres("/camunda/app/tasklist/default/#/?task=" + taak));
            page.waitForURL(Pattern.compile(".*/login(#.*)?$"));
            assertThat(page.locator("h1")).hasText("Inloggen");
            assertThat(page.locator("html")).hasAttribute("lang", "nl");
            Browser.toegankelijk(page);

            page.locator("#gebruikersnaam").fill("lpa-doetinchem");
            page.locator("#wachtwoord").fill("demo");
            page.locator("form.aanmeldformulier button[type=submit]").click();
            page.waitForURL(Pattern.compile(".*/camunda/app/tasklist/default/.*"));
            // Tasklist knows the officer without its own login form, and opens the task asked for.
            assertThat(page.locator("[cam-widget-header]")).containsText("Leerplichtambtenaar Doetinchem", TRAAG);
            assertThat(page).hasURL(Pattern.compile(".*task=" + taak + ".*"));
            assertThat(page.locator("form[name=signinForm], .form-signin")).hasCount(0);

            page.navigate(browser.adres("/"));
            assertThat(page.locator("h1")).hasText("Welkom, Leerplichtambtenaar Doetinchem");
            assertThat(page.locator("#mijn-taken")).hasText("1");
            assertThat(page.locator("#ongeclaimd")).hasText("2");
            assertThat(page.locator("#te-laat")).hasText("1");
            assertThat(page.locator("#paginas a")).hasText(new String[] {"Werkvoorraad", "Dossiers", "Takenlijst",
                    "Vrijstellingen", "Jaarverslag", "API-documentatie"});
            Browser.toegankelijk(page);

            page.locator("form.uitloggen button").click();
            page.waitForURL(Pattern.compile(".*/login\\?uitgelogd$"));
            assertThat(page.locator("[role=status]")).hasText("U bent uitgelogd.");
            page.navigate(browser.adres("/camunda/app/tasklist/default/"));
            page.waitForURL(Pattern.compile(".*/login$"));
            assertThat(venster.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).count())
                    .as("een nieuwe, lege sessie").isLessThanOrEqualTo(1);
        }
    }

    @Test
    void camundasUitlogknopBeeindigtOokDeSessieVanOnzePaginas() {
        try (Browser browser = Browser.start(poort);
             BrowserContext venster = browser.aangemeld("teamleider")) {
            Page page = venster.newPage();
            page.navigate(browser.adres("/camunda/app/tasklist/default/"));
            page.waitForLoadState(LoadState.NETWORKIDLE);
            page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "tasklist-teamleider.png")));
            assertThat(page.locator("[cam-widget-header]")).containsText("Teamleider Achterhoek", TRAAG);
            page.navigate(browser.adres("/toezicht"));
            assertThat(page.locator("h1")).hasText("Toezicht op achterstanden");

            page.navigate(browser.adres("/camunda/app/tasklist/default/"));
            page.locator("[cam-widget-header] .account").click();
            page.locator("[cam-widget-header] .logout a").click();
            page.waitForURL(Pattern.compile(".*#/login$"));

            page.navigate(browser.adres("/toezicht"));
            page.waitForURL(Pattern.compile(".*/login$"));
            assertThat(page.locator("h1")).hasText("Inloggen");
        }
    }

    @Test
    void deStartpaginaPastOpEenTelefoon() {
        try (Browser browser = Browser.start(poort);
             BrowserContext venster = browser.aangemeld("teamleider", 390, 844)) {
            Page page = venster.newPage();
            page.navigate(browser.adres("/"));
            assertThat(page.locator("#paginas a")).containsText(new String[] {"Toezicht", "Thuiszitters", "Cockpit"});
            Browser.toegankelijk(page);
            assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(390);

            page.locator("form.uitloggen button").click();
            page.waitForURL(Pattern.compile(".*/login\\?uitgelogd$"));
            Browser.toegankelijk(page);
            assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(390);
        }
    }
}
