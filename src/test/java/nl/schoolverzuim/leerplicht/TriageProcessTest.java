package nl.schoolverzuim.leerplicht;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import nl.schoolverzuim.domein.Weigering;
import nl.schoolverzuim.melding.NieuweMelding;
import nl.schoolverzuim.testsupport.CodelijstBestand;
import nl.schoolverzuim.testsupport.WerkprocesTest;

/**
 * The triage region of {@code processes/leerplicht-verzuim.bpmn} (MAS §4 step 1), every outcome of "Melding triëren"
 * walked with the real listeners, decisions and database.
 */
class TriageProcessTest extends WerkprocesTest {

    @Autowired
    HistoryService historie;
    @Autowired
    TestRestTemplate http;

    Werkproces melding(String soort, boolean preventief, NieuweMelding.JongereGegevens jongere) {
        return melding(new NieuweMelding(null, soort, vandaag().toString(), jongere,
                "ABSOLUUT".equals(soort) ? null : new NieuweMelding.SchoolGegevens("12AB", "Houtkamp College", "VO"),
                20, 0, preventief, null, "testmelding"));
    }

    Werkproces melding(String soort) {
        return melding(soort, false, nieuweJongere(14, "Doetinchem"));
    }

    String werkprocesKolom(String kolom, long werkproces) {
        return jdbc.queryForObject("select " + kolom + " from werkproces where id = ?", String.class, werkproces);
    }

    Object historisch(ProcessInstance instantie, String variabele) {
        HistoricVariableInstance waarde = historie.createHistoricVariableInstanceQuery()
                .processInstanceId(instantie.getId()).variableName(variabele).singleResult();
        return waarde == null ? null : waarde.getValue();
    }

    /** The officer's completion is refused with a Dutch message naming {@code veld} (the engine wraps the refusal). */
    void geweigerd(ProcessInstance instantie, String veld, Object... variabelen) {
        assertThatThrownBy(() -> taken.complete(task("MeldingTrieren", instantie).getId(), map(variabelen)))
                .hasRootCauseInstanceOf(Weigering.class)
                .satisfies(e -> assertThat(((Weigering) rootCause(e)).veld()).isEqualTo(veld));
    }

    private static Throwable rootCause(Throwable e) {
        Throwable oorzaak = e;
        while (oorzaak.getCause() != null) {
            oorzaak = oorzaak.getCause();
        }
        return oorzaak;
    }

    @Test
    void inBehandelingGaatNaarOnderzoek() {
        Werkproces w = melding("WETTELIJK");

        voltooi(w.instantie(), "MeldingTrieren", "triageBesluit", "IN_BEHANDELING");

        assertThat(w.instantie()).isWaitingAt("Onderzoek");
        assertThat(werkprocesKolom("resultaat", w.id())).isNull();
    }

    /** MAS §3: geoorloofd verzuim is no verzuim: no Resultaat of the verzuim list, afsluiting GEOORLOOFD. */
    @Test
    void geoorloofdWordtVastgelegdAlsGeenVerzuimEnNietAlsOverig() {
        Werkproces w = melding("WETTELIJK");

        voltooi(w.instantie(), "MeldingTrieren", "triageBesluit", "GEOORLOOFD", "triageToelichting", "ziek gemeld");

        assertThat(w.instantie()).hasPassed("GeoorloofdVastleggen", "Geoorloofd").isEnded();
        assertThat(werkprocesKolom("resultaat", w.id())).isEqualTo("GEOORLOOFD");
        assertThat(CodelijstBestand.codes("codelijst-resultaat", "WETTELIJK")).doesNotContain("GEOORLOOFD");
        assertThat(historisch(w.instantie(), "afsluiting")).isEqualTo("GEOORLOOFD");
        assertThat(http.withBasicAuth("lpa-doetinchem", "demo").getForObject("/api/dossiers/" + w.dossierId(),
                JsonNode.class).get("meldingen").findValuesAsText("geoorloofd")).containsExactly("true");
    }

