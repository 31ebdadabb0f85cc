package nl.schoolverzuim.doorstroompunt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import nl.schoolverzuim.domein.OngeldigeInvoerException;
import nl.schoolverzuim.domein.Termijnen;
import nl.schoolverzuim.domein.Variabelen;
import nl.schoolverzuim.domein.VeldFout;
import nl.schoolverzuim.melding.NieuweMelding;
import nl.schoolverzuim.organisatie.Gemeente;
import nl.schoolverzuim.organisatie.GemeenteRepository;
import nl.schoolverzuim.organisatie.Regio;
import nl.schoolverzuim.organisatie.RegioRepository;
import nl.schoolverzuim.testsupport.WerkprocesTest;
import nl.schoolverzuim.toegang.IdentityInrichting;

/** The Doorstroompunt werkprocessen (MAS §8) walked path by path, with the engine clock moved for every timer. */
class DoorstroompuntProcessTest extends WerkprocesTest {

    @Autowired
    VsvTrajectRepository trajecten;
    @Autowired
    VsvTelling telling;
    @Autowired
    RegioRepository regios;
    @Autowired
    GemeenteRepository gemeenten;
    @Autowired
    IdentityInrichting identiteit;
    @Autowired
    TransactionTemplate transactie;
    @Autowired
    TestRestTemplate http;

    Werkproces vsv(NieuweMelding.JongereGegevens jongere, LocalDate meldingsdatum) {
        return melding(new NieuweMelding(null, "VSV", meldingsdatum.toString(), jongere, null, 0, 0, false, null,
                "uitgeschreven zonder startkwalificatie"));
    }

    Werkproces vsv(int leeftijd) {
        return vsv(nieuweJongere(leeftijd, "Doetinchem"), vandaag());
    }

    Werkproces verzuim18(NieuweMelding.JongereGegevens jongere, boolean actieGewenst) {
        return melding(new NieuweMelding(null, "VERZUIM_18PLUS", vandaag().toString(), jongere,
                new NieuweMelding.SchoolGegevens("40DA", "Graafschap Vakcollege", "MBO"), 24, 0, false, actieGewenst, null));
    }

    VsvTraject traject(Werkproces w) {
        return trajecten.findByDossierId(w.dossierId()).orElseThrow();
    }

    String resultaat(long werkprocesId) {
        return jdbc.queryForObject("select resultaat from werkproces where id = ?", String.class, werkprocesId);
    }

    ProcessInstance lopendVsvWerkproces(long dossierId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(VsvWerkprocessen.PROCES)
                .variableValueEquals("dossierId", dossierId).active().singleResult();
    }

    void bereikt(ProcessInstance instantie) {
        voltooi(instantie, "ContactLeggen", "contactSoort", "TELEFOON", "contactDatum", new Date(), "contactUitkomst", "BEREIKT");
    }

    // --- MAS §8: states, contact attempts, monitoring over a year, falling out again -------------------------

