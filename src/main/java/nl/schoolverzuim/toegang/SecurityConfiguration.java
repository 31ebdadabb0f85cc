package nl.schoolverzuim.toegang;

import java.io.IOException;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
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
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import nl.schoolverzuim.organisatie.Teams;
import nl.schoolverzuim.web.ApiExceptionHandler;

/**
 * One login for people: our login page ({@link Aanmelding}) opens a session for our pages and, through the webapps'
 * container-based authentication ({@link WebappAanmelding}), for Tasklist, Cockpit and Admin; logging out of either
 * ends it. Scripts use HTTP Basic against Camunda identity on our API ({@code /api/**}) and on Camunda's REST API
 * ({@code /engine-rest}, through Camunda's own filter, so the engine's authorizations apply to every REST call).
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
                        schrijf(json, response, HttpStatus.FORBIDDEN, "Geen toegang", e instanceof CsrfException
                                ? "De pagina is verlopen: vernieuw de pagina en probeer het opnieuw"
                                : "Uw rol geeft geen toegang tot deze functie")))
                // HTTP Basic for scripts makes no session. Our pages call the API with the session of our login; such
                // a change carries the page's CSRF token, a script's (with its Authorization header) needs none.
                .sessionManagement(sessie -> sessie.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::metSessie))
                .headers(SecurityConfiguration::beveiligingskoppen)
                .build();
    }

    /**
     * Prometheus (counts per gemeente) for the beheerder and the scraper's account in group {@code monitoring}, by
     * HTTP Basic; health and info for anyone (the load balancer).
     */
    @Bean
    @Order(2)
    SecurityFilterChain beheer(HttpSecurity http) throws Exception {
        return http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(verzoek -> verzoek
                        .requestMatchers("/actuator/prometheus").hasAnyAuthority(Teams.BEHEERDER, Teams.MONITORING)
                        .anyRequest().permitAll())
                .httpBasic(basic -> basic.realmName(REALM))
                .sessionManagement(sessie -> sessie.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(SecurityConfiguration::beveiligingskoppen)
                .build();
    }

    /**
     * Camunda's REST API: HTTP Basic through Camunda's own filter ({@link #camundaRestAuthenticatie}), so the engine's
     * authorizations apply to every call; {@link VerzoekFilter} keeps other websites out.
     */
    @Bean
    @Order(3)
    SecurityFilterChain engineRest(HttpSecurity http) throws Exception {
        // Explicitly on the path: /engine-rest and /camunda are served by Camunda's servlets, not Spring MVC.
        return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(VerzoekFilter.ENGINE_REST + "/**"))
                .authorizeHttpRequests(verzoek -> verzoek.anyRequest().permitAll())
                .sessionManagement(sessie -> sessie.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(SecurityConfiguration::beveiligingskoppen)
                .build();
    }

    /**
     * Tasklist, Cockpit and Admin with the session of our own login ({@link Aanmelding}): Camunda's own login form is
     * not used; {@link WebappAanmelding} hands the signed-in user to the webapps. Not signed in: a page goes to our
     * login page, a call of the webapps' API gets 401. The webapps keep their own CSRF protection and
     * Content-Security-Policy. Their first-admin set-up would let the first visitor of an installation without an
     * administrator create one: the first administrator comes from the configuration (camunda.bpm.admin-user) only.
     */
    @Bean
    @Order(4)
    SecurityFilterChain webapps(HttpSecurity http) throws Exception {
        PathPatternRequestMatcher.Builder pad = PathPatternRequestMatcher.withDefaults();
        RequestMatcher inrichting = pad.matcher("/camunda/api/admin/setup/**");
        return http.securityMatcher(pad.matcher("/camunda/**"))
                .authorizeHttpRequests(verzoek -> verzoek
                        .requestMatchers(inrichting).denyAll()
                        .anyRequest().authenticated())
                .exceptionHandling(fout -> fout
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.FORBIDDEN), inrichting)
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                                pad.matcher("/camunda/api/**"))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(Aanmelding.LOGIN),
                                AnyRequestMatcher.INSTANCE))
                .requestCache(terug -> terug.requestCache(alleenPaginas(pad.matcher("/camunda/api/**"))))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> beveiligingskoppen(headers.frameOptions(frame -> frame.sameOrigin())))
                .build();
    }

    /** After the login back to the page asked for, never to a call of the webapps' API. */
    private static RequestCache alleenPaginas(RequestMatcher api) {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(new AndRequestMatcher(
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/**"), new NegatedRequestMatcher(api)));
        return cache;
    }

    /**
     * Our own pages (with personal data) and everything else: the session of our login page. Not signed in: to the
     * login page and, after it, back. The roles each page asks for are on its controller.
     */
    @Bean
    @Order(5)
    SecurityFilterChain paginas(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(verzoek -> verzoek
                        .requestMatchers(Aanmelding.LOGIN, "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error",
                                "/api-docs", "/api-docs/**", "/swagger-ui/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(login -> login.loginPage(Aanmelding.LOGIN)
                        .usernameParameter(Aanmelding.GEBRUIKERSNAAM).passwordParameter(Aanmelding.WACHTWOORD)
                        .successHandler(new Aanmelding.TerugNaVerzoek())
                        .failureUrl(Aanmelding.LOGIN + "?fout"))
                .logout(logout -> logout.logoutUrl(Aanmelding.LOGOUT)
                        .logoutSuccessUrl(Aanmelding.LOGIN + "?uitgelogd"))
                // A script may still send HTTP Basic along (no session is made for it); a browser is never asked for
                // it: whoever is not signed in goes to the login page.
                .httpBasic(basic -> basic.realmName(REALM))
                .exceptionHandling(fout -> fout.authenticationEntryPoint(
                        new LoginUrlAuthenticationEntryPoint(Aanmelding.LOGIN)))
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

    /** A change sent with the session cookie of our login and not with an Authorization header of its own. */
    static boolean metSessie(HttpServletRequest request) {
        return !VEILIG.contains(request.getMethod()) && request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && request.getRequestedSessionId() != null;
    }

    private static final Set<String> VEILIG = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    /**
     * Hands the user of our session to Tasklist, Cockpit and Admin (container-based authentication), after Spring
     * Security and before the webapps' own filters read their session.
     */
    @Bean
    FilterRegistrationBean<Filter> webappAanmelding() {
        FilterRegistrationBean<Filter> registratie = new FilterRegistrationBean<>(new WebappAanmelding.Filter());
        registratie.setName("webapp-aanmelding");
        registratie.addUrlPatterns("/camunda/*");
        registratie.setOrder(0);
        return registratie;
    }

    /** Camunda's logout button ends our session too: see {@link WebappAanmelding.Afmelden}. */
    @Bean
    FilterRegistrationBean<Filter> webappAfmelding() {
        FilterRegistrationBean<Filter> registratie = new FilterRegistrationBean<>(new WebappAanmelding.Afmelden());
        registratie.setName("webapp-afmelding");
        registratie.addUrlPatterns("/camunda/api/admin/auth/user/*");
        registratie.setOrder(1);
        return registratie;
    }

    private static void schrijf(ObjectMapper json, HttpServletResponse response, HttpStatus status, String titel,
                                String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), ApiExceptionHandler.probleem(status, titel, detail));
    }
}
