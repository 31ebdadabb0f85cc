package nl.schoolverzuim.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A plain {@code java -jar} without a profile (here only the test database): no demo profile by default, so no user
 * exists and the demo's {@code admin}/{@code demo} and officer logins do not work. The demo is chosen explicitly
 * ({@code ./mvnw spring-boot:run}, or {@code --spring.profiles.active=demo}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ZonderProfielTest {

    @Autowired
    Environment omgeving;
    @Autowired
    IdentityService identity;
    @Autowired
    TestRestTemplate http;

    @Test
    void zonderProfielGeenDemoEnGeenEnkeleGebruiker() {
        assertThat(omgeving.getDefaultProfiles()).containsExactly("default");
        assertThat(omgeving.getActiveProfiles()).containsExactly("test");
        assertThat(identity.createUserQuery().count()).isZero();
        for (String gebruiker : new String[] {"admin", "lpa-doetinchem", "procesontwerper"}) {
            assertThat(http.withBasicAuth(gebruiker, "demo").getForEntity("/api/werkvoorraad", String.class)
                    .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(http.withBasicAuth(gebruiker, "demo").getForEntity("/engine-rest/task", String.class)
                    .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
    }

    /** Without any user, Camunda's set-up page would let the first visitor create an administrator. */
    @Test
    void deEersteBezoekerMaaktGeenBeheerderAan() {
        // With the webapps' own CSRF token and session, so only our refusal can stop it.
        ResponseEntity<String> start = http.getForEntity("/camunda/app/admin/default/", String.class);
        HttpHeaders kop = new HttpHeaders();
        kop.setContentType(MediaType.APPLICATION_JSON);
        kop.set("X-XSRF-TOKEN", start.getHeaders().getFirst("X-XSRF-TOKEN"));
        start.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)
                .forEach(koekje -> kop.add(HttpHeaders.COOKIE, koekje.substring(0, koekje.indexOf(';'))));
        String beheerder = "{\"profile\": {\"id\": \"indringer\", \"firstName\": \"I\", \"lastName\": \"D\"},"
                + " \"credentials\": {\"password\": \"geheim-geheim\"}}";
        ResponseEntity<String> antwoord = http.postForEntity("/camunda/api/admin/setup/default/user/create",
                new HttpEntity<>(beheerder, kop), String.class);

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(identity.createUserQuery().count()).isZero();
    }
}
