package nl.schoolverzuim.doorstroompunt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.schoolverzuim.domein.Variabelen;
import nl.schoolverzuim.melding.NieuweMelding;
import nl.schoolverzuim.testsupport.WerkprocesTest;

/** The hand-off of a leerplicht werkproces to the Doorstroompunt on the 18th birthday (MAS §2, §8). */
class OverdrachtProcessTest extends WerkprocesTest {

    @Autowired
    VsvTrajectRepository trajecten;

    static NieuweMelding.JongereGegevens bijna18(LocalDate geboortedatum) {
        return new NieuweMelding.JongereGegevens(null, "Sem", "Overdracht-" + System.nanoTime(), geboortedatum.toString(),
                "Doetinchem");
    }

    Werkproces leerplicht(String soort, NieuweMelding.JongereGegevens jongere, LocalDate meldingsdatum) {
        NieuweMelding.SchoolGegevens school = "ABSOLUUT".equals(soort) ? null
                : new NieuweMelding.SchoolGegevens("40DA", "Graafschap Vakcollege", "MBO");
        Werkproces w = melding(new NieuweMelding(null, soort, meldingsdatum.toString(), jongere, school,
                "ABSOLUUT".equals(soort) ? 0 : 20, 0, false, null, "verzuim"));
        voltooi(w.instantie(), "MeldingTrieren", "triageBesluit", "IN_BEHANDELING");
        return w;
    }

    List<ProcessInstance> dspWerkprocessen(long dossierId) {
        return runtime.createProcessInstanceQuery().processDefinitionKeyIn(VsvWerkprocessen.PROCES, VsvWerkprocessen.VERZUIM18)
                .variableValueEquals("dossierId", dossierId).active().list();
    }

    String resultaat(long werkprocesId) {
        return jdbc.queryForObject("select resultaat from werkproces where id = ?", String.class, werkprocesId);
    }

