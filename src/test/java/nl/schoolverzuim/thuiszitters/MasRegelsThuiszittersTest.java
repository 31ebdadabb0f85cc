package nl.schoolverzuim.thuiszitters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import nl.schoolverzuim.domein.Weigering;
import nl.schoolverzuim.melding.NieuweMelding;
import nl.schoolverzuim.testsupport.WerkprocesTest;

/**
 * Rules of MAS §6 that {@code docs/mas-regels.md} found implemented but not pinned: the thuiszitterstafel reviews the
 * plan until the Jongere is back in school, in a tussenvoorziening, in dagbesteding or doorgeleid naar het DSP, and
 * that outcome ends the thuiszitter period.
 */
class MasRegelsThuiszittersTest extends WerkprocesTest {

    @Autowired
    ThuiszitterRepository thuiszitters;

    // MAS §6: "review until back in school, tussenvoorziening, dagbesteding or (17-year-olds) doorgeleid naar DSP".
    @ParameterizedTest(name = "MAS §6: de tafel sluit met {0} en dat beëindigt het thuiszitten")
    @ValueSource(strings = {"TERUG_NAAR_SCHOOL", "TUSSENVOORZIENING", "DAGBESTEDING_JEUGDWET", "DOORGELEID_DSP"})
    void elkeUitkomstVanDeTafelBeeindigtHetThuiszitten(String uitkomst) {
        Werkproces w = thuiszitter(17);
        ProcessInstance tafel = tafelTotEvaluatie(w);

        voltooi(tafel, "PlanEvalueren", "tafelUitkomst", uitkomst, "evaluatie", "uitkomst bereikt");

        assertThat(tafel).hasPassed("PlanAfgerond", "TafelAfgerond").isEnded();
        Thuiszitter thuiszitter = thuiszitters.findByWerkprocesId(w.id()).orElseThrow();
        assertThat(thuiszitter.getBeeindigingsreden()).isEqualTo(uitkomst);
        assertThat(thuiszitter.getBeeindigdOp()).isEqualTo(vandaag());
        // The leerplicht werkproces itself goes on: the tafel ends the thuiszitter period, not the werkproces.
        assertThat(w.instantie()).isActive();
    }

    // MAS §6: "(17-year-olds) doorgeleid naar DSP"; decision thuiszitter-tafeluitkomst Rule_03/Rule_04.
    @ParameterizedTest(name = "MAS §6: {0} wordt geweigerd bij een jongere van 15")
    @ValueSource(strings = {"DOORGELEID_DSP", "ONZIN"})
    void doorgeleidNaarHetDspAlleenOp17EnAlleenUitkomstenVanDeLijst(String uitkomst) {
        Werkproces w = thuiszitter(15);
        ProcessInstance tafel = tafelTotEvaluatie(w);
        String taak = task("PlanEvalueren", tafel).getId();

        assertThatThrownBy(() -> taken.complete(taak, map("tafelUitkomst", uitkomst, "evaluatie", "uitkomst bereikt")))
                .hasRootCauseInstanceOf(Weigering.class).hasMessageContaining("Stand van zaken");

        assertThat(tafel).isWaitingAt("PlanEvalueren");
        assertThat(thuiszitters.findByWerkprocesId(w.id()).orElseThrow().getBeeindigdOp()).isNull();
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
