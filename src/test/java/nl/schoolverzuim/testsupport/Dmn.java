package nl.schoolverzuim.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/** Evaluates a decision of {@code processes/} straight from its file, as a procesontwerper would save it. */
public final class Dmn {

    private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    private final DmnDecision decision;

    private Dmn(DmnDecision decision) {
        this.decision = decision;
    }

    public static Dmn uit(String bestand, String decisionKey) {
        try (InputStream model = Files.newInputStream(Path.of("processes", bestand))) {
            return new Dmn(ENGINE.parseDecision(decisionKey, model));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A decision from model text, e.g. a file with a row a designer would add. */
    public static Dmn uitTekst(String model, String decisionKey) {
        return new Dmn(ENGINE.parseDecision(decisionKey,
                new java.io.ByteArrayInputStream(model.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    }

    public DmnDecisionResult evalueer(Map<String, Object> variabelen) {
        return ENGINE.evaluateDecision(decision, variabelen);
    }
}
