package nl.schoolverzuim.engine;

import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/** A {@code camunda:property} of a model element, as a designer sets it in the Modeler (tab "Extensions"). */
public final class Modeleigenschap {

    private Modeleigenschap() {
    }

    /** The value of property {@code naam} of the element; null when the element has none. */
    public static String van(BaseElement element, String naam) {
        ExtensionElements uitbreidingen = element == null ? null : element.getExtensionElements();
        if (uitbreidingen == null) {
            return null;
        }
        for (CamundaProperties eigenschappen : uitbreidingen.getElementsQuery().filterByType(CamundaProperties.class).list()) {
            for (CamundaProperty eigenschap : eigenschappen.getCamundaProperties()) {
                if (naam.equals(eigenschap.getCamundaName()) && eigenschap.getCamundaValue() != null) {
                    return eigenschap.getCamundaValue();
                }
            }
        }
        return null;
    }
}