    /** MAS §8: in behandeling, monitoring every 3 months (§5), falling out again, afronden. */
    @Test
    void contactBegeleidingEnEenJaarMonitoringMetTerugvalEnAfronden() {
        Werkproces w = vsv(19);
        assertThat(traject(w).getStatus()).isEqualTo(VsvStatus.IN_BEHANDELING);
        voltooi(w.instantie(), "ContactLeggen", "contactSoort", "BRIEF", "contactDatum", new Date(), "contactUitkomst", "NIET_BEREIKT");
        voltooi(w.instantie(), "ContactLeggen", "contactSoort", "HUISBEZOEK", "contactDatum", new Date(), "contactUitkomst", "BEREIKT");
        assertThat(jdbc.queryForList("select soort from contactpoging where vsv_traject_id = ? order by id", String.class,
                traject(w).getId())).containsExactly("BRIEF", "HUISBEZOEK");

        voltooi(w.instantie(), "Begeleiden", "begeleidingUitkomst", "MONITORING", "monitoringResultaat", "WERK_KORT");
        assertThat(traject(w).getStatus()).isEqualTo(VsvStatus.MONITORING);
        // MAS §9: the jaarverslag's status on a peildatum needs the day monitoring began, kept through the checks.
        LocalDate monitoringSinds = vandaag();
        assertThat(traject(w).getMonitoringSinds()).isEqualTo(monitoringSinds);

        // MAS §5, §8: a check every 3 months (mas-termijn DSP_MONITORING); a year of checks.
        for (String resultaat : List.of("WERK_KORT", "WERK_6_12", "WERK_6_12")) {
            assertThat(timer(w.instantie(), "ControleMoment").getDuedate())
                    .isEqualTo(Termijnen.eindeWerkdag(vandaag().plusMonths(3)));
            verstrijk(w.instantie(), "ControleMoment", Duration.ofDays(93));
            voltooi(w.instantie(), "Monitoringcontrole", "monitoringResultaat", resultaat, "monitoringVervolg", "DOORGAAN");
            assertThat(traject(w).getStatus()).isEqualTo(VsvStatus.MONITORING);
            assertThat(traject(w).getMonitoringSinds()).isEqualTo(monitoringSinds);
        }
        verstrijk(w.instantie(), "ControleMoment", Duration.ofDays(93));
        voltooi(w.instantie(), "Monitoringcontrole", "monitoringResultaat", "NIET_BEREIKBAAR_ONGEMOTIVEERD",
                "monitoringVervolg", "TERUG_NAAR_BEGELEIDING");
        assertThat(traject(w).getStatus()).isEqualTo(VsvStatus.IN_BEHANDELING);
        assertThat(traject(w).getMonitoringSinds()).as("back in begeleiding: no longer monitored").isNull();
        assertThat(w.instantie()).isWaitingAt("Begeleiden");

        voltooi(w.instantie(), "Begeleiden", "begeleidingUitkomst", "AFRONDEN", "afrondReden", "SCHOOL");

        assertThat(w.instantie()).isEnded();
        assertThat(traject(w).getStatus()).isEqualTo(VsvStatus.AFGEROND);
        assertThat(traject(w).getAfrondReden()).isEqualTo("SCHOOL");
        assertThat(jdbc.queryForList("select vervolg from monitoring_controle where vsv_traject_id = ? order by id",
                String.class, traject(w).getId())).containsExactly("DOORGAAN", "DOORGAAN", "DOORGAAN", "TERUG_NAAR_BEGELEIDING");
    }

    /** MAS §8: afronden only for school, startkwalificatie, geen doelgroep meer (checked) or Overig with a reason. */
    @Test
    void afrondenKanAlleenOmDeRedenenVanMas8() {
        for (Object[] reden : new Object[][] {{"SCHOOL", null}, {"STARTKWALIFICATIE_BEHAALD", null},
                {"OVERIG", "vertrokken naar het buitenland"}}) {
            Werkproces w = vsv(20);
            bereikt(w.instantie());
            voltooi(w.instantie(), "Begeleiden", "begeleidingUitkomst", "AFRONDEN", "afrondReden", reden[0],
                    "begeleidingNotitie", reden[1]);
            assertThat(traject(w).getAfrondReden()).isEqualTo(reden[0]);
            assertThat(w.instantie()).isEnded();
        }

        Werkproces w = vsv(20);
        bereikt(w.instantie());
        String begeleiden = task("Begeleiden", w.instantie()).getId();
        for (String geweigerd : new String[] {"WERK_KORT", "PARTICIPATIEWET", "OVERIG", "GEEN_DOELGROEP_MEER"}) {
            assertThatThrownBy(() -> taken.complete(begeleiden, map("begeleidingUitkomst", "AFRONDEN", "afrondReden", geweigerd)))
                    .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("MAS §8");
        }
        assertThatThrownBy(() -> taken.complete(begeleiden, map("begeleidingUitkomst", "MONITORING")))
                .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("status");
        assertThat(w.instantie()).isWaitingAt("Begeleiden");
        assertThat(traject(w).getStatus()).isEqualTo(VsvStatus.IN_BEHANDELING);
    }