    /**
     * MAS §2, §5: the LPA prepares the hand-off one month before the 18th birthday, and on the birthday an enrolled
     * pupil goes to the Doorstroompunt as verzuim 18+ work, not as a new vsv'er.
     */
    @Test
    void eenIngeschrevenLeerlingGaatOpDe18eVerjaardagAlsVerzuim18NaarHetDoorstroompunt() {
        LocalDate geboortedatum = vandaag().minusYears(18).plusDays(60);
        LocalDate achttien = geboortedatum.plusYears(18);
        Werkproces w = leerplicht("WETTELIJK", bijna18(geboortedatum), vandaag());

        assertThat(timer(w.instantie(), "MaandVoorAchttien").getDuedate())
                .isEqualTo(Variabelen.alsDate(achttien.minusMonths(1)));
        ClockUtil.setCurrentTime(Variabelen.alsDate(achttien.minusMonths(1).minusDays(1)));
        assertThat(management.createJobQuery().jobId(timer(w.instantie(), "MaandVoorAchttien").getId()).executable()
                .count()).isZero();
        totTimer(w.instantie(), "MaandVoorAchttien");
        voltooi(w.instantie(), "OverdrachtVoorbereiden", "overdrachtNotitie", "school in beeld, mentor weet ervan");

        assertThat(timer(w.instantie(), "AchttiendeVerjaardag").getDuedate()).isEqualTo(Variabelen.alsDate(achttien));
        totTimer(w.instantie(), "AchttiendeVerjaardag");

        assertThat(w.instantie()).hasPassed("OverdragenAanDsp").isEnded();
        assertThat(resultaat(w.id())).isEqualTo("OVERDRACHT_DSP");
        List<ProcessInstance> dsp = dspWerkprocessen(w.dossierId());
        assertThat(dsp).hasSize(1);
        assertThat(dsp.get(0)).isWaitingAt("ContactJongereEnSchool");
        assertThat(taken.getIdentityLinksForTask(task("ContactJongereEnSchool", dsp.get(0)).getId()))
                .extracting(IdentityLink::getGroupId).containsExactly("doorstroompunt-achterhoek");
        assertThat(trajecten.findByDossierId(w.dossierId())).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from dsp_overdracht where werkproces_id = ? and opgepakt_op is not null",
                Integer.class, w.id())).isEqualTo(1);
    }

    /**
     * MAS §2, §8: a Jongere without a school and without startkwalificatie starts a VsvTraject that fell out on the
     * de-registration date (variable uitschrijfdatum), never the birthday.
     */
    @Test
    void zonderSchoolBegintEenVsvTrajectMetDeUitschrijfdatumAlsUitval() {
        LocalDate geboortedatum = vandaag().minusYears(18).plusDays(20);
        LocalDate uitgeschreven = vandaag().minusMonths(3);
        Werkproces w = leerplicht("ABSOLUUT", bijna18(geboortedatum), vandaag().minusMonths(2));
        runtime.setVariable(w.instantie().getId(), "uitschrijfdatum", Variabelen.alsDate(uitgeschreven));
        runtime.setVariable(w.instantie().getId(), "startkwalificatie", false);

        totTimer(w.instantie(), "AchttiendeVerjaardag");

        assertThat(resultaat(w.id())).isEqualTo("OVERDRACHT_DSP");
        List<ProcessInstance> dsp = dspWerkprocessen(w.dossierId());
        assertThat(dsp).hasSize(1);
        assertThat(dsp.get(0)).isWaitingAt("ContactLeggen");
        VsvTraject traject = trajecten.findByDossierId(w.dossierId()).orElseThrow();
        assertThat(traject.getStatus()).isEqualTo(VsvStatus.IN_BEHANDELING);
        assertThat(traject.getUitvaldatum()).isEqualTo(uitgeschreven).isNotEqualTo(geboortedatum.plusYears(18));
    }

    /** MAS §2, §8: without a de-registration date the VsvTraject fell out on the melding's date, not the birthday. */
    @Test
    void zonderUitschrijfdatumIsDeMeldingsdatumDeUitval() {
        LocalDate geboortedatum = vandaag().minusYears(18).plusDays(20);
        LocalDate meldingsdatum = vandaag().minusMonths(2);
        Werkproces w = leerplicht("ABSOLUUT", bijna18(geboortedatum), meldingsdatum);
        runtime.setVariable(w.instantie().getId(), "startkwalificatie", false);

        totTimer(w.instantie(), "AchttiendeVerjaardag");

        assertThat(trajecten.findByDossierId(w.dossierId()).orElseThrow().getUitvaldatum()).isEqualTo(meldingsdatum);
    }

    /**
     * MAS §2, ADR 0017 (dsp-overdracht Rule_05): without school and with the startkwalificatie unknown, no VsvTraject
     * starts on the birthday; the Doorstroompunt gets contact work that establishes it. Without one, the consulent
     * chooses "uitgeschreven" and the VsvTraject falls out on the real de-registration date.
     */
    @Test
    void eenOnbekendeStartkwalificatieWordtEerstVastgesteldDaarnaVolgtHetVsvTrajectOpDeUitschrijfdatum() {
        LocalDate uitgeschreven = vandaag().minusMonths(4);
        Werkproces w = leerplicht("ABSOLUUT", bijna18(vandaag().minusYears(18).plusDays(20)), vandaag().minusMonths(2));
        runtime.setVariable(w.instantie().getId(), "uitschrijfdatum", Variabelen.alsDate(uitgeschreven));

        totTimer(w.instantie(), "AchttiendeVerjaardag");

        assertThat(resultaat(w.id())).isEqualTo("OVERDRACHT_DSP");
        List<ProcessInstance> dsp = dspWerkprocessen(w.dossierId());
        assertThat(dsp).hasSize(1);
        assertThat(dsp.get(0)).isWaitingAt("ContactJongereEnSchool")
                .hasVariables("startkwalificatieVaststellen");
        assertThat(runtime.getVariable(dsp.get(0).getId(), "startkwalificatieVaststellen")).isEqualTo(true);
        assertThat(trajecten.findByDossierId(w.dossierId())).as("geen vsv-traject op een onbekend feit").isEmpty();

        voltooi(dsp.get(0), "ContactJongereEnSchool", "contactUitkomst18", "UITGESCHREVEN", "contactNotitie",
                "geen diploma, niet ingeschreven");

        assertThat(dsp.get(0)).hasPassed("VsvTrajectStarten18").isEnded();
        assertThat(trajecten.findByDossierId(w.dossierId()).orElseThrow().getUitvaldatum()).isEqualTo(uitgeschreven);
    }

    /**
     * MAS §2, ADR 0017, ADR 0024: the consulent finds a startkwalificatie: the contact closes with resultaat
     * STARTKWALIFICATIE_BEHAALD (codelijst-contactuitkomst18) and no VsvTraject starts.
     */
    @Test
    void eenOnbekendeStartkwalificatieDieErTochIsGeeftGeenVsvTraject() {
        Werkproces w = leerplicht("ABSOLUUT", bijna18(vandaag().minusYears(18).plusDays(20)), vandaag().minusMonths(2));

        totTimer(w.instantie(), "AchttiendeVerjaardag");
        ProcessInstance contact = dspWerkprocessen(w.dossierId()).get(0);
        voltooi(contact, "ContactJongereEnSchool", "contactUitkomst18", "STARTKWALIFICATIE_BEHAALD", "contactNotitie",
                "havo-diploma gezien");

        assertThat(contact).hasPassed("Verzuim18Afsluiten").isEnded();
        assertThat(jdbc.queryForObject("select resultaat from werkproces where process_instance_id = ?", String.class,
                contact.getId())).isEqualTo("STARTKWALIFICATIE_BEHAALD");
        assertThat(trajecten.findByDossierId(w.dossierId())).isEmpty();
    }

    /** MAS §2, §8: with a startkwalificatie a Jongere without school is no target group of the Doorstroompunt. */
    @Test
    void metEenStartkwalificatieKrijgtHetDoorstroompuntNiets() {
        Werkproces w = leerplicht("ABSOLUUT", bijna18(vandaag().minusYears(18).plusDays(20)), vandaag());
        runtime.setVariable(w.instantie().getId(), "startkwalificatie", true);

        totTimer(w.instantie(), "AchttiendeVerjaardag");

        assertThat(w.instantie()).isEnded();
        assertThat(resultaat(w.id())).isEqualTo("OVERIG");
        assertThat(dspWerkprocessen(w.dossierId())).isEmpty();
        assertThat(trajecten.findByDossierId(w.dossierId())).isEmpty();
    }

    /** MAS §2, §8: two open leerplicht werkprocessen of one Jongere give one Doorstroompunt werkproces. */
    @Test
    void tweeLopendeLeerplichtwerkprocessenGevenEenOverdracht() {
        NieuweMelding.JongereGegevens jongere = bijna18(vandaag().minusYears(18).plusDays(20));
        Werkproces wettelijk = leerplicht("WETTELIJK", jongere, vandaag());
        Werkproces luxe = leerplicht("LUXE", jongere, vandaag());
        assertThat(luxe.id()).isNotEqualTo(wettelijk.id());

        totTimer(wettelijk.instantie(), "AchttiendeVerjaardag");
        management.executeJob(timer(luxe.instantie(), "AchttiendeVerjaardag").getId());

        assertThat(wettelijk.instantie()).isEnded();
        assertThat(luxe.instantie()).isEnded();
        List<ProcessInstance> dsp = dspWerkprocessen(wettelijk.dossierId());
        assertThat(dsp).hasSize(1);
        assertThat(dsp.get(0)).isWaitingAt("ContactJongereEnSchool", "AanvullendeMeldingBekijken18");
        assertThat(jdbc.queryForObject("select count(*) from dsp_overdracht where dossier_id = ? and opgepakt_op is not null",
                Integer.class, wettelijk.dossierId())).isEqualTo(2);
    }

    /**
     * MAS §2, §8: handed over as verzuim 18+ and then, from a second leerplicht werkproces, as de-registered: the
     * verzuim 18+ werkproces takes the hand-off and becomes the vsv-traject, falling out on the de-registration date.
     */
    @Test
    void eenUitschrijvingBijDeTweedeOverdrachtMaaktVanVerzuim18EenVsvTraject() {
        NieuweMelding.JongereGegevens jongere = bijna18(vandaag().minusYears(18).plusDays(20));
        LocalDate uitgeschreven = vandaag().minusWeeks(2);
        Werkproces wettelijk = leerplicht("WETTELIJK", jongere, vandaag().minusMonths(1));
        Werkproces absoluut = leerplicht("ABSOLUUT", jongere, vandaag());
        runtime.setVariable(absoluut.instantie().getId(), "uitschrijfdatum", Variabelen.alsDate(uitgeschreven));
        runtime.setVariable(absoluut.instantie().getId(), "startkwalificatie", false);

        totTimer(wettelijk.instantie(), "AchttiendeVerjaardag");
        ProcessInstance verzuim18 = dspWerkprocessen(wettelijk.dossierId()).get(0);
        assertThat(verzuim18).isWaitingAt("ContactJongereEnSchool");
        management.executeJob(timer(absoluut.instantie(), "AchttiendeVerjaardag").getId());

        assertThat(verzuim18).hasPassed("VsvTrajectStartenNaUitschrijving").isEnded();
        List<ProcessInstance> dsp = dspWerkprocessen(wettelijk.dossierId());
        assertThat(dsp).hasSize(1);
        assertThat(dsp.get(0)).isWaitingAt("ContactLeggen");
        assertThat(trajecten.findByDossierId(wettelijk.dossierId()).orElseThrow().getUitvaldatum()).isEqualTo(uitgeschreven);
    }
}
