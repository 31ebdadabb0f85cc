package nl.schoolverzuim.engine;

import java.util.List;

import org.camunda.bpm.engine.Problem;

/** One rule a model breaks: which file, which element, which rule. The engine's REST API shows it as a parse error. */
public record Bevinding(String resource, String elementId, String regel) implements Problem {

    @Override
    public String getMessage() {
        return "element '" + elementId + "': " + regel;
    }

    @Override
    public int getLine() {
        return -1;
    }

    @Override
    public int getColumn() {
        return -1;
    }

    @Override
    public String getMainElementId() {
        return elementId;
    }

    @Override
    public List<String> getElementIds() {
        return List.of(elementId);
    }

    @Override
    public String toString() {
        return resource + ", " + getMessage();
    }
}