    /** A code outside the form's list is refused with a Dutch message naming the field, and nothing is stored. */
    @Test
    void eenOnbekendeKeuzeWordtGeweigerdEnNietsOpgeslagen() {
        Werkproces w = vsv(19);
        String contact = task("ContactLeggen", w.instantie()).getId();
        assertThatThrownBy(() -> taken.complete(contact, map("contactSoort", "DUIF", "contactDatum", new Date(),
                "contactUitkomst", "BEREIKT"))).hasRootCauseInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("'contactSoort'").hasMessageContaining("TELEFOON, MAIL, BRIEF, HUISBEZOEK");
        assertThatThrownBy(() -> taken.complete(contact, map("contactSoort", "MAIL", "contactDatum", new Date(),
                "contactUitkomst", "MISSCHIEN"))).hasRootCauseInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("'contactUitkomst'");
        assertThat(jdbc.queryForObject("select count(*) from contactpoging where vsv_traject_id = ?", Integer.class,
                traject(w).getId())).isZero();

        bereikt(w.instantie());
        String begeleiden = task("Begeleiden", w.instantie()).getId();
        assertThatThrownBy(() -> taken.complete(begeleiden, map("begeleidingUitkomst", "MONITORING",
                "monitoringResultaat", "LOTERIJ"))).hasRootCauseInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("'monitoringResultaat'");
        assertThat(traject(w).getStatus()).isEqualTo(VsvStatus.IN_BEHANDELING);

        voltooi(w.instantie(), "Begeleiden", "begeleidingUitkomst", "MONITORING", "monitoringResultaat", "WERK_KORT");
        verstrijk(w.instantie(), "ControleMoment", Duration.ofDays(93));
        String controle = task("Monitoringcontrole", w.instantie()).getId();
        assertThatThrownBy(() -> taken.complete(controle, map("monitoringResultaat", "WERK_KORT",
                "monitoringVervolg", "STOPPEN"))).hasRootCauseInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("'monitoringVervolg'");
        assertThat(jdbc.queryForObject("select count(*) from monitoring_controle where vsv_traject_id = ?",
                Integer.class, traject(w).getId())).isZero();

        Werkproces verzuim = verzuim18(nieuweJongere(19, "Aalten"), true);
        String contact18 = task("ContactJongereEnSchool", verzuim.instantie()).getId();
        assertThatThrownBy(() -> taken.complete(contact18, map("contactUitkomst18", "VERDWENEN")))
                .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("'contactUitkomst18'");
        assertThat(verzuim.instantie()).isWaitingAt("ContactJongereEnSchool");
        assertThat(resultaat(verzuim.id())).isNull();
    }

    @Test
    void hetDossierToontHetVsvTraject() {
        Werkproces w = vsv(19);
        bereikt(w.instantie());
        voltooi(w.instantie(), "Begeleiden", "begeleidingUitkomst", "MONITORING", "monitoringResultaat", "ZZP");

        JsonNode dossier = http.withBasicAuth("dsp-achterhoek-1", "demo")
                .getForEntity("/api/dossiers/" + w.dossierId(), JsonNode.class).getBody();

        JsonNode traject = dossier.get("onderdelen").get("vsvTraject");
        org.assertj.core.api.Assertions.assertThat(traject.get("status").asText()).isEqualTo("MONITORING");
        org.assertj.core.api.Assertions.assertThat(traject.get("nieuweVsvEr").asBoolean()).isTrue();
        org.assertj.core.api.Assertions.assertThat(traject.get("contactpogingen").get(0).asText()).isEqualTo("TELEFOON: BEREIKT");
    }

    // --- MAS §2, §8: upper age, unreachable, re-approach ------------------------------------------------------

    /** MAS §2, §8: the traject ends on the 23rd birthday (regio-bovengrens, default). */
    @Test
    void opDe23eVerjaardagSluitHetTrajectAlsGeenDoelgroepMeer() {
        LocalDate geboortedatum = vandaag().minusYears(23).plusDays(10);
        NieuweMelding.JongereGegevens bijna23 = new NieuweMelding.JongereGegevens(null, "Luuk", "Grens-" + System.nanoTime(),
                geboortedatum.toString(), "Doetinchem");
        Werkproces w = vsv(bijna23, vandaag());
        bereikt(w.instantie());

        assertThat(timer(w.instantie(), "BovengrensLeeftijd").getDuedate())
                .isEqualTo(Variabelen.alsDate(geboortedatum.plusYears(23)));
        totTimer(w.instantie(), "BovengrensLeeftijd");

        assertThat(w.instantie()).hasPassed("GeenDoelgroepMeer").isEnded();
        assertThat(traject(w).getStatus()).isEqualTo(VsvStatus.AFGEROND);
        assertThat(traject(w).getAfrondReden()).isEqualTo("GEEN_DOELGROEP_MEER");
    }

    /** MAS §2, §8: in a regio whose Doorstroompunt follows Jongeren to 27 (regio-bovengrens), 23 is no end. */
    @Test
    void inEenRegioTot27SluitHetTrajectOpDe27eVerjaardag() {
        twente();
        LocalDate geboortedatum = vandaag().minusYears(24);
        Werkproces w = vsv(new NieuweMelding.JongereGegevens(null, "Daan", "Grens27-" + System.nanoTime(),
                geboortedatum.toString(), "Hengelo"), vandaag());
        bereikt(w.instantie());

        assertThat(timer(w.instantie(), "BovengrensLeeftijd").getDuedate())
                .isEqualTo(Variabelen.alsDate(geboortedatum.plusYears(27)));
        ClockUtil.setCurrentTime(Variabelen.alsDate(geboortedatum.plusYears(27).minusDays(1)));
        assertThat(management.createJobQuery().processInstanceId(w.instantie().getId()).timers()
                .activityId("BovengrensLeeftijd").executable().count()).isZero();
        totTimer(w.instantie(), "BovengrensLeeftijd");

        assertThat(w.instantie()).hasPassed("GeenDoelgroepMeer").isEnded();
        assertThat(traject(w).getAfrondReden()).isEqualTo("GEEN_DOELGROEP_MEER");
    }

