package nl.schoolverzuim.testsupport;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A werkproces test that also drives the pages in Chromium ({@link Browser}) on the application's own port. */
public abstract class BrowserTest extends WerkprocesTest {

    @LocalServerPort
    protected int poort;

    @BeforeAll
    static void chromium() {
        Browser.vereist();
    }
}
