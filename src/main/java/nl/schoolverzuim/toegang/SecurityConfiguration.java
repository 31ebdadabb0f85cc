package nl.schoolverzuim.toegang;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

import nl.schoolverzuim.organisatie.Teams;
import nl.schoolverzuim.web.ApiExceptionHandler;

/**
 * Our API ({@code /api/**}) takes HTTP Basic against Camunda identity. Camunda's webapps keep their own login and
 * CSRF protection; Camunda's REST API ({@code /engine-rest}) requires HTTP Basic through Camunda's own filter, so
 * the engine's authorizations apply to every REST call.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String REALM = "schoolverzuim";

    /**
     * Our pages and API: only our own scripts, styles and images, no inline script, no plug-ins, not framed by other
     * sites. Camunda's webapps under /camunda set their own policy (camunda.bpm.webapp.header-security), which their
     * AngularJS needs; a second header would tighten both to what neither page was written for.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    /** No page here needs a camera, microphone, location, payment or the like. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=()";

    /** The headers of every answer: see {@link #CONTENT_SECURITY_POLICY}; no address (with ids) to other sites. */
    static void beveiligingskoppen(HeadersConfigurer<HttpSecurity> headers) {
        headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/camunda/**")),
                        new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY)))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY));
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, Toegang toegang, ObjectMapper json) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(verzoek -> verzoek
                        .requestMatchers(HttpMethod.POST, "/api/meldingen", "/api/meldingen/**")
                        .access((gebruiker, context) -> new AuthorizationDecision(
                                toegang.magMeldingenInvoeren(gebruiker.get())))
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
                    schrijf(json, response, HttpStatus.UNAUTHORIZED, "Niet ingelogd",
                            "Log in met gebruikersnaam en wachtwoord (HTTP Basic)");
                }))
                .exceptionHandling(fout -> fout.accessDeniedHandler((request, response, e) ->
                        schrijf(json, response, HttpStatus.FORBIDDEN, "Geen toegang",
                                "Uw rol geeft geen toegang tot deze functie")))
                // Stateless HTTP Basic for scripts: no session cookie, so no CSRF exposure.
                .sessionManagement(sessie -> sessie.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(SecurityConfiguration::beveiligingskoppen)
                .build();
    }

    /**
     * Our own pages (with personal data): a login, then the roles each page asks for. The Prometheus metrics (counts
     * per gemeente) only for the beheerder and the scraper's account in group {@code monitoring}.
     */
    @Bean
    @Order(2)
    SecurityFilterChain paginas(HttpSecurity http) throws Exception {
        return http.securityMatcher("/thuiszitters", "/thuiszitters/**", "/dossiers", "/dossiers/**", "/toezicht",
                        "/toezicht/**", "/werkvoorraad", "/werkvoorraad/**", "/actuator/prometheus")
                .authorizeHttpRequests(verzoek -> verzoek
                        .requestMatchers("/actuator/prometheus").hasAnyAuthority(Teams.BEHEERDER, Teams.MONITORING)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName(REALM))
                .headers(SecurityConfiguration::beveiligingskoppen)
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain overig(HttpSecurity http) throws Exception {
        // Camunda webapps authenticate and protect against CSRF themselves; /engine-rest is guarded below. Their
        // first-admin set-up would let the first visitor of an installation without an administrator create one:
        // the first administrator comes from the configuration (camunda.bpm.admin-user) only.
        return http.authorizeHttpRequests(verzoek -> verzoek
                        .requestMatchers("/camunda/api/admin/setup/**").denyAll()
                        .anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> beveiligingskoppen(headers.frameOptions(frame -> frame.sameOrigin())))
                .build();
    }

    /**
     * No observation (timer and trace span) per security filter, login and access decision: together a tenth of the
     * CPU of an API call, and nobody reads them; every request is still timed as {@code http.server.requests}.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** Before everything else, after the forwarded headers are read: see {@link VerzoekFilter}. */
    @Bean
    FilterRegistrationBean<Filter> verzoekFilter(ObjectMapper json) {
        FilterRegistrationBean<Filter> registratie = new FilterRegistrationBean<>(new VerzoekFilter(json));
        registratie.setName("verzoek-controle");
        registratie.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registratie;
    }

    @Bean
    FilterRegistrationBean<Filter> camundaRestAuthenticatie(CamundaIdentityAuthenticationProvider aanmeldingen) {
        FilterRegistrationBean<Filter> registratie = new FilterRegistrationBean<>(
                new CamundaRestAanmelding.Filter(new CamundaRestAanmelding(aanmeldingen)));
        registratie.setName("camunda-rest-authenticatie");
        registratie.addUrlPatterns("/engine-rest/*");
        return registratie;
    }

    private static void schrijf(ObjectMapper json, HttpServletResponse response, HttpStatus status, String titel,
                                String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), ApiExceptionHandler.probleem(status, titel, detail));
    }
}
