package nl.schoolverzuim.vrijstellingen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.schoolverzuim.domein.Termijnen;
import nl.schoolverzuim.domein.Variabelen;
import nl.schoolverzuim.domein.Werkdagen;
import nl.schoolverzuim.dossier.Werkproces;
import nl.schoolverzuim.engine.DecisionCache;
import nl.schoolverzuim.engine.LaatsteVersies;
import nl.schoolverzuim.organisatie.Teams.Team;
import nl.schoolverzuim.testsupport.Modeltest;

/**
 * {@code processes/vrijstelling.bpmn} with decisions vrijstelling-toets and vrijstelling-verlengbaar (MAS §7): every
 * ground's grant and refusal, the art. 5 onder b deadlines on their last valid day and the day after, the art. 5 onder
 * a advice and review, art. 5 onder c's reminder and yearly renewal, expiry and revocation. Timers: the clock is moved
 * and each due date asserted exactly.
 */
@Deployment(resources = {"processes/vrijstelling.bpmn", "processes/vrijstelling-toets.dmn",
        "processes/mas-termijnen.dmn", "forms/vrijstelling-advies.form", "forms/vrijstelling-besluiten.form",
        "forms/vrijstelling-beschikking.form", "forms/vrijstelling-herbeoordelen.form",
        "forms/vrijstelling-bewijs-opvragen.form", "forms/vrijstelling-verlengen.form"})
class VrijstellingProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = Modeltest.engine();

    private static final ZoneId NL = Termijnen.ZONE;

    private final VrijstellingRepository repository = mock(VrijstellingRepository.class);
    private final BriefOpname brief = new BriefOpname();
    private Vrijstelling vrijstelling;

    @BeforeEach
    void beans() {
        BpmnAwareTests.init(engine.getProcessEngine());
        Mocks.register("termijnen", new Termijnen(new Werkdagen(), new DecisionCache(new LaatsteVersies())));
        Mocks.register("vrijstellingen", new Vrijstellingen(repository, gebeurtenis -> { }, new EngineKlok()));
        Mocks.register("brief", brief);
        when(repository.findById(any())).thenAnswer(vraag -> Optional.ofNullable(vrijstelling));
        // Monday 1 June 2026, 10:00.
        ClockUtil.setCurrentTime(moment(LocalDate.of(2026, 6, 1), 10));
    }

    @AfterEach
    void opruimen() {
        Mocks.reset();
        ClockUtil.reset();
    }

    /** The engine's clock, which the tests move, as the application's Clock. */
    private static final class EngineKlok extends Clock {
        @Override
        public ZoneId getZone() {
            return NL;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return ClockUtil.getCurrentTime().toInstant();
        }
    }

    private static Date moment(LocalDate dag, int uur) {
        return Date.from(ZonedDateTime.of(dag.atTime(uur, 0), NL).toInstant());
    }

    private ProcessInstance aanvraag(Grond grond, LocalDate aanvraagdatum, String schooljaar, LocalDate geboortedatum,
                                     LocalDate ingangsdatum, LocalDate einddatum, Set<Bijlage> bijlagen) {
        Werkproces werkproces = new Werkproces(null, null, Vrijstellingen.PROCES,
                Team.LEERPLICHT, "leerplicht-doetinchem", false, aanvraagdatum, Instant.now());
        vrijstelling = new Vrijstelling(null, werkproces, grond, aanvraagdatum, schooljaar, Aanvrager.OUDERS,
                ingangsdatum, einddatum, bijlagen, null, Instant.now());
        LocalDate schooljaarBegin = schooljaar == null ? null
                : LocalDate.of(Integer.parseInt(schooljaar.substring(0, 4)), 8, 1);
        Map<String, Object> variabelen = new HashMap<>(ToetsFeiten.van(grond, aanvraagdatum, schooljaarBegin,
                geboortedatum, ingangsdatum, bijlagen));
        variabelen.put("vrijstellingId", 1L);
        variabelen.put("kandidaatGroep", "leerplicht-doetinchem");
        variabelen.put(Variabelen.GEBOORTEDATUM, Variabelen.alsDate(geboortedatum));
        variabelen.put("aanvraagdatum", Variabelen.alsDate(aanvraagdatum));
        variabelen.put("ingangsdatum", Variabelen.alsDate(ingangsdatum));
        variabelen.put("einddatum", einddatum == null ? null : Variabelen.alsDate(einddatum));
        variabelen.put("schooljaar", schooljaar);
        return runtimeService().startProcessInstanceByKey(Vrijstellingen.PROCES, variabelen);
    }

    private void besluit(ProcessInstance instantie, String besluit) {
        assertThat(instantie).isWaitingAt("VrijstellingBesluiten");
        complete(task(), withVariables("besluit", besluit, "motivering", "Gemotiveerd besluit"));
        assertThat(instantie).isWaitingAt("VrijstellingBeschikkingVersturen");
        // The beschikking letter through the contract's process bean brief, with the besluit.
        assertThat(brief.opgesteld()).last().extracting(BriefOpname.Opgesteld::soort, BriefOpname.Opgesteld::besluit)
                .containsExactly("beschikking-vrijstelling", besluit);
        String briefId = (String) runtimeService().getVariable(instantie.getId(), "briefId");
        complete(task(), withVariables("briefVerzendkanaal", "POST"));
        assertThat(brief.afgerond()).last().isEqualTo(briefId);
    }

    private Job timer(ProcessInstance instantie, String activiteit) {
        return engine.getProcessEngine().getManagementService().createJobQuery().processInstanceId(instantie.getId())
                .timers().activityId(activiteit).singleResult();
    }

    /** Moves the clock to the due date (not earlier: it must not have been due) and fires the timer. */
    private void laatAflopen(Job timer) {
        assertThat(engine.getProcessEngine().getManagementService().createJobQuery().jobId(timer.getId()).executable()
                .count()).as("nog niet verlopen").isZero();
        ClockUtil.setCurrentTime(timer.getDuedate());
        execute(timer);
    }

    @Test
    void art5aMetVerklaringKrijgtEerstSociaalMedischAdviesEnWordtVerleendEnHerbeoordeeld() {
        // MAS §7 art. 5 onder a: statement present, independent advice before the decision, periodic review.
        ProcessInstance instantie = aanvraag(Grond.ART_5A, LocalDate.of(2026, 6, 1), null, LocalDate.of(2014, 5, 1),
                LocalDate.of(2026, 8, 1), null, EnumSet.of(Bijlage.VERKLARING_DESKUNDIGE));

        assertThat(instantie).isWaitingAt("SociaalMedischAdviesVastleggen").variables()
                .containsEntry("toetsVoldoet", true).containsEntry("toetsRedenen", "");
        // mas-termijn SOCIAAL_MEDISCH_ADVIES_VASTLEGGEN: 6 weeks from today, end of the working day.
        assertThat(task().getDueDate()).isEqualTo(moment(LocalDate.of(2026, 7, 13), 17));
        assertThatThrownBy(() -> complete(task(), withVariables("sociaalMedischAdvies", "Niet belastbaar",
                "onderwijskundigPerspectief", "Geen", "herbeoordelingsdatum", "2026-06-01")))
                .hasMessageContaining("herbeoordelingsdatum moet na vandaag");
        complete(task(), withVariables("sociaalMedischAdvies", "Niet belastbaar", "onderwijskundigPerspectief",
                "Voorlopig geen onderwijs haalbaar", "herbeoordelingsdatum", "2027-03-01"));

        // mas-termijn VRIJSTELLING_BESLUITEN: 8 weeks from the aanvraagdatum.
        assertThat(task().getDueDate()).isEqualTo(moment(LocalDate.of(2026, 7, 27), 17));
        besluit(instantie, "VERLENEN");

        assertThat(instantie).isWaitingAt("Vrijstelling5aLoopt");
        assertThat(vrijstelling.getStatus()).isEqualTo(Status.VERLEEND);
        assertThat(vrijstelling.getBesluitdatum()).isEqualTo(LocalDate.of(2026, 6, 1));
        Job herbeoordeling = timer(instantie, "HerbeoordelingsdatumBereikt");
        assertThat(herbeoordeling.getDuedate()).isEqualTo(moment(LocalDate.of(2027, 3, 1), 0));
        // No einddatum: the vrijstelling holds at most until the 18th birthday.
        assertThat(timer(instantie, "Einde5a").getDuedate()).isEqualTo(moment(LocalDate.of(2032, 5, 1), 0));

        laatAflopen(herbeoordeling);
        assertThat(instantie).isWaitingAt("VrijstellingHerbeoordelen");
        complete(task(), withVariables("herbeoordelingUitkomst", "Nog steeds niet belastbaar",
                "herbeoordelingIntrekken", false, "volgendeHerbeoordelingsdatum", "2028-03-01"));

        assertThat(instantie).isWaitingAt("Vrijstelling5aLoopt");
        assertThat(timer(instantie, "HerbeoordelingsdatumBereikt").getDuedate())
                .isEqualTo(moment(LocalDate.of(2028, 3, 1), 0));
    }

    @Test
    void art5aZonderVerklaringVoldoetNietEnKanAlleenWordenAfgewezen() {
        // MAS §7 art. 5 onder a: without the statement of an arts, psycholoog or (ortho)pedagoog the toets fails.
        ProcessInstance instantie = aanvraag(Grond.ART_5A, LocalDate.of(2026, 6, 1), null, LocalDate.of(2014, 5, 1),
                LocalDate.of(2026, 8, 1), null, EnumSet.noneOf(Bijlage.class));

        assertThat(instantie).isWaitingAt("SociaalMedischAdviesVastleggen").variables()
                .containsEntry("toetsVoldoet", false);
        assertThat(vrijstelling.getToetsRedenen()).singleElement().asString().startsWith("Art. 5 onder a");
        complete(task(), withVariables("sociaalMedischAdvies", "Geen advies mogelijk", "onderwijskundigPerspectief",
                "Onbekend", "herbeoordelingsdatum", "2027-03-01"));

        assertThatThrownBy(() -> complete(task(), withVariables("besluit", "VERLENEN", "motivering", "Toch")))
                .hasMessageContaining("kan niet worden verleend");
        besluit(instantie, "AFWIJZEN");

        assertThat(instantie).hasPassed("AfwijzingVastleggen").isEnded();
        assertThat(vrijstelling.getStatus()).isEqualTo(Status.AFGEWEZEN);
        assertThat(vrijstelling.getWerkproces().getResultaat()).isEqualTo("AFGEWEZEN");
    }

    /**
     * MAS §7 art. 5 onder b: a kennisgeving at least one month before the 5th birthday for a Jongere who becomes
     * leerplichtig in the school year; before 1 July preceding the school year for one who already is.
     */
    @ParameterizedTest(name = "MAS §7 art. 5b: geboren {0}, kennisgeving {1} -> voldoet {2}")
    @CsvSource(textBlock = """
            2021-10-15, 2026-09-15, true
            2021-10-15, 2026-09-16, false
            2019-03-10, 2026-06-30, true
            2019-03-10, 2026-07-01, false
            """)
    void art5bKennisgevingOpDeLaatsteDagEnDeDagErna(LocalDate geboortedatum, LocalDate kennisgeving, boolean voldoet) {
        ClockUtil.setCurrentTime(moment(kennisgeving, 10));
        ProcessInstance instantie = aanvraag(Grond.ART_5B, kennisgeving, "2026-2027", geboortedatum,
                LocalDate.of(2026, 11, 1).isAfter(kennisgeving) ? LocalDate.of(2026, 11, 1) : LocalDate.of(2026, 8, 1),
                LocalDate.of(2027, 7, 31), EnumSet.noneOf(Bijlage.class));

        assertThat(instantie).hasNotPassed("SociaalMedischAdviesVastleggen").isWaitingAt("VrijstellingBesluiten")
                .variables().containsEntry("toetsVoldoet", voldoet);
        if (voldoet) {
            besluit(instantie, "VERLENEN");
            assertThat(instantie).isWaitingAt("VrijstellingLoopt");
            assertThat(vrijstelling.getStatus()).isEqualTo(Status.VERLEEND);
        } else {
            assertThat(vrijstelling.getToetsRedenen()).singleElement().asString().startsWith("Art. 5 onder b");
            assertThatThrownBy(() -> complete(task(), withVariables("besluit", "VERLENEN", "motivering", "x")))
                    .hasMessageContaining("kan niet worden verleend");
            besluit(instantie, "AFWIJZEN");
            assertThat(instantie).isEnded();
            assertThat(vrijstelling.getStatus()).isEqualTo(Status.AFGEWEZEN);
        }
    }

    @Test
    void art5cVraagtVoorHetNieuweSchooljaarNieuwBewijsEnWordtJaarlijksVerlengd() {
        // MAS §7 art. 5 onder c: per school year until 18, with proof of enrolment and attendance abroad.
        ProcessInstance instantie = aanvraag(Grond.ART_5C, LocalDate.of(2026, 6, 1), "2026-2027",
                LocalDate.of(2014, 5, 1), LocalDate.of(2026, 8, 1), LocalDate.of(2027, 7, 31),
                EnumSet.of(Bijlage.BEWIJS_INSCHRIJVING_BUITENLAND, Bijlage.BEWIJS_AANWEZIGHEID_BUITENLAND));
        besluit(instantie, "VERLENEN");
        assertThat(instantie).isWaitingAt("Vrijstelling5cLoopt");

        // mas-termijn NIEUW_BEWIJS_HERINNERING: 2 months before the first day after the einddatum.
        Job herinnering = timer(instantie, "VoorNieuwSchooljaar");
        assertThat(herinnering.getDuedate()).isEqualTo(moment(LocalDate.of(2027, 6, 1), 0));
        Job einde = timer(instantie, "Einde5c");
        assertThat(einde.getDuedate()).isEqualTo(moment(LocalDate.of(2027, 8, 1), 0));
        laatAflopen(herinnering);
        assertThat(instantie).isWaitingAt("NieuwBewijsOpvragen");
        complete(task(), withVariables("bewijsOpgevraagdOp", "2027-06-02"));

        assertThat(instantie).isWaitingAt("VrijstellingLoopt");
        laatAflopen(timer(instantie, "Einde"));
        assertThat(instantie).hasPassed("VerlengbaarBepalen").isWaitingAt("VrijstellingVerlengen")
                .variables().containsEntry("verlengbaar", true).containsEntry("leeftijdNaEinde", 13);
        assertThatThrownBy(() -> complete(task(), withVariables("verlengen", true, "nieuweEinddatum", "2028-07-31",
                "nieuwSchooljaar", "2027-2028", "bewijsInschrijvingBuitenland", true,
                "bewijsAanwezigheidBuitenland", false))).hasMessageContaining("nieuw bewijs");
        complete(task(), withVariables("verlengen", true, "nieuweEinddatum", "2028-07-31", "nieuwSchooljaar",
                "2027-2028", "bewijsInschrijvingBuitenland", true, "bewijsAanwezigheidBuitenland", true));

        assertThat(instantie).isWaitingAt("Vrijstelling5cLoopt");
        assertThat(vrijstelling.getEinddatum()).isEqualTo(LocalDate.of(2028, 7, 31));
        assertThat(vrijstelling.getSchooljaar()).isEqualTo("2027-2028");
        assertThat(timer(instantie, "VoorNieuwSchooljaar").getDuedate()).isEqualTo(moment(LocalDate.of(2028, 6, 1), 0));
    }

    @Test
    void art5cVerlooptAlsDeJongere18Is() {
        // MAS §7 art. 5 onder c: renewed every school year until 18; decision vrijstelling-verlengbaar.
        ProcessInstance instantie = aanvraag(Grond.ART_5C, LocalDate.of(2026, 6, 1), "2026-2027",
                LocalDate.of(2009, 7, 1), LocalDate.of(2026, 8, 1), LocalDate.of(2027, 7, 31),
                EnumSet.of(Bijlage.BEWIJS_INSCHRIJVING_BUITENLAND, Bijlage.BEWIJS_AANWEZIGHEID_BUITENLAND));
        besluit(instantie, "VERLENEN");
        laatAflopen(timer(instantie, "VoorNieuwSchooljaar"));
        complete(task(), withVariables("bewijsOpgevraagdOp", "2027-06-02"));

        laatAflopen(timer(instantie, "Einde"));

        assertThat(instantie).hasPassed("VrijstellingVerlopen").hasNotPassed("VrijstellingVerlengen").isEnded();
        assertThat(vrijstelling.getStatus()).isEqualTo(Status.VERLOPEN);
    }

    @Test
    void art15OnderDe16IsWordtGeweigerd() {
        // MAS §7 art. 15: only for a kwalificatieplichtige Jongere of 16-17.
        ProcessInstance instantie = aanvraag(Grond.ART_15, LocalDate.of(2026, 6, 1), null, LocalDate.of(2011, 1, 1),
                LocalDate.of(2026, 8, 1), LocalDate.of(2027, 7, 31), EnumSet.of(Bijlage.ALTERNATIEF_PROGRAMMA));

        assertThat(instantie).isWaitingAt("VrijstellingBesluiten").variables().containsEntry("toetsVoldoet", false);
        assertThat(vrijstelling.getToetsRedenen()).singleElement().asString().startsWith("Art. 15: de jongere");
        assertThatThrownBy(() -> complete(task(), withVariables("besluit", "VERLENEN", "motivering", "x")))
                .hasMessageContaining("kan niet worden verleend");
        besluit(instantie, "AFWIJZEN");
        assertThat(vrijstelling.getStatus()).isEqualTo(Status.AFGEWEZEN);
    }

    @Test
    void art15ZonderAlternatiefWordtGeweigerdEnMetAlternatiefVerleend() {
        // MAS §7 art. 15: no vrijstelling before the alternative is arranged ([000]).
        ProcessInstance zonder = aanvraag(Grond.ART_15, LocalDate.of(2026, 6, 1), null, LocalDate.of(2010, 1, 1),
                LocalDate.of(2026, 8, 1), LocalDate.of(2027, 7, 31), EnumSet.noneOf(Bijlage.class));
        assertThat(zonder).variables().containsEntry("toetsVoldoet", false);
        assertThat(vrijstelling.getToetsRedenen()).singleElement().asString().startsWith("Art. 15: er is geen alternatief");
        besluit(zonder, "AFWIJZEN");
        assertThat(zonder).isEnded();

        ProcessInstance met = aanvraag(Grond.ART_15, LocalDate.of(2026, 6, 1), null, LocalDate.of(2010, 1, 1),
                LocalDate.of(2026, 8, 1), LocalDate.of(2027, 7, 31), EnumSet.of(Bijlage.ALTERNATIEF_PROGRAMMA));
        assertThat(met).variables().containsEntry("toetsVoldoet", true);
        besluit(met, "VERLENEN");
        assertThat(met).isWaitingAt("VrijstellingLoopt");
        assertThat(vrijstelling.getStatus()).isEqualTo(Status.VERLEEND);
    }

    @Test
    void art3bWordtVastgelegdEnVerlooptOpDeEinddatum() {
        // MAS §7 art. 3b: recorded with its legal label; no renewal (vrijstelling-verlengbaar), so it expires.
        ProcessInstance instantie = aanvraag(Grond.ART_3B, LocalDate.of(2026, 6, 1), null, LocalDate.of(2015, 2, 1),
                LocalDate.of(2026, 8, 1), LocalDate.of(2026, 12, 31), EnumSet.noneOf(Bijlage.class));
        assertThat(instantie).variables().containsEntry("toetsVoldoet", true);
        besluit(instantie, "VERLENEN");
        Job einde = timer(instantie, "Einde");
        assertThat(einde.getDuedate()).isEqualTo(moment(LocalDate.of(2027, 1, 1), 0));

        laatAflopen(einde);

        assertThat(instantie).hasPassedInOrder("EindeVaststellen", "VerlengbaarBepalen", "VrijstellingVerlopen")
                .isEnded();
        assertThat(vrijstelling.getStatus()).isEqualTo(Status.VERLOPEN);
        assertThat(vrijstelling.getWerkproces().getResultaat()).isEqualTo("VERLOPEN");
    }

    @Test
    void art5bWordtNaDeEinddatumVerlengdOfVerlooptAlsHetNietWordtVerlengd() {
        // MAS §7 art. 5 onder b: holds for one school year; the renewal task opens at the end, not renewed expires.
        ClockUtil.setCurrentTime(moment(LocalDate.of(2026, 6, 1), 10));
        ProcessInstance instantie = aanvraag(Grond.ART_5B, LocalDate.of(2026, 6, 1), "2026-2027",
                LocalDate.of(2019, 3, 10), LocalDate.of(2026, 8, 1), LocalDate.of(2027, 7, 31),
                EnumSet.noneOf(Bijlage.class));
        besluit(instantie, "VERLENEN");
        laatAflopen(timer(instantie, "Einde"));
        assertThat(instantie).isWaitingAt("VrijstellingVerlengen");
        // mas-termijn VRIJSTELLING_VERLENGEN: 10 werkdagen from Sunday 1 August 2027.
        assertThat(task().getDueDate()).isEqualTo(moment(LocalDate.of(2027, 8, 13), 17));

        complete(task(), withVariables("verlengen", false));

        assertThat(instantie).hasPassed("VrijstellingVerlopen").isEnded();
        assertThat(vrijstelling.getStatus()).isEqualTo(Status.VERLOPEN);
    }

    @Test
    void eenVerleendeVrijstellingWordtIngetrokkenMetReden() {
        // MAS §7: revocation (INGETROKKEN) with a reason, by message VrijstellingIntrekken; also on 1 June, before the
        // ingangsdatum of 1 August: the granted vrijstelling waits for it from the beschikking on.
        ProcessInstance instantie = aanvraag(Grond.ART_3B, LocalDate.of(2026, 6, 1), null, LocalDate.of(2015, 2, 1),
                LocalDate.of(2026, 8, 1), LocalDate.of(2026, 12, 31), EnumSet.noneOf(Bijlage.class));
        besluit(instantie, "VERLENEN");
        assertThat(instantie).isWaitingAt("VrijstellingLoopt");

        runtimeService().createMessageCorrelation(Vrijstellingen.INTREKKEN).processInstanceId(instantie.getId())
                .setVariable("intrekkingsreden", "Gaat weer naar school").correlate();

        assertThat(instantie).hasPassed("IntrekkingVastleggen").isEnded();
        assertThat(managementService().createJobQuery().processInstanceId(instantie.getId()).count()).isZero();
        assertThat(vrijstelling.getStatus()).isEqualTo(Status.INGETROKKEN);
        assertThat(vrijstelling.getIntrekkingsreden()).isEqualTo("Gaat weer naar school");
        assertThat(vrijstelling.getWerkproces().getResultaat()).isEqualTo("INGETROKKEN");
    }

    @Test
    void eenHerbeoordelingKanDeVrijstellingIntrekken() {
        // MAS §7 art. 5 onder a: the periodic review may end the vrijstelling, with its outcome as the reason.
        ProcessInstance instantie = aanvraag(Grond.ART_5A, LocalDate.of(2026, 6, 1), null, LocalDate.of(2014, 5, 1),
                LocalDate.of(2026, 8, 1), LocalDate.of(2027, 7, 31), EnumSet.of(Bijlage.VERKLARING_DESKUNDIGE));
        assertThat(instantie).isWaitingAt("SociaalMedischAdviesVastleggen");
        complete(task(), withVariables("sociaalMedischAdvies", "a", "onderwijskundigPerspectief", "b",
                "herbeoordelingsdatum", "2027-01-04"));
        besluit(instantie, "VERLENEN");
        laatAflopen(timer(instantie, "HerbeoordelingsdatumBereikt"));
        assertThat(instantie).isWaitingAt("VrijstellingHerbeoordelen");

        complete(task(), withVariables("herbeoordelingUitkomst", "Kan weer naar school", "herbeoordelingIntrekken", true));

        assertThat(instantie).hasPassed("IntrekkingVastleggen").isEnded();
        assertThat(vrijstelling.getStatus()).isEqualTo(Status.INGETROKKEN);
        assertThat(vrijstelling.getIntrekkingsreden()).isEqualTo("Kan weer naar school");
    }
}
