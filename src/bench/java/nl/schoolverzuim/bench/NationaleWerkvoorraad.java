package nl.schoolverzuim.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.support.TransactionTemplate;

import nl.schoolverzuim.organisatie.Gemeente;
import nl.schoolverzuim.organisatie.GemeenteRepository;
import nl.schoolverzuim.organisatie.Regio;
import nl.schoolverzuim.organisatie.RegioRepository;
import nl.schoolverzuim.organisatie.Teams;
import nl.schoolverzuim.toegang.IdentityInrichting;

/**
 * The national-scale inbox the benchmarks measure against: bench gemeenten in regio "bench", real leerplicht
 * werkprocessen started through the engine, and completed werkprocessen bulk-loaded into history. Filling 100,000
 * open tasks through the engine takes about 20 minutes, so {@code -Dbench.database=<map>} keeps the PostgreSQL data
 * directory between runs; every fill step tops up to the asked size instead of starting over. Imported by each
 * benchmark as a bean next to its {@link Database}.
 */
final class NationaleWerkvoorraad {

    static final String REGIO = "bench";
    static final String WACHTWOORD = "bench";

    private final RuntimeService runtime;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactie;
    private final RegioRepository regios;
    private final GemeenteRepository gemeenten;
    private final IdentityInrichting identiteit;
    private final IdentityService identity;

    NationaleWerkvoorraad(RuntimeService runtime, JdbcTemplate jdbc, TransactionTemplate transactie, RegioRepository regios,
                          GemeenteRepository gemeenten, IdentityInrichting identiteit, IdentityService identity) {
        this.runtime = runtime;
        this.jdbc = jdbc;
        this.transactie = transactie;
        this.regios = regios;
        this.gemeenten = gemeenten;
        this.identiteit = identiteit;
        this.identity = identity;
    }

