package nl.schoolverzuim.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import nl.schoolverzuim.rapportage.JaarverslagVergelijking;
import nl.schoolverzuim.testsupport.IntegratieTest;

/**
 * MAS §9: the synthetic Achterhoek school year 2023-2024, walked through the real processes, gives exactly the
 * figures of the annual report [000] through {@code GET /api/jaarverslag}: seed-facts §6.2 Fixtures 2, 3 and 4. The
 * expected numbers are the fixtures' own, typed here from seed-facts, not read from the parameter file.
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SynthetischSchooljaarTest {

    private static final List<String> GEMEENTEN = List.of("Aalten", "Berkelland", "Bronckhorst", "Doesburg",
            "Doetinchem", "Montferland", "Oost Gelre", "Oude IJsselstreek", "Winterswijk");

    @Autowired
    SynthetischSchooljaar generator;
    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    private SynthetischSchooljaar.Samenvatting samenvatting;
    private JsonNode tabellen;

    @BeforeAll
    void genereer() {
        samenvatting = generator.genereer("achterhoek-2023-2024", null);
        ResponseEntity<JsonNode> antwoord = http.withBasicAuth("teamleider", "demo")
                .getForEntity("/api/jaarverslag?schooljaar=2023-2024&regio=achterhoek", JsonNode.class);
        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.OK);
        tabellen = antwoord.getBody().get("tabellen");
    }

    @Test
    @DisplayName("MAS §9: the CSV and the PDF of the generated year hold exactly the numbers of its JSON")
    void csvEnPdfHebbenDeGetallenVanDeJson() throws Exception {
        String vraag = "?schooljaar=2023-2024&regio=achterhoek";
        JsonNode json = http.withBasicAuth("teamleider", "demo").getForObject("/api/jaarverslag" + vraag, JsonNode.class);
        byte[] csv = http.withBasicAuth("teamleider", "demo").getForObject("/api/jaarverslag.csv" + vraag, byte[].class);
        byte[] pdf = http.withBasicAuth("teamleider", "demo").getForObject("/api/jaarverslag.pdf" + vraag, byte[].class);
        int getallen = JaarverslagVergelijking.elkGetal(json,
                JaarverslagVergelijking.secties(new String(csv, StandardCharsets.UTF_8).substring(1)),
                JaarverslagVergelijking.tekst(pdf));
        assertThat(getallen).isGreaterThan(300);
    }

    @Test
    @DisplayName("MAS §9, §3: Fixture 2 meldingen per onderwijssoort with the absoluut sub-counts and herhaald")
    void fixture2Meldingen() {
        // absoluut, > 3 mnd, > 4 wk, weer ingeschreven, wettelijk, herhaald, LRV, luxe, overig, info, totaal
        Map<String, int[]> verwacht = new LinkedHashMap<>();
        verwacht.put("BO_SBO", new int[] {40, 5, 27, 21, 43, 6, 1, 26, 69, 66, 179});
        verwacht.put("VSO_SO", new int[] {30, 16, 26, 5, 48, 8, 0, 1, 66, 48, 145});
        verwacht.put("VO", new int[] {68, 22, 48, 21, 380, 79, 13, 49, 510, 112, 1020});
        verwacht.put("MBO", new int[] {30, 15, 27, 3, 289, 115, 3, 0, 88, 29, 410});
        verwacht.put("GEEN_ONDERWIJS", new int[] {194, 28, 116, 124, 0, 0, 0, 0, 5, 11, 199});
        String[] velden = {"absoluut", "absoluutLangerDan3Maanden", "absoluutLangerDan4Weken",
                "absoluutWeerIngeschreven", "wettelijk", "wettelijkHerhaald", "langdurigRelatief", "luxe", "overig",
                "informatieAdvies", "totaal"};
        JsonNode rijen = tabellen.get("meldingenPerOnderwijssoort").get("rijen");
        assertThat(rijen).extracting(r -> r.get("onderwijssoort").asText()).containsExactlyElementsOf(verwacht.keySet());
        for (JsonNode rij : rijen) {
            int[] getallen = verwacht.get(rij.get("onderwijssoort").asText());
            for (int i = 0; i < velden.length; i++) {
                assertThat(rij.get(velden[i]).asInt()).as(rij.get("onderwijssoort").asText() + " " + velden[i])
                        .isEqualTo(getallen[i]);
            }
        }
    }

    @Test
    @DisplayName("MAS §9, §4.5: Fixture 2 resultaten per onderwijssoort; every melding of the year ended in it")
    void fixture2Resultaten() {
        String[] codes = {"TERUG_NAAR_SCHOOL", "DAGBESTEDING_MET_SCHOOLINSCHRIJVING", "LANGDURIGE_HULPVERLENING",
                "TIME_OUT_VOORZIENING", "VRIJSTELLING", "TIJDELIJK_WERK", "OVERDRACHT_DSP", "OVERIG", "totaal"};
        Map<String, int[]> verwacht = Map.of(
                "BO_SBO", new int[] {137, 5, 3, 0, 4, 0, 0, 30, 179},
                "VSO_SO", new int[] {68, 17, 15, 1, 7, 2, 4, 31, 145},
                "VO", new int[] {793, 39, 35, 8, 9, 15, 26, 95, 1020},
                "MBO", new int[] {319, 7, 8, 16, 8, 18, 24, 10, 410},
                "GEEN_ONDERWIJS", new int[] {129, 1, 0, 0, 1, 3, 3, 62, 199});
        JsonNode rijen = tabellen.get("resultatenPerOnderwijssoort").get("rijen");
        assertThat(rijen).hasSize(5);
        for (JsonNode rij : rijen) {
            int[] getallen = verwacht.get(rij.get("onderwijssoort").asText());
            for (int i = 0; i < codes.length; i++) {
                assertThat(rij.path(codes[i]).asInt()).as(rij.get("onderwijssoort").asText() + " " + codes[i])
                        .isEqualTo(getallen[i]);
            }
        }
    }

    @Test
    @DisplayName("MAS §9, §7: Fixture 3 vrijstellingen per gemeente and article")
    void fixture3Vrijstellingen() {
        // ART_3B, ART_5A, ART_5B, ART_5C, ART_15, totaal
        int[][] verwacht = {{0, 5, 2, 3, 1, 11}, {0, 8, 15, 4, 1, 28}, {0, 3, 8, 2, 5, 18}, {0, 2, 1, 2, 1, 6},
                {0, 18, 3, 10, 4, 35}, {0, 11, 4, 5, 2, 22}, {0, 8, 4, 8, 2, 22}, {0, 7, 15, 3, 3, 28},
                {0, 4, 19, 7, 2, 32}};
        String[] kolommen = {"ART_3B", "ART_5A", "ART_5B", "ART_5C", "ART_15", "totaal"};
        JsonNode rijen = tabellen.get("vrijstellingenPerGemeente").get("rijen");
        assertThat(rijen).extracting(r -> r.get("gemeente").asText()).containsExactlyElementsOf(GEMEENTEN);
        for (int g = 0; g < GEMEENTEN.size(); g++) {
            for (int k = 0; k < kolommen.length; k++) {
                assertThat(rijen.get(g).get(kolommen[k]).asInt()).as(GEMEENTEN.get(g) + " " + kolommen[k])
                        .isEqualTo(verwacht[g][k]);
            }
        }
    }

    @Test
    @DisplayName("MAS §9, §4.3: Fixture 3 Halt-verwijzingen and processen-verbaal (luxe, wettelijk) per gemeente")
    void fixture3Handhaving() {
        // Halt, PV luxe, PV wettelijk; Aalten and Oude IJsselstreek have none ("–" in [000] Tabel 2B)
        int[][] verwacht = {{0, 0, 0}, {3, 3, 1}, {2, 3, 3}, {1, 2, 0}, {12, 2, 4}, {3, 9, 2}, {2, 3, 2}, {0, 0, 0},
                {2, 8, 1}};
        JsonNode rijen = tabellen.get("handhavingPerGemeente").get("rijen");
        assertThat(rijen).extracting(r -> r.get("gemeente").asText()).containsExactlyElementsOf(GEMEENTEN);
        for (int g = 0; g < GEMEENTEN.size(); g++) {
            JsonNode rij = rijen.get(g);
            assertThat(new int[] {rij.get("haltVerwijzingen").asInt(), rij.get("procesVerbaalLuxe").asInt(),
                    rij.get("procesVerbaalWettelijk").asInt()}).as(GEMEENTEN.get(g)).containsExactly(verwacht[g]);
            assertThat(rij.get("procesVerbaalAbsoluut").asInt() + rij.get("procesVerbaalOverig").asInt())
                    .as(GEMEENTEN.get(g)).isZero();
        }
    }

    @Test
    @DisplayName("MAS §9, §8: Fixture 4 verzuim 18+ ([000] Tabel 3): 1157 meldingen, 498 actie gewenst, 568 Jongeren")
    void fixture4Verzuim18Plus() {
        JsonNode tabel = tabellen.get("verzuim18Plus");
        assertThat(tabel.get("meldingen").asInt()).isEqualTo(1157);
        assertThat(tabel.get("actieGewenst").asInt()).isEqualTo(498);
        assertThat(tabel.get("percentageActieGewenst").asInt()).isEqualTo(43);
        assertThat(tabel.get("uniekeJongeren").asInt()).isEqualTo(568);
        assertThat(tabel.get("recidive").asInt()).isEqualTo(231);
        assertThat(tabel.get("eenMelding").asInt()).isEqualTo(337);
    }

    @Test
    @DisplayName("MAS §9, §8: Fixture 4 vsv status of new and old vsv'ers per gemeente ([000] Tabel 4 and 7)")
    void fixture4VsvStatus() {
        int[][] nieuw = {{4, 59, 37, 100}, {11, 98, 48, 157}, {14, 55, 29, 98}, {8, 38, 20, 66}, {28, 166, 109, 303},
                {13, 108, 62, 183}, {7, 56, 31, 94}, {20, 100, 43, 163}, {5, 102, 71, 178}};
        int[][] oud = {{5, 96, 255, 356}, {2, 146, 452, 600}, {1, 113, 230, 344}, {0, 36, 169, 205},
                {10, 316, 739, 1065}, {5, 178, 374, 557}, {0, 96, 261, 357}, {4, 128, 324, 456}, {0, 124, 411, 535}};
        statussen("vsvStatusNieuw", nieuw);
        statussen("vsvStatusOud", oud);
    }

    private void statussen(String tabel, int[][] verwacht) {
        JsonNode rijen = tabellen.get(tabel).get("rijen");
        assertThat(rijen).extracting(r -> r.get("gemeente").asText()).containsExactlyElementsOf(GEMEENTEN);
        for (int g = 0; g < GEMEENTEN.size(); g++) {
            JsonNode rij = rijen.get(g);
            assertThat(new int[] {rij.get("inBehandeling").asInt(), rij.get("monitoring").asInt(),
                    rij.get("afgerond").asInt(), rij.get("totaal").asInt()}).as(tabel + " " + GEMEENTEN.get(g))
                    .containsExactly(verwacht[g]);
        }
    }

    @Test
    @DisplayName("MAS §9, §8: Fixture 4 monitoring results ([000] Tabel 5) and afgerond reasons (Tabel 6)")
    void fixture4MonitoringEnAfronding() {
        Map<String, int[]> monitoring = new LinkedHashMap<>();
        monitoring.put("WERK_KORT", new int[] {153, 124});
        monitoring.put("WERK_6_12", new int[] {160, 162});
        monitoring.put("WERK_12_PLUS", new int[] {57, 192});
        monitoring.put("WERK_INTERNE_OPLEIDING", new int[] {2, 5});
        monitoring.put("WERK_LOONKOSTENSUBSIDIE", new int[] {38, 127});
        monitoring.put("WERK_NIET_GESPECIFICEERD", new int[] {7, 66});
        monitoring.put("ZZP", new int[] {9, 44});
        monitoring.put("WACHT_OP_INSCHRIJVING", new int[] {5, 0});
        monitoring.put("SCHOOL", new int[] {80, 45});
        monitoring.put("PARTICIPATIEWET", new int[] {75, 142});
        monitoring.put("WAJONG", new int[] {38, 190});
        monitoring.put("DAGBESTEDING", new int[] {16, 20});
        monitoring.put("HULPVERLENING", new int[] {47, 35});
        monitoring.put("NIET_BEREIKBAAR_ONGEMOTIVEERD", new int[] {34, 69});
        monitoring.put("OVERIG", new int[] {61, 12});
        monitoring.put("GEEN_CONTROLE", new int[] {0, 0});
        nieuwOud("vsvMonitoringResultaten", monitoring);
        Map<String, int[]> afgerond = new LinkedHashMap<>();
        afgerond.put("SCHOOL", new int[] {238, 245});
        afgerond.put("GEEN_DOELGROEP_MEER", new int[] {164, 559});
        afgerond.put("STARTKWALIFICATIE_BEHAALD", new int[] {24, 20});
        afgerond.put("OVERIG", new int[] {24, 6});
        nieuwOud("vsvAfgerondRedenen", afgerond);
    }

    private void nieuwOud(String tabel, Map<String, int[]> verwacht) {
        Map<String, int[]> gevonden = new LinkedHashMap<>();
        tabellen.get(tabel).get("rijen").forEach(rij -> gevonden.put(rij.get("code").asText(),
                new int[] {rij.get("nieuw").asInt(), rij.get("oud").asInt()}));
        assertThat(gevonden.keySet()).as(tabel).containsAll(verwacht.keySet());
        gevonden.forEach((code, getallen) -> assertThat(getallen).as(tabel + " " + code)
                .containsExactly(verwacht.getOrDefault(code, new int[] {0, 0})));
    }

    @Test
    @DisplayName("MAS §9: walked through the processes: every melding and aanvraag has its werkproces in the engine")
    void doorDeProcessenGelopen() {
        assertThat(samenvatting.gevallen()).isEqualTo(jdbc.queryForObject("select (select count(*) from melding) "
                + "+ (select count(*) from vrijstelling)", Integer.class));
        assertThat(jdbc.queryForObject("select count(*) from melding where werkproces_id is null", Integer.class))
                .isZero();
        // every leerplicht werkproces of the year ended in the year (Fixture 2: resultaten = meldingen)
        assertThat(jdbc.queryForObject("select count(*) from melding m join werkproces w on w.id = m.werkproces_id "
                + "where m.meldingnummer like 'SYN-%' and w.verzuimsoort in ('ABSOLUUT', 'WETTELIJK', "
                + "'LANGDURIG_RELATIEF', 'LUXE', 'OVERIG') and (w.afgesloten_op is null "
                + "or w.afgesloten_op >= timestamp '2024-08-01 00:00:00')", Integer.class)).isZero();
        // the engine's history holds every werkproces the report counts
        assertThat(jdbc.queryForObject("select count(*) from werkproces w where not exists (select 1 from "
                + "act_hi_procinst h where h.proc_inst_id_ = w.process_instance_id)", Integer.class)).isZero();
    }
}