    /** MAS §3: a melding found geoorloofd does not make a later WETTELIJK melding herhaald. */
    @Test
    void eenGeoorloofdeMeldingTeltNietVoorHerhaald() {
        NieuweMelding.JongereGegevens jongere = nieuweJongere(14, "Doetinchem");
        Werkproces eerste = melding("WETTELIJK", false, jongere);
        voltooi(eerste.instantie(), "MeldingTrieren", "triageBesluit", "GEOORLOOFD");

        Werkproces tweede = melding("WETTELIJK", false, jongere);

        assertThat(jdbc.queryForList("select herhaald from melding where werkproces_id = ?", Boolean.class, tweede.id()))
                .containsExactly(false);
        Werkproces derde = melding("WETTELIJK", false, jongere);
        assertThat(derde.id()).as("joins the open werkproces").isEqualTo(tweede.id());
        assertThat(jdbc.queryForList("select herhaald from melding where werkproces_id = ? order by id", Boolean.class,
                tweede.id())).containsExactly(false, true);
    }

    /** MAS §4 step 1: a duplicate closes as Overig with DUBBEL, and is not marked geoorloofd. */
    @Test
    void eenDubbeleMeldingSluitAlsOverigMetDeReden() {
        Werkproces w = melding("WETTELIJK");

        voltooi(w.instantie(), "MeldingTrieren", "triageBesluit", "DUBBEL");

        assertThat(w.instantie()).hasPassed("NietInBehandelingAfsluiten", "NietInBehandeling").isEnded();
        assertThat(werkprocesKolom("resultaat", w.id())).isEqualTo("OVERIG");
        assertThat(werkprocesKolom("resultaat_detail", w.id())).isEqualTo("DUBBEL");
        assertThat(historisch(w.instantie(), "afsluiting")).isNull();
    }

    @Test
    void eenOnbekendTriagebesluitWordtGeweigerd() {
        Werkproces w = melding("WETTELIJK");

        geweigerd(w.instantie(), "triageBesluit", "triageBesluit", "MISSCHIEN");
        assertThat(w.instantie()).isWaitingAt("MeldingTrieren");
    }

    /** MAS §4 step 1: the LPA reclassifies with a reason; the werkproces goes on as the new soort, the melding not. */
    @Test
    void eenAndereVerzuimsoortMetRedenGaatVerderAlsDieSoort() {
        Werkproces w = melding("WETTELIJK");

        voltooi(w.instantie(), "MeldingTrieren", "triageBesluit", "IN_BEHANDELING",
                "nieuweVerzuimsoort", "LANGDURIG_RELATIEF", "herclassificatieReden", "al 6 weken niet op school");

        assertThat(w.instantie()).isWaitingAt("Onderzoek").variables()
                .containsEntry("verzuimsoort", "LANGDURIG_RELATIEF")
                .containsEntry("oorspronkelijkeVerzuimsoort", "WETTELIJK");
        assertThat(werkprocesKolom("verzuimsoort", w.id())).isEqualTo("LANGDURIG_RELATIEF");
        assertThat(jdbc.queryForObject("select verzuimsoort from melding where werkproces_id = ?", String.class, w.id()))
                .isEqualTo("WETTELIJK");
        assertThat(jdbc.queryForList("select tekst from notitie where werkproces_id = ? and veld = 'herclassificatieReden'",
                String.class, w.id())).containsExactly("al 6 weken niet op school");
    }

    @Test
    void eenAndereVerzuimsoortZonderRedenWordtGeweigerd() {
        Werkproces w = melding("WETTELIJK");

        geweigerd(w.instantie(), "herclassificatieReden", "triageBesluit", "IN_BEHANDELING", "nieuweVerzuimsoort", "LUXE");
        assertThat(w.instantie()).isWaitingAt("MeldingTrieren").variables().containsEntry("verzuimsoort", "WETTELIJK");
        assertThat(werkprocesKolom("verzuimsoort", w.id())).isEqualTo("WETTELIJK");
    }

    /** MAS §2, §3: the routing decides which soorten this werkproces takes: not a Doorstroompunt soort. */
    @Test
    void eenSoortDieNietInDitWerkprocesHoortWordtGeweigerd() {
        Werkproces w = melding("WETTELIJK");

        geweigerd(w.instantie(), "nieuweVerzuimsoort", "triageBesluit", "IN_BEHANDELING",
                "nieuweVerzuimsoort", "VERZUIM_18PLUS", "herclassificatieReden", "is al 18");
        assertThat(w.instantie()).isWaitingAt("MeldingTrieren");
    }

