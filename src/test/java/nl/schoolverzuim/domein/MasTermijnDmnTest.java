package nl.schoolverzuim.domein;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import nl.schoolverzuim.testsupport.Dmn;

/** Decision {@code mas-termijn}: the deadline table of MAS §5, one row per user task and per timer. */
class MasTermijnDmnTest {

    private static final Dmn TERMIJNEN = Dmn.uit("mas-termijnen.dmn", Termijnen.DECISION_KEY);
    private static final Pattern STAP = Pattern.compile("termijnen\\.(?:vervaldatum|voor)\\(execution, '([A-Z0-9_]+)'");

    // MAS §5: the named defaults (triage 5 werkdagen, first contact 10 werkdagen, follow-up 6 weeks, DSP first contact
    // 10 werkdagen, monitoring 3 months, re-approach 1 year, passend aanbod 3 months, overview 3 months, escalation
    // 5 werkdagen, preparation 1 month before 18); the other tasks keep the value they borrowed before (docs/modellen.md).
    @ParameterizedTest(name = "MAS §5 {0}: {1} {2}")
    @CsvSource(textBlock = """
            MELDING_TRIEREN,                 5,  WERKDAGEN
            PREVENTIEF_GESPREK_VOEREN,       10, WERKDAGEN
            TWEEDE_GESPREK_VOEREN,           5,  WERKDAGEN
            ONDERZOEK,                       10, WERKDAGEN
            ROUTE_KIEZEN,                    5,  WERKDAGEN
            TOELEIDEN_JEUGDHULP,             10, WERKDAGEN
            HULP_EVALUEREN,                  6,  WEKEN
            HALT_VERWIJZEN,                  10, WERKDAGEN
            HALT_TERUGMELDING_VERWERKEN,     6,  WEKEN
            OVERLEG_OM,                      10, WERKDAGEN
            RVDK_VERZOEK_INDIENEN,           10, WERKDAGEN
            RVDK_UITKOMST_VERWERKEN,         6,  WEKEN
            PROCES_VERBAAL_OPMAKEN,          10, WERKDAGEN
            OM_AFDOENING_VERWERKEN,          6,  WEKEN
            FOLLOW_UP,                       6,  WEKEN
            FOLLOW_UP_TAAK,                  5,  WERKDAGEN
            WERKPROCES_AFSLUITEN,            5,  WERKDAGEN
            OVERDRACHT_VOORBEREIDING,        1,  MAANDEN
            OVERDRACHT_VOORBEREIDEN,         5,  WERKDAGEN
            AANVULLENDE_MELDING_BEKIJKEN,    5,  WERKDAGEN
            CONTACT_JONGERE_EN_SCHOOL,       10, WERKDAGEN
            AANVULLENDE_MELDING_BEKIJKEN_18, 5,  WERKDAGEN
            CONTACT_LEGGEN,                  10, WERKDAGEN
            BEGELEIDEN,                      10, WERKDAGEN
            DSP_MONITORING,                  3,  MAANDEN
            MONITORINGCONTROLE,              5,  WERKDAGEN
            HERBENADERING,                   12, MAANDEN
            ZORG_EN_PREVENTIE,               10, WERKDAGEN
            ZORG_AFRONDEN,                   6,  WEKEN
            VRAAG_BEANTWOORDEN,              5,  WERKDAGEN
            THUISZITTER_AANMELDEN,           5,  WERKDAGEN
            TAFEL_VOORBEREIDEN,              10, WERKDAGEN
            TAFEL_HOUDEN,                    0,  DAGEN
            PLAN_EVALUEREN,                  5,  WERKDAGEN
            EVALUATIE_ESCALEREN,             5,  WERKDAGEN
            THUISZITTER_AANBOD,              3,  MAANDEN
            AANBOD_ESCALEREN,                5,  WERKDAGEN
            THUISZITTERS_OVERZICHT,          3,  MAANDEN
            ESCALATIE,                       5,  WERKDAGEN
            ACHTERSTAND_BEOORDELEN,          5,  WERKDAGEN
            VERHUIZING_BEVESTIGEN,           5,  WERKDAGEN
            VERLOF_BESLISSEN,                8,  WEKEN
            VERLOF_BESCHIKKING_VERZENDEN,    5,  WERKDAGEN
            AFSPRAKENBRIEF_VERZENDEN,        5,  WERKDAGEN
            WAARSCHUWING_VERZENDEN,          5,  WERKDAGEN
            UITNODIGING_VERZENDEN,          10,  WERKDAGEN
            INFORMATIEVE_BRIEF_VERZENDEN,    5,  WERKDAGEN
            """)
    void standaardtermijnenVanMas5(String stap, int aantal, String eenheid) {
        for (String regio : new String[] {null, "achterhoek"}) {
            assertThat(rij(stap, regio)).as("regio %s", regio)
                    .containsEntry("aantal", aantal).containsEntry("eenheid", eenheid);
        }
    }

