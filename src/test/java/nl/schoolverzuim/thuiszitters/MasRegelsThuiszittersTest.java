package nl.schoolverzuim.thuiszitters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import nl.schoolverzuim.domein.Codelijsten;
import nl.schoolverzuim.domein.Weigering;
import nl.schoolverzuim.melding.NieuweMelding;
import nl.schoolverzuim.testsupport.CodelijstBestand;
import nl.schoolverzuim.testsupport.Weigeringen;
import nl.schoolverzuim.testsupport.WerkprocesTest;

/**
 * Rules of MAS §6 that {@code docs/mas-regels.md} found implemented but not pinned: the thuiszitterstafel reviews the
 * plan until the Jongere is back in school, in a tussenvoorziening, in dagbesteding or doorgeleid naar het DSP, and
 * that outcome ends the thuiszitter period.
 */
class MasRegelsThuiszittersTest extends WerkprocesTest {

    @Autowired
    ThuiszitterRepository thuiszitters;

    static Stream<String> tafeluitkomsten() {
        return CodelijstBestand.codes(Codelijsten.TAFELUITKOMST, null).stream();
    }

    // MAS §6: "review until back in school, tussenvoorziening, dagbesteding or (17-year-olds) doorgeleid naar DSP".
    // Every row of codelijst-tafeluitkomst is a path: LOOPT reviews again, any other outcome ends the thuiszitter period.
    @ParameterizedTest(name = "MAS §6: de tafel evalueert met {0}")
    @MethodSource("tafeluitkomsten")
    void elkeUitkomstVanDeTafelIsEenPad(String uitkomst) {
        Werkproces w = thuiszitter(17);
        ProcessInstance tafel = tafelTotEvaluatie(w);
        assertThat(opties(task("PlanEvalueren", tafel).getId()))
                .isEqualTo(CodelijstBestand.opties(Codelijsten.TAFELUITKOMST, null));

        voltooi(tafel, "PlanEvalueren", "tafelUitkomst", uitkomst, "evaluatie", "uitkomst bereikt");

        Thuiszitter thuiszitter = thuiszitters.findByWerkprocesId(w.id()).orElseThrow();
        if ("LOOPT".equals(uitkomst)) {
            assertThat(tafel).isWaitingAt("Evaluatiemoment");
            assertThat(thuiszitter.getBeeindigdOp()).isNull();
        } else {
            assertThat(tafel).hasPassed("PlanAfgerond", "TafelAfgerond").isEnded();
            assertThat(thuiszitter.getBeeindigingsreden()).isEqualTo(uitkomst);
            assertThat(thuiszitter.getBeeindigdOp()).isEqualTo(vandaag());
        }
        // The leerplicht werkproces itself goes on: the tafel ends the thuiszitter period, not the werkproces.
        assertThat(w.instantie()).isActive();
    }

    // MAS §6: "(17-year-olds) doorgeleid naar DSP"; decision thuiszitter-tafeluitkomst Rule_03.
    @Test
    void doorgeleidNaarHetDspAlleenOp17() {
        Werkproces w = thuiszitter(15);
        ProcessInstance tafel = tafelTotEvaluatie(w);
        String taak = task("PlanEvalueren", tafel).getId();

        assertThatThrownBy(() -> taken.complete(taak, map("tafelUitkomst", "DOORGELEID_DSP",
                "evaluatie", "uitkomst bereikt"))).hasRootCauseInstanceOf(Weigering.class).hasMessageContaining("17 jaar");

        assertThat(tafel).isWaitingAt("PlanEvalueren");
        assertThat(thuiszitters.findByWerkprocesId(w.id()).orElseThrow().getBeeindigdOp()).isNull();
    }

    // MAS §6: an outcome outside codelijst-tafeluitkomst, or of another list, is refused on the field (400 over REST).
    @ParameterizedTest(name = "MAS §6: {0} wordt geweigerd")
    @ValueSource(strings = {"ONZIN", "OPGELOST", "GEEN_MAATREGEL"})
    void alleenUitkomstenVanDeLijst(String uitkomst) {
        Werkproces w = thuiszitter(17);
        ProcessInstance tafel = tafelTotEvaluatie(w);
        String taak = task("PlanEvalueren", tafel).getId();

        assertThat(Weigeringen.veld(() -> taken.complete(taak, map("tafelUitkomst", uitkomst,
                "evaluatie", "uitkomst bereikt")))).isEqualTo("tafelUitkomst");

        assertThat(tafel).isWaitingAt("PlanEvalueren");
        assertThat(thuiszitters.findByWerkprocesId(w.id()).orElseThrow().getBeeindigdOp()).isNull();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, String>> opties(String taak) {
        ObjectValue waarde = taken.getVariableTyped(taak, "tafelUitkomstOpties");
        assertThat(waarde.getSerializationDataFormat()).isEqualTo("application/json");
        return (List<Map<String, String>>) waarde.getValue();
    }

    /** A LANGDURIG_RELATIEF melding about a Jongere of {@code leeftijd}, triaged, then signalled the next night. */
    private Werkproces thuiszitter(int leeftijd) {
        Werkproces w = melding(new NieuweMelding(null, "LANGDURIG_RELATIEF", vandaag().toString(),
                nieuweJongere(leeftijd, "Doetinchem"), new NieuweMelding.SchoolGegevens("12AB", "Houtkamp College", "VO"),
                120, 0, false, null, null));
        voltooi(w.instantie(), "MeldingTrieren", "triageBesluit", "IN_BEHANDELING");
        signaleerOp(vandaag().plusDays(1));
        return w;
    }

    /** The tafel of werkproces {@code w}, walked to the evaluation at its streefdatum. */
    private ProcessInstance tafelTotEvaluatie(Werkproces w) {
        ProcessInstance tafel = runtime.createProcessInstanceQuery().processDefinitionKey("thuiszitterstafel")
                .variableValueEquals("dossierId", w.dossierId()).singleResult();
        voltooi(tafel, "ThuiszitterAanmelden", "aanmelden", "JA", "aanmeldingMotivering", "al weken thuis");
        voltooi(tafel, "TafelVoorbereiden", "tafelDatum", Date.from(vandaag().plusDays(7).atStartOfDay(NL).toInstant()),
                "voorbereiding", "geen passend aanbod");
        voltooi(tafel, "TafelHouden", "deelnemerSchool", true, "deelnemerJeugdEnGezin", true, "tafelAdvies", "opbouwen",
                "regiehouder", "K. de Vries, samenwerkingsverband", "plan", "opbouw in drie stappen",
                "streefdatum", Date.from(vandaag().plusDays(21).atStartOfDay(NL).toInstant()));
        totTimer(tafel, "Evaluatiemoment");
        return tafel;
    }

    /** The nightly detection of thuiszitters-signaleren.bpmn run with the engine clock on {@code datum}. */
    void signaleerOp(LocalDate datum) {
        ClockUtil.setCurrentTime(Date.from(datum.atTime(LocalTime.of(3, 0)).atZone(NL).toInstant()));
        Job nacht = management.createJobQuery().processDefinitionKey("thuiszitters-signaleren").timers().singleResult();
        management.executeJob(nacht.getId());
    }
}