    /** MAS §4.1: an OVERIG melding asking for the preventive talk that triage reclassifies goes to onderzoek. */
    @Test
    void eenPreventieveMeldingDieWettelijkBlijktGaatNaarOnderzoek() {
        Werkproces w = melding("OVERIG", true, nieuweJongere(14, "Doetinchem"));

        voltooi(w.instantie(), "MeldingTrieren", "triageBesluit", "IN_BEHANDELING",
                "nieuweVerzuimsoort", "WETTELIJK", "herclassificatieReden", "16 uur in 4 weken");

        assertThat(w.instantie()).isWaitingAt("Onderzoek").hasNotPassed("PreventiefGesprekVoeren");
    }

    /**
     * MAS §4 step 1: "andere gemeente" hands the melding to that gemeente's team: the Jongere moves there, the same
     * werkproces starts in its Dossier there with the melding, and this one closes as overgedragen.
     */
    @Test
    void andereGemeenteDraagtDeMeldingOverAanHetTeamVanDieGemeente() {
        Werkproces w = melding("WETTELIJK");

        voltooi(w.instantie(), "MeldingTrieren", "triageBesluit", "ANDERE_GEMEENTE", "andereGemeente", "Winterswijk",
                "triageToelichting", "woont sinds de zomer in Winterswijk");

        assertThat(w.instantie()).hasPassed("OverdragenAanAndereGemeente", "OvergedragenAanAndereGemeente").isEnded();
        assertThat(werkprocesKolom("resultaat", w.id())).isEqualTo("OVERGEDRAGEN");
        long nieuw = (Long) historisch(w.instantie(), "overgedragenNaarWerkproces");
        ProcessInstance overgedragen = runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(nieuw))
                .singleResult();
        assertThat(overgedragen).isWaitingAt("MeldingTrieren").variables()
                .containsEntry("gemeente", "Winterswijk")
                .containsEntry("verzuimsoort", "WETTELIJK")
                .containsEntry("urenVerzuim", 20)
                .containsEntry("overgedragenVanWerkproces", w.id());
        assertThat(taken.getIdentityLinksForTask(task("MeldingTrieren", overgedragen).getId()))
                .extracting(IdentityLink::getGroupId).containsExactly("leerplicht-winterswijk");
        Map<String, Object> melding = jdbc.queryForMap("select werkproces_id, dossier_id from melding where werkproces_id = ?",
                nieuw);
        long nieuwDossier = ((Number) melding.get("dossier_id")).longValue();
        assertThat(nieuwDossier).isNotEqualTo(w.dossierId());
        assertThat(jdbc.queryForObject("select g.naam from dossier d join gemeente g on g.id = d.gemeente_id where d.id = ?",
                String.class, nieuwDossier)).isEqualTo("Winterswijk");
        assertThat(jdbc.queryForObject("""
                select g.naam from dossier d join jongere j on j.id = d.jongere_id join gemeente g on g.id = j.woongemeente_id
                where d.id = ?""", String.class, w.dossierId())).isEqualTo("Winterswijk");
    }

    @Test
    void andereGemeenteVraagtEenBekendeAndereGemeente() {
        Werkproces w = melding("WETTELIJK");

        for (Object gemeente : new Object[] {null, "Atlantis", "Doetinchem"}) {
            geweigerd(w.instantie(), "andereGemeente", "triageBesluit", "ANDERE_GEMEENTE", "andereGemeente", gemeente);
        }
        assertThat(w.instantie()).isWaitingAt("MeldingTrieren");
    }

    /** MAS §2: the meldingsdatum's age is what triage sees, also for a child who just became leerplichtig. */
    @Test
    void eenKindDatNetLeerplichtigIsKomtInTriage() {
        LocalDate eersteVanDeMaand = vandaag().withDayOfMonth(1);
        NieuweMelding.JongereGegevens kind = new NieuweMelding.JongereGegevens(null, "Lot", "Klein-" + System.nanoTime(),
                eersteVanDeMaand.minusYears(5).minusDays(1).toString(), "Doetinchem");
        Werkproces w = melding(new NieuweMelding(null, "WETTELIJK", eersteVanDeMaand.toString(), kind,
                new NieuweMelding.SchoolGegevens("12AB", "De Toermalijn", "PO"), 16, 0, false, null, null));

        assertThat(w.instantie()).isWaitingAt("MeldingTrieren").variables().containsEntry("leeftijd", 5);
    }
}
