package nl.schoolverzuim.engine;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.impl.variable.serializer.AbstractObjectValueSerializer;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Process variables stored as JSON text ({@code application/json}), which Camunda Tasklist hands to a Camunda Form as
 * data: the option lists a form reads with {@code valuesKey} (see {@code domein.Codelijsten}). The project has no
 * Camunda Spin, so this is the JSON format. Only a value explicitly asked for in this format is written here (an
 * untyped list keeps its usual type), and a value is read back as plain lists, maps and texts, never as a class a
 * stored type name asks for.
 */
public class JsonWaarden extends AbstractObjectValueSerializer {

    public static final String FORMAAT = Variables.SerializationDataFormats.JSON.getName();
    static final String NAAM = "schoolverzuim-json";

    private final ObjectMapper json = new ObjectMapper();

    public JsonWaarden() {
        super(FORMAAT);
    }

    /** A list of maps (a form's options, {@code [{"label": .., "value": ..}]}) as a JSON variable. */
    public static ObjectValue lijst(List<? extends Map<String, ?>> waarden) {
        return Variables.objectValue(waarden).serializationDataFormat(FORMAAT).create();
    }

    @Override
    public String getName() {
        return NAAM;
    }

    @Override
    protected boolean canWriteValue(TypedValue waarde) {
        return waarde instanceof SerializableValue serializable
                && FORMAAT.equals(serializable.getSerializationDataFormat())
                && (!serializable.isDeserialized() || waarde.getValue() == null || canSerializeValue(waarde.getValue()));
    }

    @Override
    protected boolean canSerializeValue(Object waarde) {
        return waarde instanceof List || waarde instanceof Map;
    }

    @Override
    protected String getTypeNameForDeserialized(Object waarde) {
        return waarde instanceof Map ? Map.class.getName() : List.class.getName();
    }

    @Override
    protected byte[] serializeToByteArray(Object waarde) throws Exception {
        return json.writeValueAsBytes(waarde);
    }

    @Override
    protected Object deserializeFromByteArray(byte[] bytes, String objectTypeName) throws Exception {
        return json.readValue(bytes, Object.class);
    }

    @Override
    protected boolean isSerializationTextBased() {
        return true;
    }
}
