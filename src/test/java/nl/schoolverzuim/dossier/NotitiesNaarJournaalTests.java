package nl.schoolverzuim.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.schoolverzuim.melding.NieuweMelding;
import nl.schoolverzuim.testsupport.WerkprocesTest;

/**
 * An upgraded database: earlier versions wrote the notes of four steps to the one variable {@code toelichting}, so the
 * engine holds the earlier note only as a submitted form field ({@code ACT_HI_DETAIL}) and the last as the variable.
 * The move, run once, puts each into the journal under its own step (MAS §4.3, §10).
 */
abstract class NotitiesNaarJournaalTests extends WerkprocesTest {

    static final String LPA = "lpa-doetinchem";

    @Autowired
    FormService formulieren;
    @Autowired
    NotitiesNaarJournaal verplaatsing;

    /** A Tasklist form of an earlier version: the note in {@code toelichting}. */
    void oudFormulier(Werkproces w, String taak, Map<String, Object> velden) {
        assertThat(w.instantie()).isWaitingAt(taak);
        String id = task(taak, w.instantie()).getId();
        taken.claim(id, LPA);
        formulieren.submitTaskForm(id, velden);
    }

    List<String> journaal(Werkproces w) {
        return jdbc.queryForList("select stap_naam, veld, auteur, tekst from notitie where werkproces_id = ? "
                + "order by geschreven_op, id", w.id()).stream()
                .map(r -> r.get("STAP_NAAM") + " | " + r.get("VELD") + " | " + r.get("AUTEUR") + " | " + r.get("TEKST"))
                .toList();
    }

    @Test
    void deNotitiesVanEenOudeDatabaseKomenEenmaalInHetJournaal() {
        Werkproces w = melding(new NieuweMelding(null, "WETTELIJK", vandaag().toString(), nieuweJongere(14, "Doetinchem"),
                new NieuweMelding.SchoolGegevens("12AB", "Houtkamp College", "VO"), 20, 0, false, null, "testmelding"));
        voltooi(w.instantie(), "MeldingTrieren", "triageBesluit", "IN_BEHANDELING", "triageToelichting", "Triage gedaan");
        voltooi(w.instantie(), "Onderzoek", "onderzoeksuitkomst", "PLAN_VAN_AANPAK",
                "verwijtbaar", true, "toestemmingJongere", true, "toestemmingOuders", true, "medewerking", true,
                "eerderHaltVoorVerzuim", false, "ernstigePsychischeProblematiekZonderHulp", false);
        voltooi(w.instantie(), "RouteKiezen");
        oudFormulier(w, "HaltVerwijzen", Map.of("haltVerwijzingDatum", new Date(), "toelichting", "Oud: verwezen naar Halt"));
        oudFormulier(w, "HaltTerugmeldingVerwerken", Map.of("haltUitkomst", "NEGATIEF",
                "toelichting", "Oud: Halt niet afgerond"));
        // The old shape: one variable, the earlier note overwritten; no journal yet.
        assertThat(runtime.getVariable(w.instantie().getId(), "toelichting")).isEqualTo("Oud: Halt niet afgerond");
        jdbc.update("delete from notitie where werkproces_id = ?", w.id());
        management.deleteProperty(NotitiesNaarJournaal.GEDAAN);

        verplaatsing.run(null);

        List<String> verwacht = List.of(
                "Melding triëren | triageToelichting | null | Triage gedaan",
                "Verwijzen naar Halt | haltVerwijzingToelichting | " + LPA + " | Oud: verwezen naar Halt",
                "Terugmelding van Halt verwerken | haltTerugmeldingToelichting | " + LPA + " | Oud: Halt niet afgerond");
        assertThat(journaal(w)).containsExactlyElementsOf(verwacht);
        assertThat(management.getProperties()).containsKey(NotitiesNaarJournaal.GEDAAN);

        // Once: a later start reads nothing and writes nothing again.
        verplaatsing.run(null);
        assertThat(journaal(w)).containsExactlyElementsOf(verwacht);
    }
}
