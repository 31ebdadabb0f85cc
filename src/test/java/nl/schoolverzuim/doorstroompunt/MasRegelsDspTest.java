package nl.schoolverzuim.doorstroompunt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;

import org.camunda.bpm.engine.runtime.Job;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import nl.schoolverzuim.domein.Schooljaar;
import nl.schoolverzuim.melding.NieuweMelding;
import nl.schoolverzuim.testsupport.WerkprocesTest;

/**
 * Rules of MAS §8 that {@code docs/mas-regels.md} found implemented but not pinned: begeleiding is voluntary, so a
 * refusal closes the werkproces as "Situatie onbekend" just like being unreachable; and monitoring goes on with a
 * positive status such as an uitkering.
 */
class MasRegelsDspTest extends WerkprocesTest {

    @Autowired
    VsvTrajectRepository trajecten;

    Werkproces vsv() {
        return melding(new NieuweMelding(null, "VSV", vandaag().toString(), nieuweJongere(19, "Doetinchem"), null, 0, 0,
                false, null, "uitgeschreven zonder startkwalificatie"));
    }

    VsvTraject traject(Werkproces w) {
        return trajecten.findByDossierId(w.dossierId()).orElseThrow();
    }

    // MAS §8: "Begeleiding is voluntary: refusal or unreachable closes the current werkproces ("Situatie onbekend")".
    @Test
    @DisplayName("MAS §8: een jongere die begeleiding weigert sluit het werkproces als situatie onbekend")
    void weigerenSluitHetWerkprocesAlsSituatieOnbekend() {
        Werkproces w = vsv();

        voltooi(w.instantie(), "ContactLeggen", "contactSoort", "HUISBEZOEK", "contactDatum", new Date(),
                "contactUitkomst", "WEIGERT");

        assertThat(w.instantie()).hasPassed("SituatieOnbekend").hasNotPassed("Begeleiden");
        assertThat(jdbc.queryForObject("select resultaat from werkproces where id = ?", String.class, w.id()))
                .isEqualTo("SITUATIE_ONBEKEND");
        assertThat(jdbc.queryForObject("select resultaat_detail from werkproces where id = ?", String.class, w.id()))
                .isEqualTo("WEIGERT");
        // The Jongere stays known to the Doorstroompunt (to be approached again), not afgerond.
        assertThat(traject(w).getStatus()).isEqualTo(VsvStatus.MONITORING);
        assertThat(traject(w).getLaatsteMonitoring()).isEqualTo(MonitoringResultaat.NIET_BEREIKBAAR_ONGEMOTIVEERD);
    }

    // MAS §8: VERZUIM_18PLUS contact "also when a second melding again says 'geen actie gewenst'"; without one the
    // werkproces waits until the end of the school year of the melding (MAS §2: 1 Aug - 31 Jul), then closes.
    @Test
    @DisplayName("MAS §8: zonder actie gewenst wacht het werkproces tot 31 juli van het schooljaar, einde werkdag")
    void zonderActieGewenstWachtHetTotHetEindeVanHetSchooljaar() {
        Werkproces w = melding(new NieuweMelding(null, "VERZUIM_18PLUS", vandaag().toString(), nieuweJongere(20, "Aalten"),
                new NieuweMelding.SchoolGegevens("40DA", "Graafschap Vakcollege", "MBO"), 24, 0, false, false, null));
        LocalDate eindeSchooljaar = Schooljaar.van(vandaag()).einde();
        assertThat(eindeSchooljaar.getMonthValue()).isEqualTo(7);
        assertThat(eindeSchooljaar.getDayOfMonth()).isEqualTo(31);

        Job timer = timer(w.instantie(), "EindeSchooljaar");

        assertThat(timer.getDuedate()).isEqualTo(Date.from(eindeSchooljaar.atTime(LocalTime.of(17, 0)).atZone(NL).toInstant()));
        totTimer(w.instantie(), "EindeSchooljaar");
        assertThat(w.instantie()).hasPassed("ZonderActieAfsluiten").isEnded();
    }

    // MAS §8: "Monitoring continues with a positive status (work, uitkering) and checks periodically".
    @ParameterizedTest(name = "MAS §8: met status {0} blijft de jongere in monitoring met periodieke controle")
    @ValueSource(strings = {"PARTICIPATIEWET", "WAJONG", "ZZP"})
    void metEenPositieveStatusGaatDeMonitoringDoor(String status) {
        Werkproces w = vsv();
        voltooi(w.instantie(), "ContactLeggen", "contactSoort", "TELEFOON", "contactDatum", new Date(),
                "contactUitkomst", "BEREIKT");
        voltooi(w.instantie(), "Begeleiden", "begeleidingUitkomst", "MONITORING", "monitoringResultaat", status);
        assertThat(traject(w).getStatus()).isEqualTo(VsvStatus.MONITORING);

        // MAS §5: the check is due 3 months on (mas-termijn DSP_MONITORING), at the end of that working day.
        assertThat(timer(w.instantie(), "ControleMoment").getDuedate())
                .isEqualTo(Date.from(vandaag().plusMonths(3).atTime(LocalTime.of(17, 0)).atZone(NL).toInstant()));
        totTimer(w.instantie(), "ControleMoment");
        voltooi(w.instantie(), "Monitoringcontrole", "monitoringResultaat", status, "monitoringVervolg", "DOORGAAN");

        assertThat(traject(w).getStatus()).isEqualTo(VsvStatus.MONITORING);
        assertThat(traject(w).getLaatsteMonitoring()).isEqualTo(status);
        assertThat(w.instantie()).isWaitingAt("ControleMoment");
    }
}
