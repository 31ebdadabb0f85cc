package nl.schoolverzuim.vrijstellingen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.schoolverzuim.domein.Termijnen;
import nl.schoolverzuim.domein.Variabelen;
import nl.schoolverzuim.engine.VerwijdertijdPerInstantie;
import nl.schoolverzuim.testsupport.Meldingen;
import nl.schoolverzuim.testsupport.Weigeringen;
import nl.schoolverzuim.testsupport.WerkprocesTest;

/** {@code processes/verlof.bpmn} through the application: the LPA decides verlof over 10 school days (MAS §7). */
class VerlofProcessTest extends WerkprocesTest {

    /** Thursday 12 November 2026, 10:00. */
    private static final LocalDateTime NU = LocalDateTime.of(2026, 11, 12, 10, 0);

    @Autowired
    VerlofAanvragen verlof;
    @Autowired
    VerwijdertijdPerInstantie bewaartermijn;
    @Autowired
    HistoryService historie;

    @BeforeEach
    void klok() {
        ClockUtil.setCurrentTime(Date.from(NU.atZone(NL).toInstant()));
    }

    private ProcessInstance aanvraag() {
        VerlofAanvragen.Aangevraagd aangevraagd = verlof.aanvragen(new NieuweVerlofaanvraag(
                new NieuweVerlofaanvraag.Jongere(Meldingen.uniekBsn(), "Sanne", "Verlof-" + System.nanoTime(),
                        "2014-05-01", "Doetinchem"),
                new NieuweVerlofaanvraag.School("12AB", "Houtkamp College", "VO"),
                "2027-03-08", "2027-03-22", "huwelijk van een familielid", "2026-11-10"));
        assertThat(aangevraagd.schooldagen()).isEqualTo(11);
        // the beschikking goes to the ouders: the officer records their address in the Dossier
        jdbc.update("insert into verzorger (id, dossier_id, naam, naam_sleutel, straat, huisnummer, postcode, woonplaats, "
                + "email, bron, gewijzigd_op) values (next value for verzorger_seq, ?, 'J. Verlof', 'j. verlof', "
                + "'Dorpsstraat', '1', '7001 AB', 'Doetinchem', 'ouders@example.nl', 'AMBTENAAR', current_timestamp)",
                aangevraagd.dossierId());
        return runtime.createProcessInstanceQuery().processInstanceId(aangevraagd.processInstanceId()).singleResult();
    }

    private String status(ProcessInstance instantie) {
        return jdbc.queryForObject("select status from verlofaanvraag where werkproces_id = ?", String.class,
                Long.valueOf(instantie.getBusinessKey()));
    }

    @Test
    // MAS §7: more than 10 school days, the LPA grants with a motivering and sends the beschikking.
    void deLeerplichtambtenaarVerleentVerlofMetMotiveringEnVerzendtDeBeschikking() {
        ProcessInstance instantie = aanvraag();
        assertThat(instantie).isWaitingAt("VerlofBeslissen");

        voltooi(instantie, "VerlofBeslissen", "besluit", "VERLENEN", "motivering", "Bijzondere familieomstandigheid.");

        assertThat(instantie).isWaitingAt("VerlofBeschikkingVerzenden").hasPassed("BeschikkingVerlofOpstellen");
        Long briefId = (Long) runtime.getVariable(instantie.getId(), "briefId");
        assertThat(jdbc.queryForMap("select soort, status from document where id = ?", briefId))
                .containsEntry("SOORT", "beschikking-verlof").containsEntry("STATUS", "CONCEPT");
        assertThat(jdbc.queryForObject("select html from document where id = ?", String.class, briefId))
                .contains("Bijzondere familieomstandigheid.", "11", "verleend");
        // mas-termijn VERLOF_BESCHIKKING_VERZENDEN: 5 werkdagen from the besluitdatum (Thursday 12 November).
        assertThat(task("VerlofBeschikkingVerzenden", instantie).getDueDate())
                .isEqualTo(Termijnen.eindeWerkdag(LocalDate.of(2026, 11, 19)));
        assertThat(status(instantie)).isEqualTo("VERLEEND");

        voltooi(instantie, "VerlofBeschikkingVerzenden", "briefVerzendkanaal", "POST");
        assertThat(jdbc.queryForObject("select status from document where id = ?", String.class, briefId))
                .isEqualTo("VERZONDEN");

        assertThat(instantie).hasPassedInOrder("VerlofBeslissen", "BeschikkingVerlofOpstellen",
                "VerlofBeschikkingVerzenden", "VerlofAfsluiten", "VerlofVerleend").isEnded();
        assertThat(jdbc.queryForMap("select resultaat, afgesloten_op from werkproces where id = ?",
                Long.valueOf(instantie.getBusinessKey())))
                .containsEntry("RESULTAAT", "VERLOF_VERLEEND").extractingByKey("AFGESLOTEN_OP").isNotNull();
        assertThat(jdbc.queryForObject("select besluitdatum from verlofaanvraag where werkproces_id = ?",
                LocalDate.class, Long.valueOf(instantie.getBusinessKey()))).isEqualTo(LocalDate.of(2026, 11, 12));
    }

