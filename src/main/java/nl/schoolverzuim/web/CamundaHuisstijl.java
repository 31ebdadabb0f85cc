package nl.schoolverzuim.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The installation's name and logo in Camunda's webapps (Tasklist, Cockpit, Admin, Welcome) and on our pages.
 * Camunda reads the name from each webapp's static {@code scripts/config.js}; this serves our version of that file
 * (under {@code META-INF/resources/webjars/camunda/app/<app>/scripts/}, which replaces the shipped one) with the
 * configured name in place of the marked default. The logo is served at {@code /installatie/logo}, where the webapps'
 * {@code user-styles.css} picks it up: no inline script or style, so the content security policies stay as they are.
 */
@RestController
class CamundaHuisstijl {

    /** In config.js: a comment marking the default name, then the default name as a JavaScript string. */
    static final String NAAM_MARKERING = "/*installatie.naam*/'schoolverzuim'";

    private static final String CONFIG = "META-INF/resources/webjars/camunda/app/%s/scripts/config.js";

    private static final List<String> APPS = List.of("tasklist", "cockpit", "admin", "welcome");

    private final Resource logo;
    private final ObjectMapper json;
    /** Each app's config.js with the name filled in, made once: the name is fixed while the application runs. */
    private final Map<String, String> configuraties = new HashMap<>();

    CamundaHuisstijl(@Value("${schoolverzuim.installatie.naam}") String naam,
                     @Value("${schoolverzuim.installatie.logo}") Resource logo, ObjectMapper json) {
        this.logo = logo;
        this.json = json;
        for (String app : APPS) {
            try {
                configuraties.put(app, metNaam(lees(new ClassPathResource(CONFIG.formatted(app))), naam));
            } catch (IOException e) {
                throw new UncheckedIOException("config.js van " + app + " niet te lezen", e);
            }
        }
    }

    @GetMapping(value = "${camunda.bpm.webapp.application-path:/camunda}/app/{app:tasklist|cockpit|admin|welcome}"
            + "/scripts/config.js", produces = "text/javascript;charset=UTF-8")
    ResponseEntity<String> configuratie(@PathVariable String app) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noCache())
                .body(configuraties.get(app));
    }

    @GetMapping("/installatie/logo")
    ResponseEntity<byte[]> logo() throws IOException {
        MediaType soort = MediaTypeFactory.getMediaType(logo).orElse(MediaType.APPLICATION_OCTET_STREAM);
        try (InputStream in = logo.getInputStream()) {
            return ResponseEntity.ok()
                    .contentType(soort)
                    .cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
                    .body(in.readAllBytes());
        }
    }

    /** The config.js text with the marked default name replaced by the given name as a JavaScript string literal. */
    String metNaam(String config, String naam) throws JsonProcessingException {
        if (!config.contains(NAAM_MARKERING)) {
            throw new IllegalStateException("config.js mist de markering " + NAAM_MARKERING);
        }
        // A JSON string is a valid JavaScript string literal: quotes, backslashes and line breaks in the name are escaped.
        return config.replace(NAAM_MARKERING, json.writeValueAsString(naam));
    }

    private static String lees(Resource bron) throws IOException {
        try (InputStream in = bron.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
