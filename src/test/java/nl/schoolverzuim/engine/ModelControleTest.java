package nl.schoolverzuim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.evaluation.ExpressionEvaluationHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The deployment check on its own: each way a model could run code is refused, naming file, element and rule. */
class ModelControleTest {

    private final ModelControle controle = new ModelControle(Procesbeans.van(Aanvallen.PROCESBEANS));

    static List<Aanvallen.Aanval> aanvallen() {
        return Aanvallen.alle();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("aanvallen")
    void elkeVormVanCodeWordtGeweigerdMetBestandElementEnRegel(Aanvallen.Aanval aanval) {
        List<Bevinding> bevindingen = controle.controleer(aanval.resource(), aanval.bytes());

        assertThat(bevindingen).as(aanval.naam()).anySatisfy(bevinding -> {
            assertThat(bevinding.resource()).isEqualTo(aanval.resource());
            assertThat(bevinding.elementId()).isEqualTo(aanval.elementId());
            assertThat(bevinding.regel()).contains(aanval.regel());
        });
    }

    static Stream<Path> eigenModellen() throws IOException {
        try (Stream<Path> bestanden = Stream.concat(Files.list(Path.of("processes")), Files.list(Path.of("forms")))) {
            return bestanden.sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eigenModellen")
    void onzeEigenModellenZijnToegestaan(Path model) throws IOException {
        assertThat(controle.controleer(model.toString(), Files.readAllBytes(model))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "${termijnen.vervaldatum(execution, 'TRIAGE', now())}",
            "${termijnen.voor(execution, 'OVERDRACHT_VOORBEREIDING', termijnen.verjaardag(geboortedatum, 18))}",
            "${leerplicht.rondInterventieAf(task, 'HALT', 'haltUitkomst')}",
            "${contactUitkomst == 'NIET_BEREIKBAAR' || contactUitkomst == 'WEIGERT'}",
            "${!routeHalt and empty reden ? 1 : -2}",
            "#{kandidaatGroep}",
            "${currentUser()} en ${dateTime()}",
            "\\${''.getClass()} is tekst, geen expressie"})
    void variabelenOperatorenEnProcesbeansZijnToegestaan(String expressie) {
        String model = Aanvallen.bpmn("<bpmn:userTask id=\"Taak\" camunda:candidateGroups=\"" + expressie + "\" />", "Taak");

        assertThat(controle.controleer("proces.bpmn", model.getBytes())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"${leerplicht}", " ${doorstroompunt} ", "#{termijnen}"})
    void eenDelegateExpressionMagEenProcesbeanNoemen(String bean) {
        String model = Aanvallen.bpmn("<bpmn:serviceTask id=\"Taak\" camunda:delegateExpression=\"" + bean + "\" />", "Taak");

        assertThat(controle.controleer("proces.bpmn", model.getBytes())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"${execution}", "${leerplicht.sluitAf(task)}", "${runtimeService}", "leerplicht"})
    void eenDelegateExpressionDieGeenProcesbeanIsWordtGeweigerd(String delegate) {
        String model = Aanvallen.bpmn("<bpmn:serviceTask id=\"Taak\" camunda:delegateExpression=\"" + delegate + "\" />", "Taak");

        assertThat(controle.controleer("proces.bpmn", model.getBytes())).singleElement()
                .extracting(Bevinding::regel).asString().contains("mag alleen een procesbean noemen");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"feel", "FEEL", "http://www.omg.org/spec/FEEL/20140401", "https://www.omg.org/spec/DMN/20191111/FEEL/",
            "http://www.omg.org/spec/DMN/20180521/FEEL/", "https://www.omg.org/spec/DMN/20211108/FEEL/",
            "https://www.omg.org/spec/DMN/20230324/FEEL/"})
    void dmnInFeelIsToegestaan(String taal) {
        String model = Aanvallen.dmn(" expressionLanguage=\"" + taal + "\"",
                "<inputEntry id=\"Invoer1\" expressionLanguage=\"" + taal + "\"><text>\"a\"</text></inputEntry>");

        assertThat(controle.controleer("tabel.dmn", model.getBytes())).isEmpty();
    }

    /** The check's FEEL is exactly what the engine evaluates as FEEL, so nothing else slips through as "FEEL". */
    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"feel", "FEEL", "Feel", " feel", "feel ", "s-feel", "juel", "JUEL", "javascript", "groovy",
            "python", "http://www.omg.org/spec/FEEL/20140401", "http://www.omg.org/spec/FEEL/20140401/",
            "https://www.omg.org/spec/DMN/20191111/FEEL/", "https://www.omg.org/spec/DMN/20191111/FEEL",
            "http://www.omg.org/spec/DMN/20180521/FEEL/", "https://www.omg.org/spec/DMN/20211108/FEEL/",
            "https://www.omg.org/spec/DMN/20230324/FEEL/", ""})
    void feelIsWatDeEngineAlsFeelUitvoert(String taal) {
        ExpressionEvaluationHandler engine = new ExpressionEvaluationHandler(new DefaultDmnEngineConfiguration());

        assertThat(ModelControle.isFeel(taal)).isEqualTo(engine.isFeelExpressionLanguage(taal));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"juel", "javascript", "groovy", "python", "JUEL"})
    void dmnInEenAndereTaalWordtGeweigerd(String taal) {
        String model = Aanvallen.dmn("", "<inputEntry id=\"Invoer1\"><text>-</text></inputEntry>")
                .replace("<outputEntry id=\"Uitvoer1\">", "<outputEntry id=\"Uitvoer1\" expressionLanguage=\"" + taal + "\">");

        assertThat(controle.controleer("tabel.dmn", model.getBytes())).singleElement().satisfies(bevinding -> {
            assertThat(bevinding.elementId()).isEqualTo("Uitvoer1");
            assertThat(bevinding.regel()).contains("\"" + taal + "\"", "alleen FEEL");
        });
    }

    /** Documentation and diagram layout are never evaluated: prose may mention an expression. */
    @Test
    void documentatieWordtNietUitgevoerdEnMagExpressiesNoemen() {
        String model = Aanvallen.bpmn("<bpmn:userTask id=\"Taak\"><bpmn:documentation>Nooit ${''.getClass()} gebruiken"
                + "</bpmn:documentation></bpmn:userTask>", "Taak");

        assertThat(controle.controleer("proces.bpmn", model.getBytes())).isEmpty();
    }
}
