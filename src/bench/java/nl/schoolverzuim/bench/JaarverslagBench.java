package nl.schoolverzuim.bench;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import nl.schoolverzuim.organisatie.Teams;
import nl.schoolverzuim.rapportage.Jaarverslag;
import nl.schoolverzuim.rapportage.Jaarverslagen;

/**
 * Benchmark, not a test: the jaarverslag (MAS §9) of a national school year on PostgreSQL, computed from the records.
 * Fills regio "bench" in bulk with SQL, as the other benches fill history: {@code -Dbench.jongeren} Jongeren
 * (default 80,000) with one Dossier each, {@code -Dbench.werkprocessen} werkprocessen with one melding each (200,000;
 * four in five in school year 2023-2024, the rest in the four years before, for the trend), VsvTrajecten with
 * monitoring checks, thuiszitters, Halt-verwijzingen, processen-verbaal and vrijstellingen. Then it times the whole
 * report of the regio and one gemeente's in process, and one gemeente's over HTTP as its LPA. Targets: the whole
 * report at most 5 s, one gemeente at most 200 ms. Run with {@code ./mvnw -Pbench test -Dtest=JaarverslagBench}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=false")
@Import({NationaleWerkvoorraad.Database.class, NationaleWerkvoorraad.class})
@ActiveProfiles({"test", "demo"})
@DirtiesContext
class JaarverslagBench {

    static final int JONGEREN = Integer.getInteger("bench.jongeren", 80_000);
    static final int WERKPROCESSEN = Integer.getInteger("bench.werkprocessen", 200_000);
    static final int GEMEENTEN = Integer.getInteger("bench.gemeenten", 340);
    static final String SCHOOLJAAR = "2023-2024";
    /** Far above the ids the application's sequences hand out, so the bulk rows never collide with them. */
    static final long BASIS = 500_000_000L;

    @Autowired
    NationaleWerkvoorraad vulling;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Jaarverslagen jaarverslagen;
    @Autowired
    ObjectMapper json;
    @LocalServerPort
    int poort;

    @Test
    void jaarverslag() {
        List<String> groepen = vulling.gemeenten(GEMEENTEN);
        long start = System.nanoTime();
        vul();
        jdbc.execute("analyze");
        if (Boolean.getBoolean("bench.statements")) {
            jdbc.execute("create extension if not exists pg_stat_statements");
            jdbc.queryForList("select pg_stat_statements_reset()");
        }
        System.out.printf(Locale.ROOT, "%nGevuld in %.0f s: %,d Jongeren, %,d werkprocessen, %,d meldingen, %,d "
                        + "vsv-trajecten, %,d monitoringcontroles%n", (System.nanoTime() - start) / 1e9,
                aantal("jongere"), aantal("werkproces"), aantal("melding"), aantal("vsv_traject"),
                aantal("monitoring_controle"));

        String gemeente = jdbc.queryForObject("select naam from gemeente where cbs_code = 'GM5001'", String.class);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("bench", null,
                List.of(new SimpleGrantedAuthority(Teams.BEHEERDER))));
        try {
            Jaarverslag verslag = jaarverslagen.maak(SCHOOLJAAR, NationaleWerkvoorraad.REGIO, null);
            System.out.printf(Locale.ROOT, "Regio: %,d meldingen (totaal), %d trendjaren%n",
                    verslag.tabellen().meldingenPerOnderwijssoort().rijen().stream()
                            .mapToInt(Jaarverslag.MeldingenRij::totaal).sum(), verslag.trend().size());
            StringBuilder tabel = new StringBuilder(("| jaarverslag %s (%,d werkprocessen, %,d Jongeren, %d gemeenten)"
                    + " | calls | p50 ms | p95 ms | max ms | target |%n|---|---|---|---|---|---|%n")
                    .formatted(SCHOOLJAAR, aantal("werkproces"), aantal("jongere"), GEMEENTEN));
            rij(tabel, "whole regio, in process (Jaarverslagen.maak)", Integer.getInteger("bench.regio", 20), 5_000,
                    () -> jaarverslagen.maak(SCHOOLJAAR, NationaleWerkvoorraad.REGIO, null));
            rij(tabel, "one gemeente, in process", Integer.getInteger("bench.gemeente", 200), 200,
                    () -> jaarverslagen.maak(SCHOOLJAAR, NationaleWerkvoorraad.REGIO, gemeente));
            String lpa = NationaleWerkvoorraad.gebruiker(groepen.get(0));
            rij(tabel, "one gemeente, GET /api/jaarverslag over HTTP as its LPA", Integer.getInteger("bench.gemeente", 200),
                    200, () -> NationaleWerkvoorraad.vraag(json, poort, "/api/jaarverslag?schooljaar=" + SCHOOLJAAR
                            + "&regio=" + NationaleWerkvoorraad.REGIO + "&gemeente=GM5001", lpa));
            System.out.printf(Locale.ROOT, "%n%s%n", tabel);
            if (Boolean.getBoolean("bench.statements")) {
                // -Dbench.statements=true: the report's queries by total time, to see which one a change should aim at.
                jdbc.queryForList("select calls, round(total_exec_time::numeric, 0) as ms, left(regexp_replace(query, "
                        + "'\\s+', ' ', 'g'), 160) as query from pg_stat_statements order by total_exec_time desc "
                        + "limit 15").forEach(rij -> System.out.println(rij));
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Warm-up of a fifth of the calls (at least 3), then {@code aanroepen} timed calls one after the other. */
    private static void rij(StringBuilder tabel, String naam, int aanroepen, int doelMs, Supplier<?> aanroep) {
        for (int i = 0; i < Math.max(3, aanroepen / 5); i++) {
            aanroep.get();
        }
        long[] tijden = new long[aanroepen];
        for (int i = 0; i < aanroepen; i++) {
            long begin = System.nanoTime();
            aanroep.get();
            tijden[i] = System.nanoTime() - begin;
        }
        double p95 = WerkvoorraadBench.p(tijden, 95);
        tabel.append("| %s | %d | %.1f | %.1f | %.1f | ≤ %d ms: %s |%n".formatted(naam, aanroepen,
                WerkvoorraadBench.p(tijden, 50), p95, WerkvoorraadBench.p(tijden, 100), doelMs,
                p95 <= doelMs ? "met" : "not met"));
    }

    private long aantal(String tabel) {
        return jdbc.queryForObject("select count(*) from " + tabel, Long.class);
    }

    /**
     * The national year in bulk, deterministic (every choice a residue of the row number), topped up only when the
     * kept database has no bench rows yet.
     */
    private void vul() {
        if (jdbc.queryForObject("select count(*) from jongere where id > ?", Long.class, BASIS) > 0) {
            return;
        }
        Long regio = jdbc.queryForObject("select id from regio where code = ?", Long.class, NationaleWerkvoorraad.REGIO);
        String gemeenteVan = "(select id from (select id, row_number() over (order by id) - 1 as nr from gemeente "
                + "where regio_id = " + regio + ") gm where gm.nr = %s %% " + GEMEENTEN + ")";
        jdbc.update("insert into school (id, brin, naam, onderwijssoort) select ? + s, 'BJ' || s, 'Benchschool ' || s, "
                + "(array['PO','SBO','SO','VSO','VO','MBO','VAVO'])[1 + s % 7] from generate_series(1, 700) s", BASIS);
        jdbc.update("insert into jongere (id, voornaam, achternaam, geboortedatum, woongemeente_id) "
                + "select ? + g, 'Bench', 'Jongere ' || g, date '2004-08-01' + (g * 37 % 5000), "
                + gemeenteVan.formatted("g") + " from generate_series(1, ?) g", BASIS, JONGEREN);
        jdbc.update("insert into dossier (id, jongere_id, aangemaakt_op, gemeente_id) "
                + "select j.id, j.id, timestamp with time zone '2019-08-01 12:00+02', j.woongemeente_id "
                + "from jongere j where j.id > ?", BASIS);
        // One melding per werkproces: a verzuimsoort in about the shares of [000] (leerplicht soorten, 18+, VSV,
        // zorg en preventie), four in five in 2023-2024; seven in ten closed with a result within 120 days.
        jdbc.update("""
                insert into werkproces (id, dossier_id, verzuimsoort, proces_key, team, kandidaat_groep, gestart_op,
                    eerste_meldingsdatum, resultaat, resultaat_detail, afgesloten_op)
                select ? + w, ? + 1 + w % ?, x.soort,
                    case when x.team = 'LEERPLICHT' then 'leerplicht-verzuim' else 'doorstroompunt-vsv' end, x.team,
                    'bench', x.datum, x.datum,
                    case when w % 10 < 7 then (array['TERUG_NAAR_SCHOOL','TERUG_NAAR_SCHOOL','TERUG_NAAR_SCHOOL',
                        'DAGBESTEDING_MET_SCHOOLINSCHRIJVING','LANGDURIGE_HULPVERLENING','VRIJSTELLING','OVERIG',
                        'GEOORLOOFD'])[1 + w % 8] end,
                    case when w % 10 < 7 and x.soort = 'ABSOLUUT' then 'WEER_INGESCHREVEN' end,
                    case when w % 10 < 7 then x.datum + (w % 120) * interval '1 day' end
                from generate_series(1, ?) w
                cross join lateral (select
                    (array['ABSOLUUT','WETTELIJK','WETTELIJK','WETTELIJK','WETTELIJK','LANGDURIG_RELATIEF','LUXE',
                        'OVERIG','OVERIG','OVERIG','OVERIG','INFORMATIE_ADVIES','VERZUIM_18PLUS','VERZUIM_18PLUS',
                        'VERZUIM_18PLUS','VERZUIM_18PLUS','VERZUIM_18PLUS','VSV','VSV','ZORG_PREVENTIE'])[1 + w % 20]
                        as soort,
                    case when w % 20 between 12 and 19 then 'DOORSTROOMPUNT' else 'LEERPLICHT' end as team,
                    case when w % 5 = 0 then timestamp with time zone '2019-08-01 12:00+02' + (w % 1461) * interval '1 day'
                        else timestamp with time zone '2023-08-01 12:00+02' + (w % 366) * interval '1 day' end as datum) x
                """, BASIS, BASIS, JONGEREN, WERKPROCESSEN);
        jdbc.update("""
                insert into melding (id, verzuimsoort, meldingsdatum, ontvangen_op, uren_verzuim, keren_te_laat,
                    preventief_gesprek, actie_gewenst, school_id, dossier_id, werkproces_id, uitschrijfdatum, herhaald)
                select w.id, w.verzuimsoort, w.eerste_meldingsdatum, w.gestart_op, 16, 0, false,
                    case when w.verzuimsoort = 'VERZUIM_18PLUS' then w.id % 7 < 3 end,
                    case when w.id % 10 <> 0 then ? + 1 + w.id % 700 end, w.dossier_id, w.id,
                    case when w.verzuimsoort = 'ABSOLUUT' then w.eerste_meldingsdatum - cast(w.id % 20 as integer) end,
                    w.verzuimsoort = 'WETTELIJK' and w.id % 5 = 0
                from werkproces w where w.id > ?""", BASIS, BASIS);
        // A VsvTraject for every fourth Jongere, fallen out in the last five school years; monitoring checks.
        jdbc.update("""
                insert into vsv_traject (id, dossier_id, gemeente_id, status, uitvaldatum, monitoring_sinds, afgerond_op,
                    afrond_reden)
                select d.id, d.id, d.gemeente_id, x.status, x.uitval,
                    case when x.status <> 'IN_BEHANDELING' then x.uitval + 30 end,
                    case when x.status = 'AFGEROND' then x.uitval + 200 + interval '12 hours' end,
                    case when x.status = 'AFGEROND' then (array['SCHOOL','GEEN_DOELGROEP_MEER',
                        'STARTKWALIFICATIE_BEHAALD','OVERIG'])[1 + d.id % 4] end
                from dossier d cross join lateral (select date '2019-08-01' + cast(d.id * 7 % 1826 as integer) as uitval,
                    (array['IN_BEHANDELING','MONITORING','MONITORING','AFGEROND','AFGEROND'])[1 + d.id % 5] as status) x
                where d.id > ? and d.id % 4 = 0""", BASIS);
        jdbc.update("""
                insert into monitoring_controle (id, vsv_traject_id, datum, resultaat, vervolg)
                select ? + t.id * 4 + k, t.id, t.monitoring_sinds + k * 91,
                    (array['WERK_KORT','WERK_6_12','WERK_12_PLUS','SCHOOL','PARTICIPATIEWET','WAJONG','HULPVERLENING',
                        'NIET_BEREIKBAAR_ONGEMOTIVEERD'])[1 + (t.id + k) % 8], 'DOORGAAN'
                from vsv_traject t cross join generate_series(1, 3) k
                where t.id > ? and t.monitoring_sinds is not null""", BASIS, BASIS);
        // Thuiszitters, Halt-verwijzingen, processen-verbaal and vrijstellingen on werkprocessen spread over the regio.
        jdbc.update("""
                insert into thuiszitter (id, dossier_id, werkproces_id, reden, sinds, beeindigd_op, aangemeld_bij_tafel)
                select w.id, w.dossier_id, w.id, 'Bench', w.eerste_meldingsdatum,
                    case when w.id % 3 > 0 then w.eerste_meldingsdatum + 90 end, false
                from werkproces w where w.id > ? and w.id % 60 = 1""", BASIS);
        jdbc.update("""
                insert into interventie (id, werkproces_id, soort, gestart_op)
                select w.id, w.id, 'HALT', w.gestart_op + interval '20 days'
                from werkproces w where w.id > ? and w.id % 40 = 2""", BASIS);
        jdbc.update("""
                insert into proces_verbaal (id, werkproces_id, tegen_ouders, tegen_jongere, opgemaakt_op)
                select w.id, w.id, true, false, w.gestart_op + interval '40 days'
                from werkproces w where w.id > ? and w.id % 60 = 3""", BASIS);
        jdbc.update("""
                insert into vrijstelling (id, dossier_id, werkproces_id, grond, status, aanvraagdatum, aanvrager,
                    ingangsdatum, bijlagen, geregistreerd_op, besluitdatum)
                select w.id, w.dossier_id, w.id, (array['ART_3B','ART_5A','ART_5B','ART_5C','ART_15'])[1 + w.id % 5],
                    (array['VERLEEND','VERLEEND','VERLOPEN','INGETROKKEN','AFGEWEZEN'])[1 + w.id / 25 % 5],
                    w.eerste_meldingsdatum, 'OUDERS', w.eerste_meldingsdatum + 14, '', w.gestart_op,
                    w.eerste_meldingsdatum + 10
                from werkproces w where w.id > ? and w.id % 25 = 4""", BASIS);
    }
}
