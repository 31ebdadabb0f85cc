package nl.schoolverzuim.rapportage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.schoolverzuim.domein.Termijnen;
import nl.schoolverzuim.testsupport.CodelijstBestand;
import nl.schoolverzuim.testsupport.IntegratieTest;

/**
 * MAS §9, the jaarverslag ({@code GET /api/jaarverslag}): every counting definition of {@code docs/jaarverslag.md}
 * pinned at its boundary over a small hand-made school year 2023-2024 in Doetinchem (one melding in Aalten), written
 * straight into the project's tables so each date is exact; on H2 and PostgreSQL by the subclasses. Its own context,
 * so the counts are exact.
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JaarverslagTests {

    private static final String PAD = "/api/jaarverslag?schooljaar=";
    private static final String LEERPLICHT = "LEERPLICHT";
    private static final String DSP = "DOORSTROOMPUNT";

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    private final AtomicLong ids = new AtomicLong(900_000);
    private long doetinchem;
    private long aalten;
    private long po;
    private long vo;

    @BeforeAll
    void schooljaar() {
        doetinchem = jdbc.queryForObject("select id from gemeente where naam = 'Doetinchem'", Long.class);
        aalten = jdbc.queryForObject("select id from gemeente where naam = 'Aalten'", Long.class);
        po = school("PO");
        vo = school("VO");
        long elders = ids.incrementAndGet();
        jdbc.update("insert into regio (id, code, naam) values (?, 'elders', 'Elders')", elders);
        jdbc.update("insert into gemeente (id, cbs_code, naam, sleutel, regio_id) values (?, 'GM9999', 'Elderstad', "
                + "'elderstad', ?)", ids.incrementAndGet(), elders);

        // Table 1, (speciaal) basisonderwijs. Absoluut: 28 days is not longer than 4 weeks, 29 is.
        melding(po, "ABSOLUUT", "2023-09-01", null, werkproces("ABSOLUUT", LEERPLICHT, "2023-09-29",
                "TERUG_NAAR_SCHOOL", "WEER_INGESCHREVEN"));
        melding(po, "ABSOLUUT", "2023-09-01", null, werkproces("ABSOLUUT", LEERPLICHT, "2023-09-30", "OVERIG",
                "TIJDELIJK_VERBLIJF_VERHUISD"));
        // From the first day not enrolled: 3 months exactly is not longer than 3 months, one day more is.
        melding(po, "ABSOLUUT", "2023-11-02", "2023-10-31", werkproces("ABSOLUUT", LEERPLICHT, "2024-01-31",
                "VRIJSTELLING", "OP_ZOEK_NAAR_PASSEND_ONDERWIJS"));
        melding(po, "ABSOLUUT", "2023-11-02", "2023-10-31", werkproces("ABSOLUUT", LEERPLICHT, "2024-02-01",
                "TERUG_NAAR_SCHOOL", "WEER_INGESCHREVEN"));
        // Open: measured to the peildatum 31 July 2024 (1 May + 3 months is 1 August; 30 April + 3 months is 30 July).
        melding(po, "ABSOLUUT", "2024-05-01", null, werkproces("ABSOLUUT", LEERPLICHT, null, null, null));
        melding(po, "ABSOLUUT", "2024-04-30", null, werkproces("ABSOLUUT", LEERPLICHT, null, null, null));
        // Closed after the peildatum: still open on it, so not yet weer ingeschreven.
        melding(po, "ABSOLUUT", "2024-04-15", null, werkproces("ABSOLUUT", LEERPLICHT, "2024-09-15",
                "TERUG_NAAR_SCHOOL", "WEER_INGESCHREVEN"));
        // Geoorloofd after triage: no verzuim (MAS §3).
        melding(po, "WETTELIJK", "2023-10-01", null, werkproces("WETTELIJK", LEERPLICHT, "2023-10-05", "GEOORLOOFD",
                null));
        long herhaald = melding(po, "WETTELIJK", "2023-10-01", null, werkproces("WETTELIJK", LEERPLICHT,
                "2024-06-01", "TERUG_NAAR_SCHOOL", null));
        jdbc.update("update melding set herhaald = true where id = ?", herhaald);
        melding(po, "WETTELIJK", "2023-10-02", null, werkproces("WETTELIJK", LEERPLICHT, null, null, null));
        // Reclassified in triage: the werkproces's soort counts.
        melding(po, "WETTELIJK", "2023-10-03", null, werkproces("LUXE", LEERPLICHT, null, null, null));
        melding(po, "INFORMATIE_ADVIES", "2023-10-04", null, werkproces("INFORMATIE_ADVIES", LEERPLICHT,
                "2023-10-04", "OVERIG", null));
        // Outside the year on both sides; the first ended in it, so its result counts in 2023-2024.
        melding(po, "ABSOLUUT", "2023-06-01", null, werkproces("ABSOLUUT", LEERPLICHT, "2023-08-15",
                "LANGDURIGE_HULPVERLENING", null));
        melding(po, "ABSOLUUT", "2024-08-01", null, werkproces("ABSOLUUT", LEERPLICHT, null, null, null));
        // VSV under 18 on the meldingsdatum counts as absoluut; at 18 not (born 1 September 2005).
        melding(jongere("2006-03-01", doetinchem), null, "VSV", "2023-09-01", null,
                werkproces("VSV", LEERPLICHT, null, null, null));
        melding(jongere("2005-09-02", doetinchem), null, "VSV", "2023-09-01", null,
                werkproces("VSV", LEERPLICHT, null, null, null));
        melding(jongere("2005-09-01", doetinchem), null, "VSV", "2023-09-01", null,
                werkproces("VSV", LEERPLICHT, null, null, null));
        melding(jongere("2005-01-01", doetinchem), null, "VSV", "2023-09-01", null,
                werkproces("VSV", DSP, null, null, null));
        // Voortgezet onderwijs: open since 1 December, longer than 3 months from 2 March on.
        melding(vo, "ABSOLUUT", "2023-12-01", null, werkproces("ABSOLUUT", LEERPLICHT, null, null, null));
        // Aalten: only in the report of the regio.
        melding(jongere("2014-01-01", aalten), po, "ABSOLUUT", "2023-09-01", null,
                werkproces("ABSOLUUT", LEERPLICHT, null, null, null));

        // Table 3: granted vrijstellingen by the school year of their ingangsdatum, also expired or revoked since.
        vrijstelling("ART_5A", "VERLEEND", "2023-08-01");
        vrijstelling("ART_5A", "VERLOPEN", "2024-07-31");
        vrijstelling("ART_5B", "INGETROKKEN", "2024-01-01");
        vrijstelling("ART_5A", "VERLEEND", "2023-07-31");
        vrijstelling("ART_5C", "AFGEWEZEN", "2023-09-01");
        vrijstelling("ART_15", "AANGEVRAAGD", "2023-09-01");

        // Table 4: a Halt-verwijzing by its Dutch start date, processen-verbaal by the werkproces's verzuimsoort.
        interventie("HALT", LocalDateTime.of(2023, 8, 1, 0, 30));
        interventie("HALT", LocalDateTime.of(2023, 7, 31, 23, 30));
        interventie("VRIJWILLIGE_HULP", LocalDateTime.of(2023, 9, 1, 9, 0));
        procesVerbaal("LUXE", LocalDateTime.of(2023, 9, 1, 9, 0));
        procesVerbaal("LUXE", LocalDateTime.of(2024, 7, 31, 23, 30));
        procesVerbaal("LANGDURIG_RELATIEF", LocalDateTime.of(2023, 9, 1, 9, 0));
        procesVerbaal("WETTELIJK", LocalDateTime.of(2023, 9, 1, 9, 0));
        procesVerbaal("ABSOLUUT", LocalDateTime.of(2023, 9, 1, 9, 0));
        procesVerbaal("OVERIG", LocalDateTime.of(2023, 9, 1, 9, 0));
        procesVerbaal("LUXE", LocalDateTime.of(2024, 8, 1, 0, 30));

        // Table 5: three Jongeren 18+: one with two meldingen (recidive), two with one in 2023-2024.
        long a = jongere("2004-01-01", doetinchem);
        melding18(a, "2023-09-01", true);
        melding18(a, "2024-07-31", false);
        melding18(jongere("2004-02-01", doetinchem), "2023-10-01", true);
        long c = jongere("2004-03-01", doetinchem);
        melding18(c, "2023-07-31", false);
        melding18(c, "2023-08-01", false);

        // Tables 6-8: VsvTrajecten, new (uitval in 2023-2024) and old (the four school years before).
        traject("2023-09-01", null, null, null);
        long n2 = traject("2023-10-01", "2024-07-31", null, null);
        controle(n2, "2024-07-31", "WERK_KORT");
        controle(n2, "2024-08-02", "WAJONG");
        traject("2023-10-01", "2024-08-01", null, null);
        traject("2023-11-01", null, "2024-07-31", "SCHOOL");
        traject("2023-11-01", "2024-01-01", "2024-08-01", "STARTKWALIFICATIE_BEHAALD");
        long o1 = traject("2019-08-01", "2020-01-01", null, null);
        controle(o1, "2021-01-01", "HULPVERLENING");
        controle(o1, "2023-01-01", "PARTICIPATIEWET");
        traject("2019-07-31", "2020-01-01", null, null);
        traject("2022-01-01", null, "2023-12-01", "GEEN_DOELGROEP_MEER");
        traject("2021-01-01", null, "2023-06-01", "SCHOOL");

        // Table 9: a period overlapping the year by one day at each end counts, one ending the day before does not;
        // a Jongere with two periods is one Jongere.
        thuiszitter(jongere("2010-01-01", doetinchem), "2023-01-01", "2023-08-01");
        long twee = jongere("2010-02-01", doetinchem);
        thuiszitter(twee, "2024-07-31", null);
        thuiszitter(twee, "2023-09-01", "2023-10-01");
        thuiszitter(jongere("2010-03-01", doetinchem), "2023-01-01", "2023-07-31");
        thuiszitter(jongere("2010-04-01", doetinchem), "2024-08-01", null);
    }

    @AfterEach
    void klokTerug() {
        ClockUtil.reset();
    }

    // ---------------------------------------------------------------------------------------------------- fixture

    private long school(String onderwijssoort) {
        long id = ids.incrementAndGet();
        jdbc.update("insert into school (id, brin, naam, onderwijssoort) values (?, ?, ?, ?)", id,
                "J" + (id % 100_000), "Jaarschool " + id, onderwijssoort);
        return id;
    }

    /** A Jongere with their Dossier in {@code gemeente}; the Dossier's id. */
    private long jongere(String geboortedatum, long gemeente) {
        long jongere = ids.incrementAndGet();
        jdbc.update("insert into jongere (id, voornaam, achternaam, geboortedatum, woongemeente_id) "
                + "values (?, 'Jaar', 'Verslag', ?, ?)", jongere, Date.valueOf(geboortedatum), gemeente);
        long dossier = ids.incrementAndGet();
        jdbc.update("insert into dossier (id, jongere_id, aangemaakt_op, gemeente_id) values (?, ?, ?, ?)", dossier,
                jongere, moment("2020-01-01"), gemeente);
        return dossier;
    }

    /** A werkproces (its Dossier is the next melding's) ended on {@code afgesloten} at noon, or still open. */
    private record Werkproces(String verzuimsoort, String team, String afgesloten, String resultaat, String detail) {
    }

    private Werkproces werkproces(String verzuimsoort, String team, String afgesloten, String resultaat, String detail) {
        return new Werkproces(verzuimsoort, team, afgesloten, resultaat, detail);
    }

    /** A melding about a new Jongere of Doetinchem at {@code school}; the id of its werkproces. */
    private long melding(Long school, String soort, String datum, String uitschrijfdatum, Werkproces werkproces) {
        return melding(jongere("2012-01-01", doetinchem), school, soort, datum, uitschrijfdatum, werkproces);
    }

    private long melding(long dossier, Long school, String soort, String datum, String uitschrijfdatum,
                         Werkproces w) {
        long werkproces = nieuwWerkproces(dossier, w);
        jdbc.update("insert into melding (id, verzuimsoort, meldingsdatum, ontvangen_op, uren_verzuim, keren_te_laat, "
                        + "preventief_gesprek, school_id, dossier_id, werkproces_id, uitschrijfdatum) "
                        + "values (?, ?, ?, ?, 0, 0, false, ?, ?, ?, ?)", ids.incrementAndGet(), soort,
                Date.valueOf(datum), moment(datum), school, dossier, werkproces,
                uitschrijfdatum == null ? null : Date.valueOf(uitschrijfdatum));
        return ids.get();
    }

    private long nieuwWerkproces(long dossier, Werkproces w) {
        long id = ids.incrementAndGet();
        jdbc.update("insert into werkproces (id, dossier_id, verzuimsoort, proces_key, team, kandidaat_groep, "
                        + "gestart_op, resultaat, resultaat_detail, afgesloten_op) values (?, ?, ?, 'p', ?, 'g', ?, ?, ?, ?)",
                id, dossier, w.verzuimsoort(), w.team(), moment("2020-01-01"), w.resultaat(), w.detail(),
                w.afgesloten() == null ? null : moment(w.afgesloten()));
        return id;
    }

    private void vrijstelling(String grond, String status, String ingangsdatum) {
        long dossier = jongere("2012-01-01", doetinchem);
        long werkproces = nieuwWerkproces(dossier, werkproces("OVERIG", LEERPLICHT, null, null, null));
        boolean besloten = !status.equals("AANGEVRAAGD");
        jdbc.update("insert into vrijstelling (id, dossier_id, werkproces_id, grond, status, aanvraagdatum, aanvrager, "
                        + "ingangsdatum, bijlagen, geregistreerd_op, besluitdatum) values (?, ?, ?, ?, ?, ?, 'OUDERS', ?, '', ?, ?)",
                ids.incrementAndGet(), dossier, werkproces, grond, status, Date.valueOf("2023-06-01"),
                Date.valueOf(ingangsdatum), moment("2023-06-01"), besloten ? Date.valueOf("2023-07-01") : null);
    }

    private long werkprocesInDoetinchem(String verzuimsoort) {
        return nieuwWerkproces(jongere("2012-01-01", doetinchem), werkproces(verzuimsoort, LEERPLICHT, null, null, null));
    }

    private void interventie(String soort, LocalDateTime gestart) {
        jdbc.update("insert into interventie (id, werkproces_id, soort, gestart_op) values (?, ?, ?, ?)",
                ids.incrementAndGet(), werkprocesInDoetinchem("WETTELIJK"), soort, moment(gestart));
    }

    private void procesVerbaal(String verzuimsoort, LocalDateTime opgemaakt) {
        jdbc.update("insert into proces_verbaal (id, werkproces_id, tegen_ouders, tegen_jongere, opgemaakt_op) "
                + "values (?, ?, true, false, ?)", ids.incrementAndGet(), werkprocesInDoetinchem(verzuimsoort),
                moment(opgemaakt));
    }

    private void melding18(long dossier, String datum, boolean actieGewenst) {
        long werkproces = nieuwWerkproces(dossier, werkproces("VERZUIM_18PLUS", DSP, null, null, null));
        jdbc.update("insert into melding (id, verzuimsoort, meldingsdatum, ontvangen_op, uren_verzuim, keren_te_laat, "
                        + "preventief_gesprek, actie_gewenst, dossier_id, werkproces_id) "
                        + "values (?, 'VERZUIM_18PLUS', ?, ?, 0, 0, false, ?, ?, ?)", ids.incrementAndGet(),
                Date.valueOf(datum), moment(datum), actieGewenst, dossier, werkproces);
    }

    /** A VsvTraject of Doetinchem in the status its dates give today; its id. */
    private long traject(String uitval, String monitoringSinds, String afgerond, String reden) {
        long id = ids.incrementAndGet();
        jdbc.update("insert into vsv_traject (id, dossier_id, gemeente_id, status, uitvaldatum, monitoring_sinds, "
                        + "afgerond_op, afrond_reden) values (?, ?, ?, ?, ?, ?, ?, ?)", id,
                jongere("2004-01-01", doetinchem), doetinchem,
                afgerond != null ? "AFGEROND" : monitoringSinds != null ? "MONITORING" : "IN_BEHANDELING",
                Date.valueOf(uitval), monitoringSinds == null ? null : Date.valueOf(monitoringSinds),
                afgerond == null ? null : moment(afgerond), reden);
        return id;
    }

    private void controle(long traject, String datum, String resultaat) {
        jdbc.update("insert into monitoring_controle (id, vsv_traject_id, datum, resultaat, vervolg) "
                + "values (?, ?, ?, ?, 'MONITORING')", ids.incrementAndGet(), traject, Date.valueOf(datum), resultaat);
    }

    private void thuiszitter(long dossier, String sinds, String beeindigd) {
        long werkproces = nieuwWerkproces(dossier, werkproces("ABSOLUUT", LEERPLICHT, null, null, null));
        jdbc.update("insert into thuiszitter (id, dossier_id, werkproces_id, reden, sinds, beeindigd_op, "
                        + "aangemeld_bij_tafel) values (?, ?, ?, 'Geen passend onderwijs', ?, ?, false)",
                ids.incrementAndGet(), dossier, werkproces, Date.valueOf(sinds),
                beeindigd == null ? null : Date.valueOf(beeindigd));
    }

    private static Timestamp moment(String dag) {
        return moment(LocalDate.parse(dag).atTime(LocalTime.NOON));
    }

    private static Timestamp moment(LocalDateTime moment) {
        return Timestamp.from(moment.atZone(Termijnen.ZONE).toInstant());
    }

    private static void vandaag(String dag) {
        ClockUtil.setCurrentTime(java.util.Date.from(LocalDate.parse(dag).atTime(LocalTime.NOON)
                .atZone(Termijnen.ZONE).toInstant()));
    }

    private ResponseEntity<JsonNode> vraag(String gebruiker, String query) {
        return http.withBasicAuth(gebruiker, "demo").getForEntity(PAD + query, JsonNode.class);
    }

    private JsonNode verslag(String gebruiker, String query) {
        ResponseEntity<JsonNode> antwoord = vraag(gebruiker, query);
        assertThat(antwoord.getStatusCode()).as(String.valueOf(antwoord.getBody())).isEqualTo(HttpStatus.OK);
        return antwoord.getBody();
    }

    private static JsonNode rij(JsonNode tabel, String sleutel, String waarde) {
        for (JsonNode rij : tabel.path("rijen")) {
            if (rij.path(sleutel).asText().equals(waarde)) {
                return rij;
            }
        }
        throw new AssertionError("geen rij " + waarde + " in " + tabel);
    }

    private static List<Integer> waarden(JsonNode rij, String... velden) {
        List<Integer> waarden = new ArrayList<>();
        for (String veld : velden) {
            waarden.add(rij.path(veld).asInt(-1));
        }
        return waarden;
    }

    private static final String[] MELDINGEN = {"absoluut", "absoluutLangerDan4Weken", "absoluutLangerDan3Maanden",
            "absoluutWeerIngeschreven", "wettelijk", "wettelijkHerhaald", "langdurigRelatief", "luxe", "overig",
            "informatieAdvies", "totaal"};

    // ------------------------------------------------------------------------------------------------------ tests

    @Test
    @DisplayName("MAS §9 table 1: meldingen per onderwijssoort, absoluut > 4 weeks and > 3 months at the boundary, "
            + "open to the peildatum, geoorloofd left out, VSV < 18 absoluut, herhaald, reclassified soort")
    void meldingenPerOnderwijssoort() {
        vandaag("2025-03-01");
        JsonNode tabel = verslag("lpa-doetinchem", "2023-2024&regio=achterhoek&gemeente=Doetinchem")
                .path("tabellen").path("meldingenPerOnderwijssoort");

        assertThat(tabel.path("eenheid").asText()).isEqualTo("meldingen");
        assertThat(tabel.path("rijen").findValuesAsText("onderwijssoort"))
                .containsExactly("BO_SBO", "VSO_SO", "VO", "MBO", "GEEN_ONDERWIJS");
        assertThat(waarden(rij(tabel, "onderwijssoort", "BO_SBO"), MELDINGEN))
                .containsExactly(7, 6, 3, 2, 2, 1, 0, 1, 0, 1, 10);
        assertThat(waarden(rij(tabel, "onderwijssoort", "VO"), MELDINGEN))
                .containsExactly(1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1);
        assertThat(waarden(rij(tabel, "onderwijssoort", "GEEN_ONDERWIJS"), MELDINGEN))
                .containsExactly(2, 2, 2, 0, 0, 0, 0, 0, 0, 0, 2);
        assertThat(waarden(rij(tabel, "onderwijssoort", "MBO"), MELDINGEN)).containsOnly(0);

        // The regio adds Aalten's melding.
        JsonNode regio = verslag("teamleider", "2023-2024&regio=achterhoek").path("tabellen")
                .path("meldingenPerOnderwijssoort");
        assertThat(rij(regio, "onderwijssoort", "BO_SBO").path("absoluut").asInt()).isEqualTo(8);
    }

    @Test
    @DisplayName("MAS §9 table 1: in a school year that has not ended, the peildatum is today")
    void peildatumIsVandaagInHetLopendeJaar() {
        vandaag("2024-03-01");
        JsonNode vo = rij(verslag("lpa-doetinchem", "2023-2024&regio=achterhoek&gemeente=Doetinchem")
                .path("tabellen").path("meldingenPerOnderwijssoort"), "onderwijssoort", "VO");
        assertThat(vo.path("absoluutLangerDan3Maanden").asInt()).isZero();
        vandaag("2024-03-02");
        vo = rij(verslag("lpa-doetinchem", "2023-2024&regio=achterhoek&gemeente=Doetinchem")
                .path("tabellen").path("meldingenPerOnderwijssoort"), "onderwijssoort", "VO");
        assertThat(vo.path("absoluutLangerDan3Maanden").asInt()).isEqualTo(1);
    }

    @Test
    @DisplayName("MAS §9 table 2 and MAS §4.5: resultaten in the school year the werkproces ended, a column per code")
    void resultatenInHetJaarVanAfsluiten() {
        vandaag("2025-03-01");
        JsonNode tabel = verslag("teamleider", "2023-2024&regio=achterhoek&gemeente=Doetinchem")
                .path("tabellen").path("resultatenPerOnderwijssoort");
        JsonNode bo = rij(tabel, "onderwijssoort", "BO_SBO");
        assertThat(waarden(bo, "TERUG_NAAR_SCHOOL", "DAGBESTEDING_MET_SCHOOLINSCHRIJVING", "LANGDURIGE_HULPVERLENING",
                "TIME_OUT_VOORZIENING", "VRIJSTELLING", "TIJDELIJK_WERK", "OVERDRACHT_DSP", "OVERIG", "totaal"))
                .containsExactly(3, 0, 1, 0, 1, 0, 0, 1, 6);
        assertThat(rij(tabel, "onderwijssoort", "MBO").path("totaal").asInt()).isZero();
        assertThat(rij(tabel, "onderwijssoort", "MBO").path("OVERDRACHT_DSP").asInt(-1)).isZero();
    }

    @Test
    @DisplayName("MAS §9 and §7: vrijstellingen granted (also expired or revoked since) by their ingangsdatum, per grond")
    void vrijstellingenOpIngangsdatum() {
        vandaag("2025-03-01");
        JsonNode tabel = verslag("teamleider", "2023-2024&regio=achterhoek").path("tabellen")
                .path("vrijstellingenPerGemeente");
        assertThat(tabel.path("eenheid").asText()).isEqualTo("vrijstellingen");
        assertThat(waarden(rij(tabel, "gemeente", "Doetinchem"), "ART_3B", "ART_5A", "ART_5B", "ART_5C", "ART_15",
                "totaal")).containsExactly(0, 2, 1, 0, 0, 3);
        assertThat(rij(tabel, "gemeente", "Aalten").path("totaal").asInt(-1)).isZero();
        // One definition with GET /api/vrijstellingen/tellingen.
        JsonNode tellingen = http.withBasicAuth("teamleider", "demo").getForEntity(
                "/api/vrijstellingen/tellingen?schooljaar=2023-2024&regio=achterhoek", JsonNode.class).getBody();
        assertThat(tellingen.path("totaal").path("totaal").asInt()).isEqualTo(3);
    }

    @Test
    @DisplayName("MAS §9 and §4.3: Halt-verwijzingen by their Dutch start date, processen-verbaal by verzuimsoort")
    void handhaving() {
        vandaag("2025-03-01");
        JsonNode tabel = verslag("teamleider", "2023-2024&regio=achterhoek&gemeente=Doetinchem").path("tabellen")
                .path("handhavingPerGemeente");
        assertThat(tabel.path("eenheid").asText()).isEqualTo("interventies");
        assertThat(waarden(rij(tabel, "gemeente", "Doetinchem"), "haltVerwijzingen", "procesVerbaalLuxe",
                "procesVerbaalWettelijk", "procesVerbaalAbsoluut", "procesVerbaalOverig", "totaal"))
                .containsExactly(1, 2, 2, 1, 1, 7);
    }

    @Test
    @DisplayName("MAS §9 and §8: verzuim 18+ with actie gewenst, unique Jongeren, recidive and one melding")
    void verzuim18Plus() {
        vandaag("2025-03-01");
        JsonNode tabel = verslag("teamleider", "2023-2024&regio=achterhoek").path("tabellen").path("verzuim18Plus");
        assertThat(tabel.path("eenheid").asText()).isEqualTo("meldingen");
        assertThat(waarden(tabel, "meldingen", "actieGewenst", "percentageActieGewenst", "uniekeJongeren",
                "recidive", "eenMelding")).containsExactly(4, 2, 50, 3, 1, 2);
    }

    @Test
    @DisplayName("MAS §9 and §8: vsv'ers new and old with their status on the peildatum, monitoring results as of "
            + "the peildatum ([000] Tabel 5) and afgerond reasons ([000] Tabel 6)")
    void vsv() {
        vandaag("2025-03-01");
        JsonNode tabellen = verslag("teamleider", "2023-2024&regio=achterhoek&gemeente=Doetinchem").path("tabellen");
        assertThat(tabellen.path("vsvStatusNieuw").path("eenheid").asText()).isEqualTo("jongeren");
        assertThat(waarden(rij(tabellen.path("vsvStatusNieuw"), "gemeente", "Doetinchem"), "inBehandeling",
                "monitoring", "afgerond", "totaal")).containsExactly(2, 2, 1, 5);
        assertThat(waarden(rij(tabellen.path("vsvStatusOud"), "gemeente", "Doetinchem"), "inBehandeling",
                "monitoring", "afgerond", "totaal")).containsExactly(0, 1, 2, 3);

        JsonNode monitoring = tabellen.path("vsvMonitoringResultaten");
        assertThat(monitoring.path("rijen").get(0).path("code").asText()).isEqualTo("WERK_KORT");
        assertThat(waarden(rij(monitoring, "code", "WERK_KORT"), "nieuw", "oud")).containsExactly(1, 0);
        assertThat(waarden(rij(monitoring, "code", "WAJONG"), "nieuw", "oud")).containsExactly(0, 0);
        assertThat(waarden(rij(monitoring, "code", "PARTICIPATIEWET"), "nieuw", "oud")).containsExactly(0, 1);
        assertThat(waarden(rij(monitoring, "code", "GEEN_CONTROLE"), "nieuw", "oud")).containsExactly(1, 0);
        int nieuw = 0;
        for (JsonNode rij : monitoring.path("rijen")) {
            nieuw += rij.path("nieuw").asInt();
        }
        assertThat(nieuw).as("the monitoring column of Tabel 4").isEqualTo(2);

        JsonNode redenen = tabellen.path("vsvAfgerondRedenen");
        assertThat(redenen.path("rijen").findValuesAsText("code")).containsExactly("SCHOOL", "GEEN_DOELGROEP_MEER",
                "STARTKWALIFICATIE_BEHAALD", "OVERIG");
        assertThat(waarden(rij(redenen, "code", "SCHOOL"), "nieuw", "oud")).containsExactly(1, 0);
        assertThat(waarden(rij(redenen, "code", "GEEN_DOELGROEP_MEER"), "nieuw", "oud")).containsExactly(0, 1);
        assertThat(waarden(rij(redenen, "code", "STARTKWALIFICATIE_BEHAALD"), "nieuw", "oud")).containsExactly(0, 0);
    }

    @Test
    @DisplayName("MAS §9 and §6: thuiszitters overlapping the school year, distinct Jongeren, still one at the end")
    void thuiszitters() {
        vandaag("2025-03-01");
        JsonNode tabel = verslag("teamleider", "2023-2024&regio=achterhoek").path("tabellen")
                .path("thuiszittersPerGemeente");
        assertThat(tabel.path("eenheid").asText()).isEqualTo("jongeren");
        assertThat(waarden(rij(tabel, "gemeente", "Doetinchem"), "thuiszitters", "nogThuiszitterAanHetEinde"))
                .containsExactly(2, 1);
    }

    @Test
    @DisplayName("MAS §9: the trend holds every earlier school year from the oldest record, with the same definitions")
    void trend() {
        vandaag("2025-03-01");
        JsonNode trend = verslag("lpa-doetinchem", "2023-2024&regio=achterhoek&gemeente=Doetinchem").path("trend");
        assertThat(trend.findValuesAsText("schooljaar"))
                .containsExactly("2018-2019", "2019-2020", "2020-2021", "2021-2022", "2022-2023");
        JsonNode vorig = trend.get(4);
        assertThat(waarden(vorig, "absoluut", "wettelijk", "informatieAdvies", "totaal", "haltVerwijzingen",
                "processenVerbaal", "verzuim18PlusMeldingen", "verzuim18PlusActieGewenst", "vsvNieuw", "thuiszitters"))
                .containsExactly(1, 0, 0, 1, 1, 0, 1, 0, 0, 2);
        assertThat(vorig.path("vrijstellingenPerGrond").path("ART_5A").asInt()).isEqualTo(1);
        assertThat(trend.get(0).path("vsvNieuw").asInt()).isEqualTo(1);
        assertThat(trend.get(3).path("vsvNieuw").asInt()).isEqualTo(1);
    }

    @Test
    @DisplayName("MAS §9: a school year without data gives every table with zeros, rows per gemeente and group")
    void eenJaarZonderGegevensGeeftNullen() {
        JsonNode verslag = verslag("admin", "1990-1991&regio=achterhoek");
        assertThat(verslag.path("schooljaar").asText()).isEqualTo("1990-1991");
        assertThat(verslag.path("regio").asText()).isEqualTo("achterhoek");
        assertThat(verslag.path("gemeente").isNull()).isTrue();
        JsonNode tabellen = verslag.path("tabellen");
        assertThat(tabellen.path("meldingenPerOnderwijssoort").path("rijen")).hasSize(5);
        for (String tabel : List.of("vrijstellingenPerGemeente", "handhavingPerGemeente", "vsvStatusNieuw",
                "vsvStatusOud", "thuiszittersPerGemeente")) {
            assertThat(tabellen.path(tabel).path("rijen")).as(tabel).hasSize(9);
        }
        List<Integer> getallen = new ArrayList<>();
        tabellen.forEach(tabel -> verzamel(tabel, getallen));
        assertThat(getallen).isNotEmpty().containsOnly(0);
        assertThat(verslag.path("trend")).isEmpty();
    }

    private static void verzamel(JsonNode knoop, List<Integer> getallen) {
        if (knoop.isNumber()) {
            getallen.add(knoop.asInt());
        }
        knoop.forEach(kind -> verzamel(kind, getallen));
    }

    @Test
    @DisplayName("MAS §9: a bad schooljaar, regio or gemeente is a 400 in Dutch naming the parameter")
    void fouteParametersWordenGenoemd() {
        ResponseEntity<JsonNode> fout = vraag("teamleider", "2023-2025&regio=nergens&gemeente=Nergensdorp");
        assertThat(fout.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fout.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(fout.getBody().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("schooljaar", "regio", "gemeente");
        ResponseEntity<JsonNode> anders = vraag("teamleider", "2023-2024&regio=achterhoek&gemeente=Elderstad");
        assertThat(anders.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(anders.getBody().path("errors").findValuesAsText("field")).containsExactly("gemeente");
        assertThat(anders.getBody().toString()).contains("ligt niet in regio achterhoek");
        ResponseEntity<JsonNode> zonder = http.withBasicAuth("teamleider", "demo")
                .getForEntity("/api/jaarverslag", JsonNode.class);
        assertThat(zonder.getBody().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("schooljaar", "regio");
        assertThat(vraag("teamleider", "2023-24&regio=achterhoek").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    @DisplayName("MAS §10: the teamleider and the beheerder read the regio, an officer only their own gemeente")
    void toegang() {
        assertThat(vraag("teamleider", "2023-2024&regio=achterhoek").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(vraag("admin", "2023-2024&regio=achterhoek&gemeente=Aalten").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(vraag("lpa-doetinchem", "2023-2024&regio=achterhoek&gemeente=GM0222").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> regio = vraag("lpa-doetinchem", "2023-2024&regio=achterhoek");
        assertThat(regio.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(regio.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(vraag("lpa-doetinchem", "2023-2024&regio=achterhoek&gemeente=Aalten").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(vraag("dsp-achterhoek-1", "2023-2024&regio=achterhoek").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity(PAD + "2023-2024&regio=achterhoek", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    @DisplayName("MAS §9 and §4.5: the reason absoluutWeerIngeschreven counts is a reason of absoluut verzuim")
    void weerIngeschrevenIsEenAfsluitreden() {
        assertThat(CodelijstBestand.codes("codelijst-afsluitreden", "ABSOLUUT")).contains(Jaarcijfers.WEER_INGESCHREVEN);
    }

    @Test
    @DisplayName("MAS §9: percentage actie gewenst is rounded half up, 0 without meldingen")
    void percentageHalfNaarBoven() {
        assertThat(Jaarverslagen.percentage(1, 8)).isEqualTo(13);
        assertThat(Jaarverslagen.percentage(1, 3)).isEqualTo(33);
        assertThat(Jaarverslagen.percentage(2, 3)).isEqualTo(67);
        assertThat(Jaarverslagen.percentage(498, 1157)).isEqualTo(43);
        assertThat(Jaarverslagen.percentage(0, 0)).isZero();
    }
}
