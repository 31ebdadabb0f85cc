package nl.schoolverzuim.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Debian's headless Chromium driven by Playwright (no browser download), for the browser tests of our own pages and
 * Camunda's webapps. Skipped on a machine without Chromium, but a failure in CI, where .ci/run installs it.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    /** The checks of WCAG 2.1 level A and AA. */
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;
    private final String basis;

    private Browser(int poort) {
        this.playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        this.chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        this.basis = "http://localhost:" + poort;
    }

    /** Call from a {@code @BeforeAll}: skips without Chromium, fails in CI without it. */
    public static void vereist() {
        boolean aanwezig = Files.isExecutable(CHROMIUM);
        if (!aanwezig && System.getenv("CI") != null) {
            fail(CHROMIUM + " ontbreekt in CI: .ci/run hoort het Debian-pakket chromium te installeren");
        }
        assumeTrue(aanwezig, CHROMIUM + " ontbreekt (apt-get install chromium): browsertest overgeslagen");
    }

    public static Browser start(int poort) {
        return new Browser(poort);
    }

    public String adres(String pad) {
        return basis + pad;
    }

    /** A fresh browser window of the given width and height, Dutch, not signed in. */
    public BrowserContext venster(int breedte, int hoogte) {
        return chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(breedte, hoogte).setLocale("nl-NL").setTimezoneId("Europe/Amsterdam"));
    }

    /** A desktop window signed in as the given demo user (password "demo"). */
    public BrowserContext aangemeld(String gebruiker) {
        return aangemeld(gebruiker, 1280, 1000);
    }

    /** A window signed in through our login page, as an officer does: one session for our pages and the webapps. */
    public BrowserContext aangemeld(String gebruiker, int breedte, int hoogte) {
        BrowserContext venster = venster(breedte, hoogte);
        Page page = venster.newPage();
        page.navigate(adres("/login"));
        page.locator("#gebruikersnaam").fill(gebruiker);
        page.locator("#wachtwoord").fill("demo");
        page.locator("form.aanmeldformulier button[type=submit]").click();
        page.waitForURL(adres("/"));
        page.close();
        return venster;
    }

    /** axe-core on the page as it is now: no serious or critical violation of WCAG 2.1 AA. */
    public static void toegankelijk(Page page) {
        AxeResults resultaat = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        List<Rule> ernstig = resultaat.getViolations().stream()
                .filter(regel -> "serious".equals(regel.getImpact()) || "critical".equals(regel.getImpact()))
                .toList();
        assertThat(ernstig).as("axe-core (WCAG 2.1 AA) op %s:%n%s", page.url(), ernstig.stream()
                .map(regel -> regel.getId() + " (" + regel.getImpact() + "): " + regel.getHelp() + " bij "
                        + regel.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"))).isEmpty();
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