    @Test
    // MAS §5: deadlines are configurable per regio in one place: a regio's row above the default row wins for that regio.
    void eenRegioKrijgtEenEigenTermijnBovenDeStandaardrij() throws IOException {
        String model = Files.readString(Path.of("processes", "mas-termijnen.dmn")).replace("<rule id=\"Rule_01\">", """
                <rule id="Rule_Achterhoek"><inputEntry id="Rule_Achterhoek_in0"><text>"ONDERZOEK"</text></inputEntry>
                <inputEntry id="Rule_Achterhoek_in1"><text>"achterhoek"</text></inputEntry>
                <outputEntry id="Rule_Achterhoek_out0"><text>15</text></outputEntry>
                <outputEntry id="Rule_Achterhoek_out1"><text>"WERKDAGEN"</text></outputEntry></rule>
                <rule id="Rule_01">""");
        Dmn regionaal = Dmn.uitTekst(model, Termijnen.DECISION_KEY);

        assertThat(rij(regionaal, "ONDERZOEK", "achterhoek")).containsEntry("aantal", 15);
        assertThat(rij(regionaal, "ONDERZOEK", "twente")).containsEntry("aantal", 10);
        assertThat(rij(regionaal, "ONDERZOEK", null)).containsEntry("aantal", 10);
        assertThat(rij(regionaal, "ROUTE_KIEZEN", "achterhoek")).as("another step of the regio").containsEntry("aantal", 5);
    }

    @Test
    void eenOnbekendeStapHeeftGeenTermijn() {
        Map<String, Object> invoer = new HashMap<>();
        invoer.put("stap", "ONBEKEND");
        invoer.put("regio", null);
        assertThat(TERMIJNEN.evalueer(invoer)).isEmpty();
    }

    record Taak(String model, String id, String vervaldatum) {
        @Override
        public String toString() {
            return model + " " + id;
        }
    }

    static Stream<Taak> gebruikerstaken() throws IOException {
        List<Taak> taken = new ArrayList<>();
        for (Path model : modellen()) {
            for (UserTask taak : Bpmn.readModelFromFile(model.toFile()).getModelElementsByType(UserTask.class)) {
                taken.add(new Taak(model.getFileName().toString(), taak.getId(), taak.getCamundaDueDate()));
            }
        }
        return taken.stream();
    }

    /**
     * MAS §5: every user task of every model in processes/ (all are deployed, ADR 0001) takes its due date from a row
     * of its own, named after the task, so a designer changes one deadline without changing another. A task added
     * without such a row fails here. FollowUp's own name belongs to the 6-week timers before it, so its row is
     * FOLLOW_UP_TAAK.
     */
    @ParameterizedTest(name = "MAS §5 eigen termijnrij: {0}")
    @MethodSource("gebruikerstaken")
    void elkeGebruikerstaakHeeftEenEigenRij(Taak taak) throws IOException {
        assertThat(taak.vervaldatum()).as("camunda:dueDate van %s", taak).isNotNull();
        Matcher stap = STAP.matcher(taak.vervaldatum());
        assertThat(stap.find()).as("%s rekent zijn vervaldatum met termijnen: %s", taak, taak.vervaldatum()).isTrue();
        String verwacht = hoofdletters(taak.id());
        if (timerStappen().contains(verwacht)) {
            verwacht += "_TAAK";
        }
        assertThat(stap.group(1)).as("stap van %s", taak).isEqualTo(verwacht);
        assertThat(rij(stap.group(1), null)).as("rij %s in mas-termijn", stap.group(1)).isNotNull();
        assertThat(gebruikt(stap.group(1))).as("%s is alleen van %s", stap.group(1), taak).isEqualTo(1);
    }

    @Test
    void elkeTimerMetEenTermijnHeeftEenRij() throws IOException {
        assertThat(timerStappen()).isNotEmpty()
                .allSatisfy(stap -> assertThat(rij(stap, null)).as("rij %s in mas-termijn", stap).isNotNull());
    }

    @Test
    void hoofdlettersVolgenDeTaakId() {
        assertThat(hoofdletters("TweedeGesprekVoeren")).isEqualTo("TWEEDE_GESPREK_VOEREN");
        assertThat(hoofdletters("AanvullendeMeldingBekijken18")).isEqualTo("AANVULLENDE_MELDING_BEKIJKEN_18");
        assertThat(hoofdletters("Onderzoek")).isEqualTo("ONDERZOEK");
    }

    static String hoofdletters(String id) {
        return id.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("([A-Za-z])([0-9])", "$1_$2").toUpperCase();
    }

    private static List<Path> modellen() throws IOException {
        try (Stream<Path> bestanden = Files.list(Path.of("processes"))) {
            return bestanden.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
        }
    }

    private static List<String> timerStappen() throws IOException {
        List<String> stappen = new ArrayList<>();
        for (Path model : modellen()) {
            BpmnModelInstance instantie = Bpmn.readModelFromFile(model.toFile());
            for (TimerEventDefinition timer : instantie.getModelElementsByType(TimerEventDefinition.class)) {
                Stream.of(timer.getTimeDate(), timer.getTimeDuration(), timer.getTimeCycle())
                        .filter(e -> e != null).forEach(e -> {
                            Matcher m = STAP.matcher(e.getTextContent());
                            while (m.find()) {
                                stappen.add(m.group(1));
                            }
                        });
            }
        }
        return stappen;
    }

    /** How many due-date and timer expressions of all models name {@code stap}. */
    private static long gebruikt(String stap) throws IOException {
        long aantal = 0;
        for (Path model : modellen()) {
            Matcher m = STAP.matcher(Files.readString(model));
            while (m.find()) {
                aantal += m.group(1).equals(stap) ? 1 : 0;
            }
        }
        return aantal;
    }

    private static Map<String, Object> rij(String stap, String regio) {
        return rij(TERMIJNEN, stap, regio);
    }

    private static Map<String, Object> rij(Dmn tabel, String stap, String regio) {
        Map<String, Object> invoer = new HashMap<>();
        invoer.put("stap", stap);
        invoer.put("regio", regio);
        var resultaat = tabel.evalueer(invoer);
        return resultaat.isEmpty() ? null : resultaat.getFirstResult().getEntryMap();
    }
}
