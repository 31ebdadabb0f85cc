package nl.schoolverzuim.vrijstellingen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import nl.schoolverzuim.domein.Termijnen;
import nl.schoolverzuim.testsupport.IntegratieTest;
import nl.schoolverzuim.testsupport.Meldingen;

/** The team's page /vrijstellingen and the beheerder's school holidays (MAS §7). */
@IntegratieTest
class VrijstellingenPaginaTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    VerlofAanvragen verlof;
    @Autowired
    TaskService taken;
    @Autowired
    Schooldagen schooldagen;

    @AfterEach
    void klokTerug() {
        ClockUtil.reset();
    }

    private VerlofAanvragen.Aangevraagd aanvraag(String achternaam, String van, String tot) {
        return verlof.aanvragen(new NieuweVerlofaanvraag(
                new NieuweVerlofaanvraag.Jongere(Meldingen.uniekBsn(), "Pagina", achternaam, "2014-05-01", "Doetinchem"),
                new NieuweVerlofaanvraag.School("12AB", "Houtkamp College", "VO"), van, tot, "familiebezoek",
                "2027-02-01"));
    }

    private void verleen(VerlofAanvragen.Aangevraagd aanvraag) {
        String taak = taken.createTaskQuery().processInstanceId(aanvraag.processInstanceId()).singleResult().getId();
        taken.complete(taak, Map.of("besluit", "VERLENEN", "motivering", "Bijzondere omstandigheid."));
    }

    private static String sectie(String html, String id) {
        String vanaf = html.substring(html.indexOf("id=\"" + id + "\""));
        int volgende = vanaf.indexOf("<h2", 1);
        return volgende < 0 ? vanaf : vanaf.substring(0, volgende);
    }

    @Test
    // MAS §7 and §10: the leerplicht team of the gemeente sees its requests; another gemeente and the DSP do not.
    void hetTeamZietTeBeslissenActiefEnBinnenTweeMaandenBeginnendVerlof() {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2027, 3, 1, 9, 0).atZone(Termijnen.ZONE).toInstant()));
        aanvraag("Open", "2027-03-08", "2027-03-22");
        verleen(aanvraag("Lopend", "2027-02-15", "2027-03-19"));
        verleen(aanvraag("Straks", "2027-04-06", "2027-04-23"));
        verleen(aanvraag("Later", "2027-06-01", "2027-06-30"));

        ResponseEntity<String> pagina = http.withBasicAuth("lpa-doetinchem", "demo").getForEntity("/vrijstellingen",
                String.class);

        assertThat(pagina.getStatusCode()).isEqualTo(HttpStatus.OK);
        String html = pagina.getBody();
        assertThat(sectie(html, "te-beslissen")).contains("Pagina Open").doesNotContain("Lopend", "Straks", "Later");
        assertThat(sectie(html, "actief")).contains("Pagina Lopend").doesNotContain("Open", "Straks", "Later");
        assertThat(sectie(html, "binnenkort")).contains("Pagina Straks").doesNotContain("Open", "Lopend", "Later");

        String andereGemeente = http.withBasicAuth("lpa-aalten", "demo").getForEntity("/vrijstellingen", String.class)
                .getBody();
        assertThat(andereGemeente).contains("Geen verlofaanvragen te beslissen").doesNotContain("Pagina Open");
        String doorstroompunt = http.withBasicAuth("dsp-achterhoek-1", "demo").getForEntity("/vrijstellingen",
                String.class).getBody();
        assertThat(doorstroompunt).contains("Geen verlofaanvragen te beslissen").doesNotContain("Pagina Open");
        assertThat(http.withBasicAuth("teamleider", "demo").getForEntity("/vrijstellingen", String.class).getBody())
                .contains("Pagina Open", "Pagina Lopend");
    }

    /** A beroep op art. 3b through the API, which has no legal requirement in the toets; returns its id. */
    private long vrijstelling(String achternaam, String gemeente, String ingang, String einde) {
        Map<String, Object> jongere = Map.of("bsn", Meldingen.uniekBsn(), "voornaam", "Vrijgesteld",
                "achternaam", achternaam, "geboortedatum", "2015-05-01", "woongemeente", gemeente);
        ResponseEntity<JsonNode> antwoord = http.withBasicAuth("teamleider", "demo").postForEntity("/api/vrijstellingen",
                Map.of("grond", "ART_3B", "aanvraagdatum", "2026-08-01", "aanvrager", "OUDERS", "jongere", jongere,
                        "ingangsdatum", ingang, "einddatum", einde, "bijlagen", java.util.List.of()), JsonNode.class);
        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return antwoord.getBody().path("id").asLong();
    }

    private void besluit(long id, String besluit) {
        assertThat(http.withBasicAuth("teamleider", "demo").postForEntity("/api/vrijstellingen/" + id + "/besluit",
                Map.of("besluit", besluit, "motivering", "Volgens de wet."), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    // MAS §7 and §10: vrijstellingen to decide, active, and ending within 2 months (31 March and 30 April 2027 are,
    // 2 May is not), for the leerplicht team of the woongemeente only; labels and dates in Dutch.
    void hetTeamZietVrijstellingenTeBeslissenActiefEnBinnenTweeMaandenAflopend() {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2027, 3, 1, 0, 30).atZone(Termijnen.ZONE).toInstant()));
        vrijstelling("Aanvraag", "Doetinchem", "2026-09-01", "2027-07-31");
        besluit(vrijstelling("Loopt", "Doetinchem", "2026-09-01", "2027-07-31"), "VERLENEN");
        besluit(vrijstelling("Maart", "Doetinchem", "2026-09-01", "2027-03-31"), "VERLENEN");
        besluit(vrijstelling("Tweemaanden", "Doetinchem", "2026-09-01", "2027-05-01"), "VERLENEN");
        besluit(vrijstelling("Ruim", "Doetinchem", "2026-09-01", "2027-05-02"), "VERLENEN");
        besluit(vrijstelling("Afgewezen", "Doetinchem", "2026-09-01", "2027-07-31"), "AFWIJZEN");
        besluit(vrijstelling("Later", "Doetinchem", "2027-04-01", "2027-07-31"), "VERLENEN");
        besluit(vrijstelling("Elders", "Aalten", "2026-09-01", "2027-03-31"), "VERLENEN");

        String html = http.withBasicAuth("lpa-doetinchem", "demo").getForEntity("/vrijstellingen", String.class)
                .getBody();

        assertThat(sectie(html, "vrijstellingen-te-beslissen")).contains("Vrijgesteld Aanvraag", "Art. 3b",
                "1 september 2026", "31 juli 2027", "voldoet").doesNotContain("Loopt", "Afgewezen", "Elders");
        assertThat(sectie(html, "vrijstellingen-actief")).contains("Vrijgesteld Loopt", "Vrijgesteld Maart",
                "Vrijgesteld Tweemaanden", "Vrijgesteld Ruim", "Verleend")
                .doesNotContain("Aanvraag", "Afgewezen", "Later", "Elders");
        assertThat(sectie(html, "vrijstellingen-aflopend")).contains("Vrijgesteld Maart", "31 maart 2027",
                "Vrijgesteld Tweemaanden", "1 mei 2027").doesNotContain("Loopt", "Ruim", "Later", "Elders");
        assertThat(http.withBasicAuth("lpa-aalten", "demo").getForEntity("/vrijstellingen", String.class).getBody())
                .contains("Vrijgesteld Elders").doesNotContain("Vrijgesteld Maart");
        assertThat(http.withBasicAuth("dsp-achterhoek-1", "demo").getForEntity("/vrijstellingen", String.class)
                .getBody()).contains("Geen actieve vrijstellingen").doesNotContain("Vrijgesteld");
        assertThat(sectie(http.withBasicAuth("teamleider", "demo").getForEntity("/vrijstellingen", String.class)
                .getBody(), "vrijstellingen-aflopend")).contains("Vrijgesteld Maart", "Vrijgesteld Elders");
    }

    @Test
    // MAS §7: school holidays per vakantieregio, kept by the beheerder.
    void alleenDeBeheerderLegtSchoolvakantiesEnVakantieregiosVast() {
        JsonNode alle = http.withBasicAuth("lpa-doetinchem", "demo").getForEntity("/api/schoolvakanties", JsonNode.class)
                .getBody();
        assertThat(alle.size()).isGreaterThanOrEqualTo(30);

        Map<String, String> herfst = Map.of("schooljaar", "2028-2029", "vakantieregio", "MIDDEN",
                "naam", "Herfstvakantie", "van", "2028-10-14", "tot", "2028-10-22");
        assertThat(http.withBasicAuth("lpa-doetinchem", "demo").postForEntity("/api/schoolvakanties", herfst,
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<JsonNode> fout = http.withBasicAuth("admin", "demo").postForEntity("/api/schoolvakanties",
                Map.of("schooljaar", "2028", "vakantieregio", "OOST", "van", "14-10-2028", "tot", "2028-10-22"),
                JsonNode.class);
        assertThat(fout.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fout.getBody().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("schooljaar", "vakantieregio", "naam", "van");

        ResponseEntity<JsonNode> nieuw = http.withBasicAuth("admin", "demo").postForEntity("/api/schoolvakanties",
                herfst, JsonNode.class);
        assertThat(nieuw.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(http.withBasicAuth("admin", "demo").exchange("/api/schoolvakanties/" + nieuw.getBody().path("id"),
                HttpMethod.DELETE, HttpEntity.EMPTY, Void.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        // MAS §7: the school's region decides which holiday is skipped; Montferland is in regio zuid.
        LocalDate van = LocalDate.of(2027, 2, 1);
        LocalDate tot = LocalDate.of(2027, 2, 19);
        assertThat(schooldagen.tussen(van, tot, "Montferland")).isEqualTo(10);
        assertThat(http.withBasicAuth("lpa-montferland", "demo").exchange("/api/schoolvakanties/regioindeling/Montferland",
                HttpMethod.PUT, new HttpEntity<>(Map.of("vakantieregio", "MIDDEN")), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("admin", "demo").exchange("/api/schoolvakanties/regioindeling/Montferland",
                HttpMethod.PUT, new HttpEntity<>(Map.of("vakantieregio", "MIDDEN")), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(schooldagen.tussen(van, tot, "Montferland")).isEqualTo(15);
    }
}