    /** MAS §2: the intake refuses a Jongere from the regio's upper age (regio-bovengrens: 23, Twente 27). */
    @Test
    void deIntakeWeigertVanafDeBovengrensVanDeRegio() {
        twente();
        for (Object[] geval : new Object[][] {{"Doetinchem", 22, true}, {"Doetinchem", 23, false},
                {"Hengelo", 23, true}, {"Hengelo", 26, true}, {"Hengelo", 27, false}}) {
            NieuweMelding.JongereGegevens jongere = new NieuweMelding.JongereGegevens(null, "Bo", "Leeftijd-" + System.nanoTime(),
                    vandaag().minusYears((Integer) geval[1]).minusDays(1).toString(), (String) geval[0]);
            if ((Boolean) geval[2]) {
                assertThat(vsv(jongere, vandaag()).instantie()).as("%s, %s jaar", geval[0], geval[1]).isActive();
            } else {
                assertThatThrownBy(() -> vsv(jongere, vandaag())).as("%s, %s jaar", geval[0], geval[1])
                        .isInstanceOfSatisfying(OngeldigeInvoerException.class, fout -> assertThat(fout.fouten())
                                .extracting(VeldFout::field, VeldFout::message).containsExactly(tuple("jongere.geboortedatum",
                                        "de jongere is op de meldingsdatum " + geval[1] + " jaar; meldingen gaan over jongeren van 4 tot "
                                                + ("Hengelo".equals(geval[0]) ? 27 : 23) + " jaar")));
            }
        }
        // A lookup table served by the DecisionCache: no decision history per melding (ADR 0003).
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                "select count(*) from act_hi_decinst where dec_def_key_ = 'regio-bovengrens'", Integer.class)).isZero();
    }

    /** MAS §8: "geen doelgroep meer" is allowed for a Jongere whose woongemeente is outside the Dossier's regio. */
    @Test
    void geenDoelgroepMeerMagNaVerhuizingBuitenDeRegio() {
        twente();
        NieuweMelding.JongereGegevens jongere = nieuweJongere(19, "Doetinchem");
        Werkproces w = vsv(jongere, vandaag());
        bereikt(w.instantie());
        String begeleiden = task("Begeleiden", w.instantie()).getId();
        assertThatThrownBy(() -> taken.complete(begeleiden, map("begeleidingUitkomst", "AFRONDEN",
                "afrondReden", "GEEN_DOELGROEP_MEER"))).hasRootCauseInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("bovengrens");

        jdbc.update("update jongere set woongemeente_id = (select id from gemeente where naam = 'Hengelo') "
                + "where id = (select jongere_id from dossier where id = ?)", w.dossierId());
        voltooi(w.instantie(), "Begeleiden", "begeleidingUitkomst", "AFRONDEN", "afrondReden", "GEEN_DOELGROEP_MEER");

        assertThat(w.instantie()).isEnded();
        assertThat(traject(w).getAfrondReden()).isEqualTo("GEEN_DOELGROEP_MEER");
    }

    /** MAS §5, §8: unreachable closes as "situatie onbekend"; the re-approach is 1 year after uitval, not closure. */
    @Test
    void onbereikbaarSluitAlsSituatieOnbekendEnEenJaarNaUitvalVolgtEenNieuwWerkproces() {
        LocalDate uitval = vandaag().minusMonths(2);
        Werkproces w = vsv(nieuweJongere(19, "Doetinchem"), uitval);

        voltooi(w.instantie(), "ContactLeggen", "contactSoort", "TELEFOON", "contactDatum", new Date(),
                "contactUitkomst", "NIET_BEREIKBAAR");

        assertThat(resultaat(w.id())).isEqualTo("SITUATIE_ONBEKEND");
        assertThat(traject(w).getStatus()).isEqualTo(VsvStatus.MONITORING);
        assertThat(traject(w).getLaatsteMonitoring()).isEqualTo(MonitoringResultaat.NIET_BEREIKBAAR_ONGEMOTIVEERD);
        assertThat(timer(w.instantie(), "EenJaarLater").getDuedate()).isEqualTo(Termijnen.eindeWerkdag(uitval.plusYears(1)));
        assertThat(traject(w).getHerbenaderenOp()).isEqualTo(uitval.plusYears(1));
        totTimer(w.instantie(), "EenJaarLater");

        assertThat(w.instantie()).isEnded();
        ProcessInstance opnieuw = lopendVsvWerkproces(w.dossierId());
        assertThat(opnieuw).isWaitingAt("ContactLeggen");
        assertThat(traject(w).getStatus()).isEqualTo(VsvStatus.IN_BEHANDELING);
    }

    /** MAS §8: an oud-vsv'er whose first year after uitval has passed is approached on the next year after uitval. */
    @Test
    void eenOudVsvErWordtOpDeVolgendeJaardagVanDeUitvalBenaderd() {
        LocalDate uitval = vandaag().minusMonths(13);
        Werkproces w = vsv(nieuweJongere(20, "Doetinchem"), uitval);

        voltooi(w.instantie(), "ContactLeggen", "contactSoort", "BRIEF", "contactDatum", new Date(),
                "contactUitkomst", "WEIGERT");

        assertThat(timer(w.instantie(), "EenJaarLater").getDuedate()).isEqualTo(Termijnen.eindeWerkdag(uitval.plusYears(2)));
    }

    /** MAS §2, §8: re-approach only while under the upper age; the 23rd birthday before it ends the traject. */
    @Test
    void naDeBovengrensVolgtGeenHerbenadering() {
        LocalDate geboortedatum = vandaag().minusYears(23).plusMonths(3);
        LocalDate uitval = vandaag().minusMonths(1);
        Werkproces w = vsv(new NieuweMelding.JongereGegevens(null, "Jip", "Bijna23-" + System.nanoTime(),
                geboortedatum.toString(), "Doetinchem"), uitval);
        voltooi(w.instantie(), "ContactLeggen", "contactSoort", "MAIL", "contactDatum", new Date(),
                "contactUitkomst", "NIET_BEREIKBAAR");
        assertThat(timer(w.instantie(), "EenJaarLater").getDuedate()).isEqualTo(Termijnen.eindeWerkdag(uitval.plusYears(1)));
        assertThat(timer(w.instantie(), "BovengrensLeeftijd").getDuedate())
                .isEqualTo(Variabelen.alsDate(geboortedatum.plusYears(23)));

        totTimer(w.instantie(), "BovengrensLeeftijd");

        assertThat(w.instantie()).hasPassed("GeenDoelgroepMeer").hasNotPassed("Herbenaderen").isEnded();
        assertThat(traject(w).getStatus()).isEqualTo(VsvStatus.AFGEROND);
        assertThat(lopendVsvWerkproces(w.dossierId())).isNull();
    }

    /** MAS §8: a new VSV melding during the wait for the re-approach starts the werkproces; the timer adds none. */
    @Test
    void eenMeldingVoorDeHerbenaderingMaaktDeHerbenaderingOverbodig() {
        NieuweMelding.JongereGegevens jongere = nieuweJongere(19, "Doetinchem");
        Werkproces w = vsv(jongere, vandaag());
        voltooi(w.instantie(), "ContactLeggen", "contactSoort", "BRIEF", "contactDatum", new Date(),
                "contactUitkomst", "WEIGERT");

        Werkproces nieuw = vsv(jongere, vandaag());
        org.assertj.core.api.Assertions.assertThat(nieuw.id()).isNotEqualTo(w.id());
        totTimer(w.instantie(), "EenJaarLater");

        assertThat(w.instantie()).hasPassed("Herbenaderen").isEnded();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(VsvWerkprocessen.PROCES)
                .variableValueEquals("dossierId", w.dossierId()).list()).extracting(ProcessInstance::getId)
                .containsExactly(nieuw.instantie().getId());
    }

    // --- MAS §8: verzuim 18+ ---------------------------------------------------------------------------------

    @Test
    void bijActieGewenstVolgtContactMetJongereEnSchool() {
        Werkproces w = verzuim18(nieuweJongere(19, "Aalten"), true);

        assertThat(w.instantie()).isWaitingAt("ContactJongereEnSchool");
        voltooi(w.instantie(), "ContactJongereEnSchool", "contactUitkomst18", "OPGELOST");
        assertThat(w.instantie()).isEnded();
        assertThat(resultaat(w.id())).isEqualTo("OPGELOST");
    }

    @Test
    void eenTweedeMeldingZonderActieGewenstLeidtOokTotContact() {
        NieuweMelding.JongereGegevens jongere = nieuweJongere(20, "Aalten");
        Werkproces w = verzuim18(jongere, false);
        assertThat(w.instantie()).isWaitingAt("WachtenOpTweedeMelding");

        Werkproces tweede = verzuim18(jongere, false);

        assertThat(tweede.id()).isEqualTo(w.id());
        assertThat(w.instantie()).hasPassed("TweedeMelding").isWaitingAt("ContactJongereEnSchool");
    }

    @Test
    void zonderActieEnZonderTweedeMeldingSluitHetWerkprocesAanHetEindVanHetSchooljaar() {
        Werkproces w = verzuim18(nieuweJongere(20, "Aalten"), false);

        totTimer(w.instantie(), "EindeSchooljaar");

        assertThat(w.instantie()).hasPassed("ZonderActieAfsluiten").isEnded();
        assertThat(resultaat(w.id())).isEqualTo("GEEN_ACTIE");
    }

    @Test
    void eenNieuweMeldingTijdensHetContactHoortBijHetWerkproces() {
        NieuweMelding.JongereGegevens jongere = nieuweJongere(19, "Aalten");
        Werkproces w = verzuim18(jongere, true);

        Werkproces tweede = verzuim18(jongere, true);

        assertThat(tweede.id()).isEqualTo(w.id());
        assertThat(w.instantie()).isWaitingAt("ContactJongereEnSchool", "AanvullendeMeldingBekijken18");
        voltooi(w.instantie(), "AanvullendeMeldingBekijken18", "notitie", "zelfde verzuim");
        assertThat(w.instantie()).isWaitingAt("ContactJongereEnSchool");
    }

    /** MAS §8: a VSV melding during verzuim 18+ joins it; the werkproces turns into a vsv-traject, not a second one. */
    @Test
    void eenVsvMeldingTijdensVerzuim18HoortErbijEnMaaktErEenVsvTrajectVan() {
        NieuweMelding.JongereGegevens jongere = nieuweJongere(19, "Aalten");
        Werkproces w = verzuim18(jongere, true);

        Werkproces uitschrijving = vsv(jongere, vandaag());

        assertThat(uitschrijving.id()).isEqualTo(w.id());
        assertThat(w.instantie()).hasPassed("UitschrijvingGemeld", "VsvTrajectStartenNaUitschrijving").isEnded();
        assertThat(resultaat(w.id())).isEqualTo("UITGESCHREVEN");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(VsvWerkprocessen.PROCES)
                .variableValueEquals("dossierId", w.dossierId()).count()).isEqualTo(1);
        assertThat(lopendVsvWerkproces(w.dossierId())).isWaitingAt("ContactLeggen");
        assertThat(traject(w).getUitvaldatum()).isEqualTo(vandaag());
    }

    /**
     * MAS §2, §8: a de-registration joining verzuim 18+ starts the VsvTraject on the real de-registration date the
     * VSV melding gives, not on the day it arrived.
     */
    @Test
    void eenVsvMeldingDieBijVerzuim18KomtGeeftHaarUitschrijfdatumAlsUitvaldatum() {
        NieuweMelding.JongereGegevens jongere = nieuweJongere(19, "Aalten");
        Werkproces w = verzuim18(jongere, true);
        LocalDate uitgeschreven = vandaag().minusDays(12);

        Werkproces uitschrijving = melding(new NieuweMelding(null, "VSV", vandaag().minusDays(2).toString(), jongere,
                null, 0, 0, false, null, "uitgeschreven", uitgeschreven.toString()));

        assertThat(uitschrijving.id()).isEqualTo(w.id());
        assertThat(w.instantie()).hasPassed("VsvTrajectStartenNaUitschrijving").isEnded();
        assertThat(traject(w).getUitvaldatum()).isEqualTo(uitgeschreven);
    }

    /** MAS §2, §8 (contract uitschrijfdatum): without one, the joining VSV melding's own date is the uitval. */
    @Test
    void eenVsvMeldingZonderUitschrijfdatumDieBijVerzuim18KomtValtUitOpHaarMeldingsdatum() {
        NieuweMelding.JongereGegevens jongere = nieuweJongere(20, "Aalten");
        Werkproces w = verzuim18(jongere, true);

        vsv(jongere, vandaag().minusDays(3));

        assertThat(traject(w).getUitvaldatum()).isEqualTo(vandaag().minusDays(3));
    }

    /** MAS §8: a de-registration while verzuim 18+ waits for a second melding also joins it. */
    @Test
    void eenVsvMeldingTerwijlVerzuim18OpEenTweedeMeldingWachtHoortErbij() {
        NieuweMelding.JongereGegevens jongere = nieuweJongere(20, "Aalten");
        Werkproces w = verzuim18(jongere, false);
        assertThat(w.instantie()).isWaitingAt("WachtenOpTweedeMelding");

        assertThat(vsv(jongere, vandaag()).id()).isEqualTo(w.id());

        assertThat(w.instantie()).hasPassed("VsvTrajectStartenNaUitschrijving").isEnded();
        assertThat(lopendVsvWerkproces(w.dossierId())).isWaitingAt("ContactLeggen");
    }

    /** MAS §8: a second VSV melding and a verzuim 18+ melding join the open vsv-traject. */
    @Test
    void eenTweedeVsvMeldingEnVerzuim18HorenBijHetLopendeVsvTraject() {
        NieuweMelding.JongereGegevens jongere = nieuweJongere(19, "Doetinchem");
        Werkproces w = vsv(jongere, vandaag());
        bereikt(w.instantie());

        assertThat(vsv(jongere, vandaag()).id()).isEqualTo(w.id());
        assertThat(w.instantie()).isWaitingAt("Begeleiden", "AanvullendeMeldingBekijkenVsv");
        voltooi(w.instantie(), "AanvullendeMeldingBekijkenVsv", "notitie", "opnieuw uitgeschreven");

        assertThat(verzuim18(jongere, true).id()).isEqualTo(w.id());
        assertThat(w.instantie()).isWaitingAt("Begeleiden", "AanvullendeMeldingBekijkenVsv");
        assertThat(jdbc.queryForObject("select count(*) from werkproces where dossier_id = ?", Integer.class,
                w.dossierId())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from melding where werkproces_id = ?", Integer.class, w.id()))
                .isEqualTo(3);
    }

    @Test
    void uitschrijvingTijdensVerzuim18GaatVerderAlsVsvTraject() {
        Werkproces w = verzuim18(nieuweJongere(19, "Aalten"), true);

        voltooi(w.instantie(), "ContactJongereEnSchool", "contactUitkomst18", "UITGESCHREVEN");

        assertThat(w.instantie()).hasPassed("VsvTrajectStarten18").isEnded();
        assertThat(lopendVsvWerkproces(w.dossierId())).isWaitingAt("ContactLeggen");
        assertThat(traject(w).getUitvaldatum()).isEqualTo(vandaag());
    }

    // --- MAS §3: zorg en preventie ---------------------------------------------------------------------------

    @Test
    void zorgEnPreventieMetRedenEnAfloop() {
        for (String uitkomst : List.of("BEHOUDEN_VOOR_SCHOOL", "UITGESCHREVEN")) {
            Werkproces w = melding(new NieuweMelding(null, "ZORG_PREVENTIE", vandaag().toString(), nieuweJongere(17, "Berkelland"),
                    new NieuweMelding.SchoolGegevens("40DA", "Graafschap Vakcollege", "MBO"), 0, 0, false, null, null));
            voltooi(w.instantie(), "ZorgEnPreventie", "zorgReden", "NEGATIEF_STUDIEADVIES", "zorgAfspraken", "gesprek met mentor");
            voltooi(w.instantie(), "ZorgAfronden", "zorgUitkomst", uitkomst);

            assertThat(w.instantie()).isEnded();
            assertThat(resultaat(w.id())).isEqualTo(uitkomst);
            assertThat(jdbc.queryForObject("select resultaat_detail from werkproces where id = ?", String.class, w.id()))
                    .isEqualTo("NEGATIEF_STUDIEADVIES");
            assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(VsvWerkprocessen.PROCES)
                    .variableValueEquals("dossierId", w.dossierId()).count()).isEqualTo("UITGESCHREVEN".equals(uitkomst) ? 1 : 0);
        }
    }

    // --- MAS §8: moving to another regio ------------------------------------------------------------------------

    @Test
    void eenVerhuizingNaarEenAndereRegioDraagtHetTrajectOver() {
        Regio twente = twente();
        NieuweMelding.JongereGegevens jongere = nieuweJongere(19, "Doetinchem");
        Werkproces w = vsv(jongere, vandaag());
        bereikt(w.instantie());

        NieuweMelding.JongereGegevens verhuisd = new NieuweMelding.JongereGegevens(jongere.bsn(), jongere.voornaam(),
                jongere.achternaam(), jongere.geboortedatum(), "Hengelo");
        Werkproces hengelo = verzuim18(verhuisd, true);

        // MAS §10: the melding alone moves nothing; the Doorstroompunt of the old regio confirms the move first.
        assertThat(w.instantie()).isActive();
        org.assertj.core.api.Assertions.assertThat(hengelo.dossierId()).isNotEqualTo(w.dossierId());
        ProcessInstance verhuizing = runtime.createProcessInstanceQuery().processDefinitionKey("verhuizing")
                .variableValueEquals("dossierId", w.dossierId()).singleResult();
        assertThat(taken.getIdentityLinksForTask(task("VerhuizingBevestigen", verhuizing).getId()))
                .extracting(IdentityLink::getGroupId).containsExactly("doorstroompunt-achterhoek");
        voltooi(verhuizing, "VerhuizingBevestigen", "bevestigd", true);

        assertThat(w.instantie()).hasPassed("TrajectOverdragen").isEnded();
        assertThat(resultaat(w.id())).isEqualTo("OVERGEDRAGEN");
        ProcessInstance nieuw = lopendVsvWerkproces(hengelo.dossierId());
        assertThat(taken.getIdentityLinksForTask(task("ContactLeggen", nieuw).getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("doorstroompunt-" + twente.getCode());
        String gemeente = transactie.execute(status -> traject(hengelo).getGemeente().getNaam());
        org.assertj.core.api.Assertions.assertThat(gemeente).isEqualTo("Hengelo");
    }

    /** The regio Twente with Hengelo (its Doorstroompunt follows Jongeren to 27, regio-bovengrens), once per context. */
    Regio twente() {
        Regio twente = transactie.execute(status -> {
            Regio regio = regios.findByCode("twente").orElseGet(() -> regios.save(new Regio("twente", "Twente")));
            if (gemeenten.findByCbsCode("GM0164").isEmpty()) {
                gemeenten.save(new Gemeente("GM0164", "Hengelo", regio));
            }
            return regio;
        });
        identiteit.synchroniseer();
        return twente;
    }

    // --- MAS §8, §9: [000] Tabel 4/7, nieuwe and oud-vsv'ers per status per gemeente ----------------------------

    @Test
    void tellingPerGemeenteVanNieuweEnOudeVsvErsPerStatus() {
        LocalDate peildatum = vandaag();
        LocalDate vorigSchooljaar = nl.schoolverzuim.domein.Schooljaar.van(peildatum).begin().minusDays(30);
        Werkproces nieuwInBehandeling = vsv(nieuweJongere(19, "Winterswijk"), peildatum);
        Werkproces nieuwMonitoring = vsv(nieuweJongere(20, "Winterswijk"), peildatum);
        Werkproces oudAfgerond = vsv(nieuweJongere(21, "Winterswijk"), vorigSchooljaar);
        Werkproces oudMonitoring = vsv(nieuweJongere(21, "Oost Gelre"), vorigSchooljaar);
        for (Werkproces w : List.of(nieuwMonitoring, oudMonitoring)) {
            bereikt(w.instantie());
            voltooi(w.instantie(), "Begeleiden", "begeleidingUitkomst", "MONITORING", "monitoringResultaat", "PARTICIPATIEWET");
        }
        bereikt(oudAfgerond.instantie());
        voltooi(oudAfgerond.instantie(), "Begeleiden", "begeleidingUitkomst", "AFRONDEN", "afrondReden", "STARTKWALIFICATIE_BEHAALD");
        assertThat(nieuwInBehandeling.instantie()).isWaitingAt("ContactLeggen");

        List<VsvTelling.Regel> regels = telling.op(peildatum).stream()
                .filter(r -> r.gemeente().equals("Winterswijk") || r.gemeente().equals("Oost Gelre")).toList();

        assertThat(regels).extracting(VsvTelling.Regel::gemeente, VsvTelling.Regel::nieuw, VsvTelling.Regel::status,
                VsvTelling.Regel::aantal).containsExactlyInAnyOrder(
                tuple("Oost Gelre", false, VsvStatus.MONITORING, 1L),
                tuple("Winterswijk", true, VsvStatus.IN_BEHANDELING, 1L),
                tuple("Winterswijk", true, VsvStatus.MONITORING, 1L),
                tuple("Winterswijk", false, VsvStatus.AFGEROND, 1L));
        // A peildatum before they left counts nobody of this school year.
        assertThat(telling.op(vorigSchooljaar.minusDays(1)).stream().filter(r -> r.gemeente().equals("Winterswijk"))).isEmpty();
    }
}
