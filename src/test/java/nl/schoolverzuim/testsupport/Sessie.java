package nl.schoolverzuim.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed-in session through our login page, as a browser gets it: for tests of our pages and Camunda's webapps
 * over plain HTTP. {@link #cookie()} is the {@code Cookie} header to send along.
 */
public final class Sessie {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http;
    private final CookieManager koekjes;
    private final String basis;

    private Sessie(int poort) {
        this.koekjes = new CookieManager();
        this.http = HttpClient.newBuilder().cookieHandler(koekjes).build();
        this.basis = "http://localhost:" + poort;
    }

    /** Signs in as {@code gebruiker} with password "demo"; fails when the login page refuses. */
    public static Sessie aangemeld(int poort, String gebruiker) {
        Sessie sessie = new Sessie(poort);
        HttpResponse<String> pagina = sessie.send(HttpRequest.newBuilder(sessie.adres("/login")).GET().build());
        Matcher csrf = CSRF.matcher(pagina.body());
        if (!csrf.find()) {
            throw new IllegalStateException("geen CSRF-token op de loginpagina: " + pagina.body());
        }
        String formulier = "gebruikersnaam=" + URLEncoder.encode(gebruiker, StandardCharsets.UTF_8)
                + "&wachtwoord=demo&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = sessie.send(HttpRequest.newBuilder(sessie.adres("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formulier)).build());
        String naar = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || naar.contains("fout")) {
            throw new IllegalStateException(gebruiker + " niet ingelogd: " + login.statusCode() + " " + naar);
        }
        return sessie;
    }

    /** The {@code Cookie} header of this session. */
    public String cookie() {
        return koekjes.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::toString).findFirst().orElseThrow();
    }

    /** A request within this session (its cookies go along); redirects are not followed. */
    public HttpResponse<String> send(HttpRequest verzoek) {
        try {
            return http.send(verzoek, HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(verzoek.uri().toString(), e);
        }
    }

    public HttpResponse<String> get(String pad) {
        return send(HttpRequest.newBuilder(adres(pad)).GET().build());
    }

    public URI adres(String pad) {
        return URI.create(basis + pad);
    }
}
