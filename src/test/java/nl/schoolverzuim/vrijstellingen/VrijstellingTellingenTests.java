package nl.schoolverzuim.vrijstellingen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import nl.schoolverzuim.domein.Termijnen;
import nl.schoolverzuim.testsupport.IntegratieTest;
import nl.schoolverzuim.testsupport.Meldingen;

/**
 * MAS §9: vrijstellingen per article and gemeente per school year for the jaarverslag, in the shape of [000] Tabel 2A
 * (seed-facts Fixture 3), over a small fixture made through the API. Its own context: a fresh database, exact counts;
 * on H2 and on PostgreSQL by the subclasses.
 */
@IntegratieTest
abstract class VrijstellingTellingenTests {

    private static final String PAD = "/api/vrijstellingen/tellingen?schooljaar=";

    @Autowired
    TestRestTemplate http;

    @AfterEach
    void klokTerug() {
        ClockUtil.reset();
    }

    private long aanvraag(String grond, String gemeente, String geboortedatum, String schooljaar, String ingang,
                          String einde, String... bijlagen) {
        Map<String, Object> body = new HashMap<>(Map.of("grond", grond, "aanvraagdatum", "2025-06-01",
                "aanvrager", "OUDERS", "ingangsdatum", ingang, "einddatum", einde, "bijlagen", List.of(bijlagen),
                "jongere", Map.of("bsn", Meldingen.uniekBsn(), "voornaam", "Teller", "achternaam", grond,
                        "geboortedatum", geboortedatum, "woongemeente", gemeente)));
        if (schooljaar != null) {
            body.put("schooljaar", schooljaar);
        }
        ResponseEntity<JsonNode> antwoord = http.withBasicAuth("teamleider", "demo").postForEntity("/api/vrijstellingen",
                body, JsonNode.class);
        assertThat(antwoord.getStatusCode()).as(antwoord.toString()).isEqualTo(HttpStatus.CREATED);
        return antwoord.getBody().path("id").asLong();
    }

    private void besluit(long id, String besluit) {
        assertThat(http.withBasicAuth("teamleider", "demo").postForEntity("/api/vrijstellingen/" + id + "/besluit",
                Map.of("besluit", besluit, "motivering", "Volgens de wet."), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    private JsonNode tellingen(String gebruiker, String query) {
        ResponseEntity<JsonNode> antwoord = http.withBasicAuth(gebruiker, "demo").getForEntity(PAD + query, JsonNode.class);
        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.OK);
        return antwoord.getBody();
    }

    private static JsonNode rij(JsonNode tellingen, String gemeente) {
        for (JsonNode rij : tellingen.path("gemeenten")) {
            if (rij.path("gemeente").asText().equals(gemeente)) {
                return rij;
            }
        }
        throw new AssertionError("geen rij voor " + gemeente + " in " + tellingen);
    }

    /** The row's counts in Fixture 3's column order: art. 3b, 5 onder a, b, c, 15 and the total. */
    private static List<Long> kolommen(JsonNode rij) {
        List<Long> kolommen = new ArrayList<>();
        for (String grond : List.of("ART_3B", "ART_5A", "ART_5B", "ART_5C", "ART_15")) {
            kolommen.add(rij.path("perGrond").path(grond).asLong(-1));
        }
        kolommen.add(rij.path("totaal").asLong(-1));
        return kolommen;
    }

    @Test
    // MAS §9 and §7: granted vrijstellingen in the school year of their ingangsdatum, per article and gemeente; refused
    // and undecided ones do not count, nor one that began in the year before.
    void vrijstellingenPerArtikelEnGemeenteInEenSchooljaar() {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2027, 3, 1, 9, 0).atZone(Termijnen.ZONE).toInstant()));
        besluit(aanvraag("ART_3B", "Doetinchem", "2015-05-01", null, "2026-09-01", "2027-07-31"), "VERLENEN");
        // One begins on the last day of the year (counted); one began in the year before: 2025-2026 only.
        besluit(aanvraag("ART_3B", "Doetinchem", "2015-05-01", null, "2027-07-31", "2027-12-31"), "VERLENEN");
        besluit(aanvraag("ART_3B", "Doetinchem", "2015-05-01", null, "2025-09-01", "2026-07-31"), "VERLENEN");
        besluit(aanvraag("ART_5C", "Doetinchem", "2014-05-01", "2026-2027", "2026-08-01", "2027-07-31",
                "BEWIJS_INSCHRIJVING_BUITENLAND", "BEWIJS_AANWEZIGHEID_BUITENLAND"), "VERLENEN");
        besluit(aanvraag("ART_3B", "Doetinchem", "2015-05-01", null, "2026-09-01", "2027-07-31"), "AFWIJZEN");
        aanvraag("ART_3B", "Doetinchem", "2015-05-01", null, "2026-09-01", "2027-07-31");
        besluit(aanvraag("ART_15", "Aalten", "2010-01-01", null, "2026-09-01", "2027-07-31", "ALTERNATIEF_PROGRAMMA"),
                "VERLENEN");