    @Test
    // MAS §3, §7: a verlof request is no verzuim: its werkproces has no Verzuimsoort (ADR 0033), and the werkvoorraad
    // row names its process for the label "Verlof".
    void hetWerkprocesVanEenVerlofaanvraagHeeftGeenVerzuimsoort() {
        ProcessInstance instantie = aanvraag();

        assertThat(jdbc.queryForMap("select verzuimsoort, proces_key from werkproces where id = ?",
                Long.valueOf(instantie.getBusinessKey())))
                .containsEntry("VERZUIMSOORT", null).containsEntry("PROCES_KEY", "verlof");
        assertThat(runtime.getVariables(instantie.getId())).doesNotContainKey(Variabelen.VERZUIMSOORT);
        assertThat(jdbc.queryForMap("select verzuimsoort, proces_key from werkvoorraad_taak where process_instance_id = ?",
                instantie.getId())).containsEntry("VERZUIMSOORT", null).containsEntry("PROCES_KEY", "verlof");
    }

    @Test
    // MAS §10, §7: an ended verlof werkproces is kept as decision bewaartermijn's row for vrijstelling and verlof says
    // (5 years, the default), from the end of the day it ended; its werkproces row gets that removal time.
    void eenAfgeslotenVerlofwerkprocesBlijftVijfJaarBewaard() {
        ProcessInstance instantie = aanvraag();
        voltooi(instantie, "VerlofBeslissen", "besluit", "AFWIJZEN", "motivering", "Vakantie is geen grond voor verlof.");
        voltooi(instantie, "VerlofBeschikkingVerzenden", "briefVerzendkanaal", "POST");
        Date einde = historie.createHistoricProcessInstanceQuery().processInstanceId(instantie.getId()).singleResult()
                .getEndTime();

        Map<String, Date> verwijdertijden = bewaartermijn.verwijdertijden(Map.of(instantie.getId(), einde));

        // Ended Thursday 12 November 2026: kept to the end of 12 November 2031, Dutch time.
        Date verwijderenOp = Date.from(LocalDate.of(2031, 11, 13).atStartOfDay(NL).toInstant());
        assertThat(verwijdertijden).containsExactly(Map.entry(instantie.getId(), verwijderenOp));
        assertThat(jdbc.queryForObject("select verwijderen_op from werkproces where id = ?", Timestamp.class,
                Long.valueOf(instantie.getBusinessKey())).toInstant()).isEqualTo(verwijderenOp.toInstant());
    }

    @Test
    // MAS §7: the LPA refuses with a motivering; the beschikking goes out all the same.
    void deLeerplichtambtenaarWijstVerlofAfMetMotivering() {
        ProcessInstance instantie = aanvraag();

        voltooi(instantie, "VerlofBeslissen", "besluit", "AFWIJZEN", "motivering", "Vakantie is geen grond voor verlof.");
        voltooi(instantie, "VerlofBeschikkingVerzenden", "briefVerzendkanaal", "EMAIL");

        assertThat(instantie).hasPassed("BeschikkingVerlofOpstellen").hasPassed("VerlofAfgewezen")
                .hasNotPassed("VerlofVerleend").isEnded();
        assertThat(status(instantie)).isEqualTo("AFGEWEZEN");
        assertThat(jdbc.queryForObject("select resultaat from werkproces where id = ?", String.class,
                Long.valueOf(instantie.getBusinessKey()))).isEqualTo("VERLOF_AFGEWEZEN");
    }

    @Test
    // MAS §7: a besluit needs a motivering (it is in the beschikking) and is VERLENEN or AFWIJZEN.
    void eenBesluitZonderMotiveringOfMetEenOnbekendeKeuzeWordtGeweigerd() {
        ProcessInstance instantie = aanvraag();
        String taak = task("VerlofBeslissen", instantie).getId();

        assertThat(Weigeringen.veld(() -> taken.complete(taak, Map.of("besluit", "VERLENEN", "motivering", " "))))
                .isEqualTo("motivering");
        assertThat(Weigeringen.veld(() -> taken.complete(taak, Map.of("besluit", "MISSCHIEN", "motivering", "Twijfel."))))
                .isEqualTo("besluit");

        assertThat(instantie).isWaitingAt("VerlofBeslissen");
        assertThat(status(instantie)).isEqualTo("AANGEVRAAGD");
    }
}