    /**
     * PostgreSQL durable as in production (fsync, synchronous_commit and full_page_writes on), owned by the Spring
     * context so it stops only after the application that uses it.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class Database {

        @Bean(destroyMethod = "close")
        EmbeddedPostgres benchPostgres() throws IOException {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on").setServerConfig("full_page_writes", "on");
            if (Boolean.getBoolean("bench.statements")) {
                // -Dbench.statements=true: which SQL an operation runs and what it costs (pg_stat_statements).
                builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
            }
            String map = System.getProperty("bench.database");
            if (map != null && !map.isBlank()) {
                builder.setDataDirectory(Path.of(map)).setCleanDataDirectory(false);
            }
            return builder.start();
        }

        @Bean(destroyMethod = "close")
        Verbindingen dataSource(EmbeddedPostgres benchPostgres) {
            return new Verbindingen(benchPostgres);
        }
    }

    /**
     * GET with HTTP Basic as {@code gebruiker}, on the JDK's blocking client in the calling thread: it keeps the
     * connection alive between calls, like a browser, and adds no thread hand-offs of its own to what is measured.
     * Anything but 200 stops the bench.
     */
    static JsonNode vraag(ObjectMapper json, int poort, String pad, String gebruiker) {
        try {
            HttpURLConnection verbinding = (HttpURLConnection) URI.create("http://localhost:" + poort + pad).toURL()
                    .openConnection();
            verbinding.setRequestProperty("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (gebruiker + ":" + WACHTWOORD).getBytes(StandardCharsets.UTF_8)));
            verbinding.setRequestProperty("Accept", "application/json");
            if (verbinding.getResponseCode() != 200) {
                try (InputStream fout = verbinding.getErrorStream()) {
                    throw new IllegalStateException(pad + " gaf " + verbinding.getResponseCode() + ": "
                            + (fout == null ? "" : new String(fout.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
            try (InputStream antwoord = verbinding.getInputStream()) {
                return json.readTree(antwoord.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each user's session cookie, sent back as a browser does: the page's form keeps its CSRF token there. */
    private static final Map<String, String> SESSIES = new java.util.concurrent.ConcurrentHashMap<>();

    /** GET of a page of ours as HTML with HTTP Basic as {@code gebruiker}, kept alive like {@link #vraag}. */
    static String html(int poort, String pad, String gebruiker) {
        try {
            HttpURLConnection verbinding = (HttpURLConnection) URI.create("http://localhost:" + poort + pad).toURL()
                    .openConnection();
            verbinding.setRequestProperty("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (gebruiker + ":" + WACHTWOORD).getBytes(StandardCharsets.UTF_8)));
            verbinding.setRequestProperty("Accept", "text/html");
            String sessie = SESSIES.get(gebruiker);
            if (sessie != null) {
                verbinding.setRequestProperty("Cookie", sessie);
            }
            if (verbinding.getResponseCode() != 200) {
                throw new IllegalStateException(pad + " gaf " + verbinding.getResponseCode());
            }
            String nieuw = verbinding.getHeaderField("Set-Cookie");
            if (nieuw != null) {
                SESSIES.put(gebruiker, nieuw.split(";", 2)[0]);
            }
            try (InputStream antwoord = verbinding.getInputStream()) {
                return new String(antwoord.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * POST of a JSON body, kept alive like {@link #vraag}; answers the status and the body (null for 204). The caller
     * decides which status is right.
     */
    static Antwoord stuur(ObjectMapper json, int poort, String pad, String gebruiker, Object body) {
        try {
            HttpURLConnection verbinding = (HttpURLConnection) URI.create("http://localhost:" + poort + pad).toURL()
                    .openConnection();
            verbinding.setRequestMethod("POST");
            verbinding.setDoOutput(true);
            verbinding.setRequestProperty("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (gebruiker + ":" + WACHTWOORD).getBytes(StandardCharsets.UTF_8)));
            verbinding.setRequestProperty("Content-Type", "application/json");
            verbinding.setRequestProperty("Accept", "application/json");
            verbinding.getOutputStream().write(json.writeValueAsBytes(body));
            int status = verbinding.getResponseCode();
            try (InputStream antwoord = status >= 400 ? verbinding.getErrorStream() : verbinding.getInputStream()) {
                byte[] inhoud = antwoord == null ? new byte[0] : antwoord.readAllBytes();
                return new Antwoord(status, inhoud.length == 0 ? null : json.readTree(inhoud));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Antwoord(int status, JsonNode body) {
    }

    /** The candidate groups of {@code aantal} bench gemeenten, created when missing. */
    List<String> gemeenten(int aantal) {
        List<String> groepen = transactie.execute(status -> {
            Regio regio = regios.findByCode(REGIO).orElseGet(() -> regios.save(new Regio(REGIO, "Bench")));
            List<String> lijst = new ArrayList<>();
            for (int i = 1; i <= aantal; i++) {
                String cbsCode = "GM%04d".formatted(5000 + i);
                String naam = "Benchgemeente " + i;
                Gemeente gemeente = gemeenten.findByCbsCode(cbsCode)
                        .orElseGet(() -> gemeenten.save(new Gemeente(cbsCode, naam, regio)));
                lijst.add("leerplicht-" + gemeente.getSleutel());
            }
            return lijst;
        });
        identiteit.synchroniseer();
        groepen.stream().filter(groep -> identity.createUserQuery().userId(gebruiker(groep)).count() == 0).forEach(groep -> {
            User lpa = identity.newUser(gebruiker(groep));
            lpa.setPassword(WACHTWOORD);
            identity.saveUser(lpa);
            identity.createMembership(lpa.getId(), groep);
        });
        return groepen;
    }

    /**
     * The login of a delivering system (group meldingen-invoer, password {@link #WACHTWOORD}), which sends meldingen
     * for every gemeente, as DUO's verzuimloket does; an LPA may only send for its own gemeente (MAS §10).
     */
    String invoerder() {
        String id = "bench-invoer";
        if (identity.createUserQuery().userId(id).count() == 0) {
            User invoer = identity.newUser(id);
            invoer.setPassword(WACHTWOORD);
            identity.saveUser(invoer);
            identity.createMembership(id, Teams.MELDINGEN_INVOER);
        }
        return id;
    }

    /** The LPA login of a bench gemeente group (password {@link #WACHTWOORD}). */
    static String gebruiker(String groep) {
        return "lpa-" + groep.substring("leerplicht-".length());
    }

    long openWerkprocessen() {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike("bench-%").count();
    }

    /**
     * Tops up to {@code totaal} open leerplicht werkprocessen (each waiting in triage), started through the engine
     * 500 per transaction. Werkproces i always lands in the same gemeente, so a kept database equals a fresh one.
     */
    void vulOpenTaken(List<String> groepen, int totaal) {
        LocalDate vandaag = LocalDate.now();
        for (int gestart = (int) openWerkprocessen(); gestart < totaal; gestart += 500) {
            int tot = Math.min(totaal, gestart + 500);
            int van = gestart;
            transactie.executeWithoutResult(status -> {
                for (int i = van; i < tot; i++) {
                    runtime.startProcessInstanceByKey("leerplicht-verzuim", "bench-" + i, variabelen(groepen, i, vandaag));
                }
            });
            if (tot % 10_000 == 0) {
                System.out.printf("  %d open taken%n", tot);
            }
        }
    }

    static Map<String, Object> variabelen(List<String> groepen, int i, LocalDate vandaag) {
        Random random = new Random(i);
        String groep = groepen.get(random.nextInt(groepen.size()));
        Map<String, Object> variabelen = new HashMap<>();
        variabelen.put("kandidaatGroep", groep);
        variabelen.put("regio", REGIO);
        variabelen.put("meldingsdatum", java.sql.Date.valueOf(vandaag.minusDays(random.nextInt(30))));
        variabelen.put("geboortedatum", java.sql.Date.valueOf(vandaag.minusYears(6 + random.nextInt(11))));
        variabelen.put("bovengrensLeeftijd", 23);
        variabelen.put("jongereNaam", "Jongere " + i);
        variabelen.put("leeftijd", 6 + random.nextInt(11));
        variabelen.put("schoolNaam", "School " + random.nextInt(2000));
        variabelen.put("verzuimsoort", random.nextBoolean() ? "WETTELIJK" : "OVERIG");
        variabelen.put("gemeente", groep);
        variabelen.put("preventiefGesprek", false);
        return variabelen;
    }

    /**
     * Tops up to {@code totaal} completed werkprocessen, bulk-loaded into the engine's history tables with SQL (one
     * ACT_HI_PROCINST and three ACT_HI_TASKINST rows each): completing them through the engine would take hours and
     * is not what the benchmarks compare.
     */
    void vulHistorie(int totaal) {
        int aanwezig = jdbc.queryForObject("select count(*) from act_hi_procinst where id_ like 'hist-%'", Integer.class);
        if (aanwezig >= totaal) {
            return;
        }
        String definitie = jdbc.queryForObject("select id_ from act_re_procdef where key_ = 'leerplicht-verzuim' "
                + "order by version_ desc limit 1", String.class);
        jdbc.update("""
                insert into act_hi_procinst (id_, proc_inst_id_, business_key_, proc_def_key_, proc_def_id_, start_time_,
                    end_time_, removal_time_, duration_, start_act_id_, end_act_id_, root_proc_inst_id_, state_)
                select 'hist-' || g, 'hist-' || g, 'hist-' || g, 'leerplicht-verzuim', ?, now() - interval '400 days',
                    now() - interval '300 days', now() + interval '1500 days', 8640000000, 'MeldingOntvangen',
                    'WerkprocesAfgerond', 'hist-' || g, 'COMPLETED'
                from generate_series(?, ?) g""", definitie, aanwezig + 1, totaal);
        jdbc.update("""
                insert into act_hi_taskinst (id_, task_def_key_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_,
                    execution_id_, name_, start_time_, end_time_, duration_, priority_, removal_time_)
                select 'hist-taak-' || g || '-' || s, 'MeldingTrieren', 'leerplicht-verzuim', ?, 'hist-' || g, 'hist-' || g,
                    'hist-' || g, 'Melding triëren', now() - interval '400 days', now() - interval '399 days', 86400000, 50,
                    now() + interval '1500 days'
                from generate_series(?, ?) g, generate_series(1, 3) s""", definitie, aanwezig + 1, totaal);
    }
}