        JsonNode alle = tellingen("teamleider", "2026-2027&regio=achterhoek");

        assertThat(alle.path("schooljaar").asText()).isEqualTo("2026-2027");
        assertThat(alle.path("eenheid").asText()).isEqualTo("vrijstellingen");
        assertThat(alle.path("gemeenten")).hasSize(9);
        assertThat(kolommen(rij(alle, "Doetinchem"))).containsExactly(2L, 0L, 0L, 1L, 0L, 3L);
        assertThat(kolommen(rij(alle, "Aalten"))).containsExactly(0L, 0L, 0L, 0L, 1L, 1L);
        assertThat(kolommen(rij(alle, "Winterswijk"))).containsExactly(0L, 0L, 0L, 0L, 0L, 0L);
        assertThat(kolommen(alle.path("totaal"))).containsExactly(2L, 0L, 0L, 1L, 1L, 4L);
        assertThat(kolommen(rij(tellingen("teamleider", "2025-2026"), "Doetinchem")))
                .containsExactly(1L, 0L, 0L, 0L, 0L, 1L);

        // MAS §10: an LPA counts the own gemeente only; the Doorstroompunt has no part in vrijstellingen.
        JsonNode eigen = tellingen("lpa-doetinchem", "2026-2027");
        assertThat(eigen.path("gemeenten")).hasSize(1);
        assertThat(kolommen(eigen.path("totaal"))).containsExactly(2L, 0L, 0L, 1L, 0L, 3L);
        JsonNode doorstroompunt = tellingen("dsp-achterhoek-1", "2026-2027");
        assertThat(doorstroompunt.path("gemeenten")).isEmpty();
        assertThat(kolommen(doorstroompunt.path("totaal"))).containsExactly(0L, 0L, 0L, 0L, 0L, 0L);
    }

    @Test
    // MAS §9: a year without data is all zeros; bad parameters are named.
    void eenJaarZonderGegevensIsNulEnFouteParametersWordenGenoemd() {
        JsonNode leeg = tellingen("admin", "1990-1991");
        assertThat(leeg.path("gemeenten")).hasSize(9)
                .allSatisfy(rij -> assertThat(kolommen(rij)).containsOnly(0L));
        assertThat(kolommen(leeg.path("totaal"))).containsOnly(0L);

        ResponseEntity<JsonNode> fout = http.withBasicAuth("teamleider", "demo")
                .getForEntity(PAD + "2026-2028&regio=nergens", JsonNode.class);
        assertThat(fout.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fout.getBody().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("schooljaar", "regio");
        ResponseEntity<JsonNode> zonder = http.withBasicAuth("teamleider", "demo")
                .getForEntity("/api/vrijstellingen/tellingen", JsonNode.class);
        assertThat(zonder.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(zonder.getBody().path("errors").findValuesAsText("field")).containsExactly("schooljaar");
    }
}
