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
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

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

    // --- MAS §2, §8: the hand-off at 18 ------------------------------------------------------------------------

    @Test
    void eenMeldingOp17LeidtNaDe18eVerjaardagTotEenVsvTraject() {
        NieuweMelding.JongereGegevens bijna18 = new NieuweMelding.JongereGegevens(null, "Sem", "Keten-" + System.nanoTime(),
                vandaag().minusYears(18).plusDays(20).toString(), "Doetinchem");
        Werkproces leerplicht = melding(new NieuweMelding(null, "WETTELIJK", vandaag().toString(), bijna18,
                new NieuweMelding.SchoolGegevens("40DA", "Graafschap Vakcollege", "MBO"), 20, 0, false, null, null));
        voltooi(leerplicht.instantie(), "MeldingTrieren", "triageBesluit", "IN_BEHANDELING");

        totTimer(leerplicht.instantie(), "AchttiendeVerjaardag");

        assertThat(leerplicht.instantie()).isEnded();
        ProcessInstance dsp = lopendVsvWerkproces(leerplicht.dossierId());
        assertThat(dsp).isWaitingAt("ContactLeggen");
        assertThat(taken.getIdentityLinksForTask(task("ContactLeggen", dsp).getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("doorstroompunt-achterhoek");
        assertThat(traject(leerplicht).getStatus()).isEqualTo(VsvStatus.IN_BEHANDELING);
        assertThat(jdbc.queryForObject("select count(*) from dsp_overdracht where werkproces_id = ? and opgepakt_op is not null",
                Integer.class, leerplicht.id())).isEqualTo(1);
    }

    // --- MAS §8: states, contact attempts, monitoring over a year, falling out again -------------------------

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

        // MAS §8: a check every 3 months (mas-termijn DSP_MONITORING); a year of checks.
        for (String resultaat : List.of("WERK_KORT", "WERK_6_12", "WERK_6_12")) {
            verstrijk(w.instantie(), "ControleMoment", Duration.ofDays(93));
            voltooi(w.instantie(), "Monitoringcontrole", "monitoringResultaat", resultaat, "monitoringVervolg", "DOORGAAN");
            assertThat(traject(w).getStatus()).isEqualTo(VsvStatus.MONITORING);
        }
        verstrijk(w.instantie(), "ControleMoment", Duration.ofDays(93));
        voltooi(w.instantie(), "Monitoringcontrole", "monitoringResultaat", "NIET_BEREIKBAAR_ONGEMOTIVEERD",
                "monitoringVervolg", "TERUG_NAAR_BEGELEIDING");
        assertThat(traject(w).getStatus()).isEqualTo(VsvStatus.IN_BEHANDELING);
        assertThat(w.instantie()).isWaitingAt("Begeleiden");

        voltooi(w.instantie(), "Begeleiden", "begeleidingUitkomst", "AFRONDEN", "afrondReden", "SCHOOL");

        assertThat(w.instantie()).isEnded();
        assertThat(traject(w).getStatus()).isEqualTo(VsvStatus.AFGEROND);
        assertThat(traject(w).getAfrondReden()).isEqualTo("SCHOOL");
        assertThat(jdbc.queryForList("select vervolg from monitoring_controle where vsv_traject_id = ? order by id",
                String.class, traject(w).getId())).containsExactly("DOORGAAN", "DOORGAAN", "DOORGAAN", "TERUG_NAAR_BEGELEIDING");
    }

    @Test
    void afrondenKanAlleenOmDeRedenenVanMas8() {
        for (Object[] reden : new Object[][] {{"SCHOOL", null}, {"STARTKWALIFICATIE_BEHAALD", null},
                {"GEEN_DOELGROEP_MEER", null}, {"OVERIG", "vertrokken naar het buitenland"}}) {
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
        for (String geweigerd : new String[] {"WERK_KORT", "PARTICIPATIEWET", "OVERIG"}) {
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

    @Test
    void opDe23eVerjaardagSluitHetTrajectAlsGeenDoelgroepMeer() {
        NieuweMelding.JongereGegevens bijna23 = new NieuweMelding.JongereGegevens(null, "Luuk", "Grens-" + System.nanoTime(),
                vandaag().minusYears(23).plusDays(10).toString(), "Doetinchem");
        Werkproces w = vsv(bijna23, vandaag());
        bereikt(w.instantie());

        totTimer(w.instantie(), "BovengrensLeeftijd");

        assertThat(w.instantie()).hasPassed("GeenDoelgroepMeer").isEnded();
        assertThat(traject(w).getStatus()).isEqualTo(VsvStatus.AFGEROND);
        assertThat(traject(w).getAfrondReden()).isEqualTo("GEEN_DOELGROEP_MEER");
    }

    @Test
    void onbereikbaarSluitAlsSituatieOnbekendEnNaEenJaarVolgtEenNieuwWerkproces() {
        Werkproces w = vsv(19);

        voltooi(w.instantie(), "ContactLeggen", "contactSoort", "TELEFOON", "contactDatum", new Date(),
                "contactUitkomst", "NIET_BEREIKBAAR");

        assertThat(resultaat(w.id())).isEqualTo("SITUATIE_ONBEKEND");
        assertThat(traject(w).getStatus()).isEqualTo(VsvStatus.MONITORING);
        assertThat(traject(w).getLaatsteMonitoring()).isEqualTo(MonitoringResultaat.NIET_BEREIKBAAR_ONGEMOTIVEERD);
        verstrijk(w.instantie(), "EenJaarLater", Duration.ofDays(366));

        assertThat(w.instantie()).isEnded();
        ProcessInstance opnieuw = lopendVsvWerkproces(w.dossierId());
        assertThat(opnieuw).isWaitingAt("ContactLeggen");
        assertThat(traject(w).getStatus()).isEqualTo(VsvStatus.IN_BEHANDELING);
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
        Regio twente = transactie.execute(status -> {
            Regio regio = regios.save(new Regio("twente", "Twente"));
            gemeenten.save(new Gemeente("GM0164", "Hengelo", regio));
            return regio;
        });
        identiteit.synchroniseer();
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
