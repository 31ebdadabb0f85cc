package nl.schoolverzuim.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Which form fields are notes: in {@code forms/*.form} a designer marks a field with the custom property
 * {@code notitie = ja} (Camunda Modeler: the field's "Custom properties"). Each such field has a variable name of its
 * own, so a later step never overwrites an earlier step's note, and the journal of the Dossier keeps every note
 * written. Read from the same files the application deploys, once at start.
 */
@Component
public class Notitievelden {

    static final String EIGENSCHAP = "notitie";
    private static final String PATROON = "classpath*:forms/**/*.form";

    /** Form id to the keys of its note fields, in the order of the form. */
    private final Map<String, List<String>> perFormulier = new TreeMap<>();
    /** Form id to its fields' labels, so the journal can say which note it is. */
    private final Map<String, Map<String, String>> labels = new TreeMap<>();

    Notitievelden(ResourcePatternResolver resources, ObjectMapper json) {
        try {
            for (Resource formulier : resources.getResources(PATROON)) {
                try (InputStream inhoud = formulier.getInputStream()) {
                    JsonNode model = json.readTree(inhoud);
                    List<String> velden = new ArrayList<>();
                    Map<String, String> veldLabels = new TreeMap<>();
                    verzamel(model, velden, veldLabels);
                    perFormulier.put(model.path("id").asText(), List.copyOf(velden));
                    labels.put(model.path("id").asText(), veldLabels);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Formulieren niet gelezen: " + PATROON, e);
        }
    }

    private static void verzamel(JsonNode onderdeel, List<String> velden, Map<String, String> veldLabels) {
        for (JsonNode veld : onderdeel.path("components")) {
            if (veld.hasNonNull("key") && "ja".equals(veld.path("properties").path(EIGENSCHAP).asText())) {
                velden.add(veld.get("key").asText());
                veldLabels.put(veld.get("key").asText(), veld.path("label").asText(veld.get("key").asText()));
            }
            verzamel(veld, velden, veldLabels);
        }
    }

    /** The note fields of the form with this id (none for an unknown form or none given). */
    public List<String> van(String formulier) {
        return formulier == null ? List.of() : perFormulier.getOrDefault(formulier, List.of());
    }

    /** The note fields of the step {@code taakKey} of a process model, through its {@code camunda:formRef}. */
    public List<String> van(BpmnModelInstance model, String taakKey) {
        ModelElementInstance stap = model == null || taakKey == null ? null : model.getModelElementById(taakKey);
        return stap instanceof UserTask taak ? van(taak.getCamundaFormRef()) : List.of();
    }

    /** The label of a note field as its form shows it. */
    public String label(String formulier, String veld) {
        return labels.getOrDefault(formulier, Map.of()).getOrDefault(veld, veld);
    }

    /** Every note field of every form. */
    public Set<String> alle() {
        Set<String> alle = new LinkedHashSet<>();
        perFormulier.values().forEach(alle::addAll);
        return alle;
    }
}
