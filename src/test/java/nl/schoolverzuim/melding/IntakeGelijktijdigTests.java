package nl.schoolverzuim.melding;

import static nl.schoolverzuim.testsupport.Meldingen.jongere;
import static nl.schoolverzuim.testsupport.Meldingen.school;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import nl.schoolverzuim.dossier.Jongere;
import nl.schoolverzuim.organisatie.Gemeente;
import nl.schoolverzuim.testsupport.Meldingen;

/**
 * Intake under concurrency, and no BSN in the log whatever fails. Run once on H2 and once on PostgreSQL by the
 * subclasses.
 */
abstract class IntakeGelijktijdigTests extends IntakeTestBasis {

    /**
     * Twenty meldingen about one new Jongere at the same moment, each with its own meldingnummer and a school nobody
     * sent before: every one is stored, none is a 5xx, and they share one Jongere and one Dossier (MAS §1), with and
     * without BSN (then recognised by name and date of birth, MAS §4 step 1).
     */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void twintigMeldingenTegelijkOverEenNieuweJongereGevenEenDossier(boolean metBsn) throws Exception {
        Map<String, Object> jongere = new java.util.HashMap<>(jongere(Meldingen.wettelijk()));
        if (!metBsn) {
            jongere.remove("bsn");
        }
        String brin = "%02dZZ".formatted((metBsn ? 10 : 50) + java.util.concurrent.ThreadLocalRandom.current().nextInt(40));
        int meldingenVooraf = aantalMeldingen();
        List<Map<String, Object>> meldingen = java.util.stream.IntStream.range(0, 20).mapToObj(i -> {
            Map<String, Object> melding = Meldingen.wettelijk();
            melding.put("jongere", jongere);
            school(melding).put("brin", brin);
            return melding;
        }).toList();

        java.util.concurrent.ExecutorService afzenders = java.util.concurrent.Executors.newFixedThreadPool(20);
        List<ResponseEntity<JsonNode>> antwoorden;
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<ResponseEntity<JsonNode>>> verzonden = meldingen.stream()
                    .map(melding -> afzenders.submit(() -> {
                        start.await();
                        return post(LPA_DOETINCHEM, melding);
                    })).toList();
            start.countDown();
            antwoorden = new java.util.ArrayList<>();
            for (var antwoord : verzonden) {
                antwoorden.add(antwoord.get(2, java.util.concurrent.TimeUnit.MINUTES));
            }
        } finally {
            afzenders.shutdownNow();
        }

        assertThat(antwoorden).extracting(ResponseEntity::getStatusCode).containsOnly(HttpStatus.CREATED);
        assertThat(antwoorden).extracting(antwoord -> antwoord.getBody().get("dossierId").asLong()).containsOnly(
                antwoorden.get(0).getBody().get("dossierId").asLong());
        assertThat(aantalMeldingen()).isEqualTo(meldingenVooraf + 20);
        assertThat(jdbc.queryForObject("select count(*) from jongere where lower(achternaam) = lower(?)",
                Integer.class, jongere.get("achternaam"))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from school where brin = ?", Integer.class, brin)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(distinct dossier_id) from melding where meldingnummer in ("
                        + String.join(",", java.util.Collections.nCopies(20, "?")) + ")", Integer.class,
                meldingen.stream().map(melding -> melding.get("meldingnummer")).toArray())).isEqualTo(1);
    }

    /**
     * MAS §10: no BSN in any log line, whatever fails. An intake scenario with failures: a repeat (409), the same
     * meldingnummer five times at once, bad input quoting the BSN, a melding refused by the 11-proef, a refused bulk
     * row next to a repeat, and a unique key on the BSN broken in the database itself; the captured log holds none of the BSNs used. A line that
     * does quote one (an exception's text, here logged on purpose) shows it blanked.
     */
    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void geenBsnInHetLogWatErOokMisgaat(CapturedOutput log) throws Exception {
        String bsn = Meldingen.uniekBsn();
        Map<String, Object> melding = Meldingen.wettelijk();
        jongere(melding).put("bsn", bsn);
        assertThat(post(LPA_DOETINCHEM, melding).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(post(LPA_DOETINCHEM, melding).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        Map<String, Object> tegelijk = Meldingen.wettelijk();
        String tweedeBsn = (String) jongere(tegelijk).get("bsn");
        java.util.concurrent.ExecutorService afzenders = java.util.concurrent.Executors.newFixedThreadPool(5);
        try {
            List<java.util.concurrent.Future<ResponseEntity<JsonNode>>> verzonden = new java.util.ArrayList<>();
            for (int i = 0; i < 5; i++) {
                verzonden.add(afzenders.submit(() -> post(LPA_DOETINCHEM, tegelijk)));
            }
            List<HttpStatus> statussen = new java.util.ArrayList<>();
            for (var antwoord : verzonden) {
                statussen.add(HttpStatus.valueOf(antwoord.get(2, java.util.concurrent.TimeUnit.MINUTES)
                        .getStatusCode().value()));
            }
            assertThat(statussen).containsOnly(HttpStatus.CREATED, HttpStatus.CONFLICT)
                    .filteredOn(HttpStatus.CREATED::equals).hasSize(1);
        } finally {
            afzenders.shutdownNow();
        }

        Map<String, Object> verkeerdType = Meldingen.wettelijk();
        verkeerdType.put("urenVerzuim", bsn + "uur");
        assertThat(post(LPA_DOETINCHEM, verkeerdType).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        String ongeldigeBsn = bsn.substring(0, 8) + ((bsn.charAt(8) - '0' + 1) % 10);
        Map<String, Object> elfproef = Meldingen.wettelijk();
        jongere(elfproef).put("bsn", ongeldigeBsn);
        assertThat(post(LPA_DOETINCHEM, elfproef).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Map<String, Object> bulkRij = Meldingen.wettelijk();
        jongere(bulkRij).put("bsn", bsn);
        bulkRij.put("kerenTeLaat", -1);
        assertThat(bulk(LPA_DOETINCHEM, List.of(bulkRij, melding)).getStatusCode()).isEqualTo(HttpStatus.OK);

        Gemeente doetinchem = gemeenten.findAll().stream().filter(g -> g.getNaam().equals("Doetinchem")).findFirst()
                .orElseThrow();
        RuntimeException gebroken = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () ->
                transactie.executeWithoutResult(status -> {
                    entityManager.persist(new Jongere(bsn, "Dubbel", "Bsn", LocalDate.of(2012, 1, 1), doetinchem));
                    entityManager.flush();
                }));
        org.slf4j.LoggerFactory.getLogger(IntakeGelijktijdigTests.class)
                .warn("Jongere met BSN {} niet opgeslagen", bsn, gebroken);

        assertThat(log.getOut() + log.getErr()).doesNotContain(bsn).doesNotContain(tweedeBsn)
                .doesNotContain(ongeldigeBsn).contains("Jongere met BSN " + "*********" + " niet opgeslagen");
    }
}
