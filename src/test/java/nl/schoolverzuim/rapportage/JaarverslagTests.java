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
    @DisplayName("MAS §9: percentage actie gewenst is rounded half up, 0 without meldingen")
    void percentageHalfNaarBoven() {
        assertThat(Jaarverslagen.percentage(1, 8)).isEqualTo(13);
        assertThat(Jaarverslagen.percentage(1, 3)).isEqualTo(33);
        assertThat(Jaarverslagen.percentage(2, 3)).isEqualTo(67);
        assertThat(Jaarverslagen.percentage(498, 1157)).isEqualTo(43);
        assertThat(Jaarverslagen.percentage(0, 0)).isZero();
    }
}
