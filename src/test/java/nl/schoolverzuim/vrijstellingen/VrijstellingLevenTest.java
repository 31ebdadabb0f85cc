package nl.schoolverzuim.vrijstellingen;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import nl.schoolverzuim.melding.NieuweMelding;
import nl.schoolverzuim.testsupport.WerkprocesTest;

/**
 * What an active vrijstelling does elsewhere (MAS §6, §7): a new verzuim melding is flagged at triage, the Jongere is
 * no thuiszitter, and a thuiszitter period that was running ends on the ingangsdatum.
 */
class VrijstellingLevenTest extends WerkprocesTest {

    @Autowired
    TestRestTemplate http;

    private String verleend(NieuweMelding.JongereGegevens jongere, LocalDate ingang) {
        Map<String, Object> aanvraag = new HashMap<>();
        aanvraag.put("grond", "ART_3B");
        aanvraag.put("aanvraagdatum", vandaag().toString());
        aanvraag.put("aanvrager", "OUDERS");
        aanvraag.put("jongere", Map.of("bsn", jongere.bsn(), "voornaam", jongere.voornaam(), "achternaam",
                jongere.achternaam(), "geboortedatum", jongere.geboortedatum(), "woongemeente", jongere.woongemeente()));
        aanvraag.put("ingangsdatum", ingang.toString());
        aanvraag.put("einddatum", ingang.plusMonths(6).toString());
        aanvraag.put("bijlagen", List.of());
        ResponseEntity<JsonNode> antwoord = http.withBasicAuth("lpa-doetinchem", "demo")
                .postForEntity("/api/vrijstellingen", aanvraag, JsonNode.class);
        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = antwoord.getBody().get("id").asText();
        assertThat(http.withBasicAuth("lpa-doetinchem", "demo").postForEntity("/api/vrijstellingen/" + id + "/besluit",
                Map.of("besluit", "VERLENEN", "motivering", "Gemotiveerd"), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        return id;
    }

    private Werkproces melding(String soort, NieuweMelding.JongereGegevens jongere) {
        return melding(new NieuweMelding(null, soort, vandaag().toString(), jongere,
                "ABSOLUUT".equals(soort) ? null : new NieuweMelding.SchoolGegevens("12AB", "Houtkamp College", "VO"),
                "ABSOLUUT".equals(soort) ? 0 : 120, 0, false, null, null));
    }

    /** The nightly thuiszitter detection (thuiszitters-signaleren), run at 03:00 on {@code datum}. */
    private void signaleerOp(LocalDate datum) {
        ClockUtil.setCurrentTime(java.util.Date.from(datum.atTime(LocalTime.of(3, 0)).atZone(NL).toInstant()));
        Job nacht = management.createJobQuery().processDefinitionKey("thuiszitters-signaleren").timers().singleResult();
        management.executeJob(nacht.getId());
    }

    private long thuiszitters(Werkproces werkproces) {
        return jdbc.queryForObject("select count(*) from thuiszitter where werkproces_id = ?", Long.class,
                werkproces.id());
    }

    @Test
    void eenMeldingTijdensEenActieveVrijstellingWordtBijDeTriageGemarkeerdEnMaaktGeenThuiszitter() {
        NieuweMelding.JongereGegevens jongere = nieuweJongere(14, "Doetinchem");
        verleend(jongere, vandaag().minusDays(10));

        Werkproces w = melding("LANGDURIG_RELATIEF", jongere);

        // MAS §7: triage sees the active vrijstelling (form melding-trieren shows it).
        assertThat(runtime.getVariable(w.instantie().getId(), Vrijstellingen.ACTIEF_BIJ_MELDING)).isEqualTo(true);
        voltooi(w.instantie(), "MeldingTrieren", "triageBesluit", "IN_BEHANDELING");
        // MAS §6: with a vrijstelling no thuiszitter, though langdurig relatief verzuim otherwise is one at once.
        signaleerOp(vandaag().plusDays(1));
        assertThat(thuiszitters(w)).isZero();
    }

    @Test
    void zonderVrijstellingGeenMarkeringBijDeTriage() {
        Werkproces w = melding("LANGDURIG_RELATIEF", nieuweJongere(14, "Doetinchem"));

        assertThat(runtime.getVariable(w.instantie().getId(), Vrijstellingen.ACTIEF_BIJ_MELDING)).isEqualTo(false);
    }

    @Test
    void eenVerleendeVrijstellingBeeindigtHetThuiszittenOpDeIngangsdatum() {
        NieuweMelding.JongereGegevens jongere = nieuweJongere(14, "Doetinchem");
        Werkproces w = melding("ABSOLUUT", jongere);
        voltooi(w.instantie(), "MeldingTrieren", "triageBesluit", "IN_BEHANDELING");
        signaleerOp(vandaag().plusDays(1));
        assertThat(thuiszitters(w)).isEqualTo(1);

        LocalDate ingang = vandaag().plusDays(5);
        verleend(jongere, ingang);

        // MAS §6, §7: the thuiszitter period ends on the vrijstelling's ingangsdatum.
        Map<String, Object> rij = jdbc.queryForMap("select beeindigd_op, beeindigingsreden from thuiszitter "
                + "where werkproces_id = ?", w.id());
        assertThat(((Date) rij.get("beeindigd_op")).toLocalDate()).isEqualTo(ingang);
        assertThat(rij.get("beeindigingsreden")).isEqualTo("VRIJSTELLING");
    }
}
