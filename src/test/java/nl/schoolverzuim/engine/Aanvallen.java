package nl.schoolverzuim.engine;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import nl.schoolverzuim.brieven.Brief;
import nl.schoolverzuim.domein.Codelijsten;
import nl.schoolverzuim.domein.Termijnen;
import nl.schoolverzuim.doorstroompunt.DoorstroompuntWerkproces;
import nl.schoolverzuim.dossier.Opruiming;
import nl.schoolverzuim.dossier.Verhuizingen;
import nl.schoolverzuim.leerplicht.LeerplichtWerkproces;
import nl.schoolverzuim.thuiszitters.Thuiszitters;
import nl.schoolverzuim.thuiszitters.ThuiszittersOverzichten;
import nl.schoolverzuim.toezicht.Achterstanden;
import nl.schoolverzuim.vrijstellingen.VerlofWerkproces;
import nl.schoolverzuim.vrijstellingen.Vrijstellingen;

/**
 * Models that try to run code, each with the file, element and rule the deployment check must name. The first ones
 * are what an attacker deployed as procesontwerper: a timer start event in the past and code in a service task,
 * script task, condition, listener or delegate expression ran an OS command within seconds.
 */
final class Aanvallen {

    /** The procesbeans of the application, for checks without it. */
    static final Map<String, Class<?>> PROCESBEANS = Map.ofEntries(Map.entry("leerplicht", LeerplichtWerkproces.class),
            Map.entry("doorstroompunt", DoorstroompuntWerkproces.class), Map.entry("termijnen", Termijnen.class),
            Map.entry("thuiszitters", Thuiszitters.class),
            Map.entry("thuiszittersOverzichten", ThuiszittersOverzichten.class),
            Map.entry("achterstanden", Achterstanden.class), Map.entry("historieVerwijdertijd", HistorieVerwijdertijd.class),
            Map.entry("verhuizingen", Verhuizingen.class), Map.entry("opruiming", Opruiming.class),
            Map.entry("codelijsten", Codelijsten.class), Map.entry("verlof", VerlofWerkproces.class),
            Map.entry("vrijstellingen", Vrijstellingen.class), Map.entry("brief", Brief.class));

    static final String RUNTIME = "''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('touch /tmp/pwned')";

    record Aanval(String naam, String resource, String model, String elementId, String regel) {
        byte[] bytes() {
            return model.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return naam;
        }
    }

    static List<Aanval> alle() {
        return List.of(
                new Aanval("script task in JUEL", "aanval.bpmn",
                        bpmn("<bpmn:scriptTask id=\"Script\" scriptFormat=\"juel\"><bpmn:script>${" + RUNTIME
                                + "}</bpmn:script></bpmn:scriptTask>", "Script"),
                        "Script", "scripttaak"),
                new Aanval("camunda:class", "aanval.bpmn",
                        bpmn("<bpmn:serviceTask id=\"Klasse\" camunda:class=\"org.example.Aanval\" />", "Klasse"),
                        "Klasse", "Java-klasse"),
                new Aanval("script in a listener", "aanval.bpmn",
                        bpmn("<bpmn:userTask id=\"Luisteraar\"><bpmn:extensionElements><camunda:executionListener event=\"start\">"
                                + "<camunda:script scriptFormat=\"javascript\">java.lang.Runtime.getRuntime().exec('id')</camunda:script>"
                                + "</camunda:executionListener></bpmn:extensionElements></bpmn:userTask>", "Luisteraar"),
                        "Luisteraar", "script (in een listener"),
                new Aanval("script file in a listener", "aanval.bpmn",
                        bpmn("<bpmn:userTask id=\"Bestand\"><bpmn:extensionElements><camunda:taskListener event=\"create\">"
                                + "<camunda:script scriptFormat=\"groovy\" resource=\"deployment://aanval.groovy\" />"
                                + "</camunda:taskListener></bpmn:extensionElements></bpmn:userTask>", "Bestand"),
                        "Bestand", "scriptbestand"),
                new Aanval("script in an input mapping", "aanval.bpmn",
                        bpmn("<bpmn:userTask id=\"Mapping\"><bpmn:extensionElements><camunda:inputOutput>"
                                + "<camunda:inputParameter name=\"x\"><camunda:script scriptFormat=\"groovy\">'id'.execute()</camunda:script>"
                                + "</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:userTask>", "Mapping"),
                        "Mapping", "input/output-mapping"),
                new Aanval("connector", "aanval.bpmn",
                        bpmn("<bpmn:serviceTask id=\"Connector\"><bpmn:extensionElements><camunda:connector>"
                                + "<camunda:connectorId>http-connector</camunda:connectorId></camunda:connector>"
                                + "</bpmn:extensionElements></bpmn:serviceTask>", "Connector"),
                        "Connector", "connector"),
                new Aanval("reflection in a service task expression", "aanval.bpmn",
                        bpmn("<bpmn:serviceTask id=\"Dienst\" camunda:expression=\"${" + RUNTIME + "}\" />", "Dienst"),
                        "Dienst", "roept een methode aan op iets anders dan een procesbean"),
                new Aanval("reflection in a sequence-flow condition", "aanval.bpmn", voorwaarde("${" + RUNTIME + " != null}"),
                        "Flow_Voorwaarde", "roept een methode aan op iets anders dan een procesbean"),
                new Aanval("engine services in an execution listener", "aanval.bpmn",
                        bpmn("<bpmn:userTask id=\"Luisteraar\"><bpmn:extensionElements><camunda:executionListener event=\"start\" "
                                + "expression=\"${execution.getProcessEngineServices().getIdentityService().saveUser(null)}\" />"
                                + "</bpmn:extensionElements></bpmn:userTask>", "Luisteraar"),
                        "Luisteraar", "roept een methode aan op iets anders dan een procesbean"),
                new Aanval("reflection as delegateExpression", "aanval.bpmn",
                        bpmn("<bpmn:serviceTask id=\"Gedelegeerd\" camunda:delegateExpression=\"${" + RUNTIME + "}\" />",
                                "Gedelegeerd"),
                        "Gedelegeerd", "delegateExpression mag alleen een procesbean noemen"),
                new Aanval("engine services as properties", "aanval.bpmn",
                        bpmn("<bpmn:userTask id=\"Groep\" camunda:candidateGroups=\"${execution.processEngineServices.identityService}\" />",
                                "Groep"),
                        "Groep", "leest een eigenschap (….identityService)"),
                new Aanval("a Spring bean that is no procesbean", "aanval.bpmn",
                        bpmn("<bpmn:serviceTask id=\"Boon\" camunda:expression=\"${identityInrichting.gebruiker('x', 'x', 'x', 'x', null)}\" />",
                                "Boon"),
                        "Boon", "roept een methode aan op iets anders dan een procesbean"),
                new Aanval("getClass on a procesbean", "aanval.bpmn",
                        bpmn("<bpmn:serviceTask id=\"Klasse\" camunda:expression=\"${leerplicht.getClass()}\" />", "Klasse"),
                        "Klasse", "heeft geen publieke methode getClass"),
                new Aanval("a call on what a procesbean returned", "aanval.bpmn",
                        bpmn("<bpmn:serviceTask id=\"Keten\" camunda:expression=\"${historieVerwijdertijd.geefDoor().getClass()}\" />",
                                "Keten"),
                        "Keten", "roept een methode aan op iets anders dan een procesbean"),
                new Aanval("a timer with an expression", "aanval.bpmn",
                        bpmn("<bpmn:intermediateCatchEvent id=\"Timer\"><bpmn:timerEventDefinition>"
                                + "<bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">${" + RUNTIME + "}</bpmn:timeDate>"
                                + "</bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>", "Timer"),
                        "Timer", "roept een methode aan op iets anders dan een procesbean"),
                new Aanval("a field injection", "aanval.bpmn",
                        bpmn("<bpmn:serviceTask id=\"Veld\" camunda:delegateExpression=\"${leerplicht}\"><bpmn:extensionElements>"
                                + "<camunda:field name=\"x\"><camunda:expression>${execution.setVariable('a', 1)}</camunda:expression>"
                                + "</camunda:field></bpmn:extensionElements></bpmn:serviceTask>", "Veld"),
                        "Veld", "roept een methode aan op iets anders dan een procesbean"),
                new Aanval("an unknown function", "aanval.bpmn",
                        bpmn("<bpmn:userTask id=\"Functie\" camunda:dueDate=\"${fn:eval('x')}\" />", "Functie"),
                        "Functie", "roept de functie fn:eval() aan"),
                new Aanval("a condition in a script language", "aanval.bpmn",
                        voorwaarde("<![CDATA[java.lang.Runtime.getRuntime().exec('id')]]>", " language=\"javascript\""),
                        "Flow_Voorwaarde", "scripttaal (language=\"javascript\")"),
                new Aanval("an expression split over text and CDATA", "aanval.bpmn",
                        voorwaarde("$<![CDATA[{" + RUNTIME + " != null}]]>"),
                        "Flow_Voorwaarde", "roept een methode aan op iets anders dan een procesbean"),
                new Aanval("the legacy activiti namespace", "aanval.bpmn",
                        bpmn("<bpmn:serviceTask id=\"Activiti\" xmlns:activiti=\"http://activiti.org/bpmn\" "
                                + "activiti:class=\"org.example.Aanval\" />", "Activiti"),
                        "Activiti", "Java-klasse"),
                new Aanval("a BPMN under another name ending", "aanval.xbpmn",
                        bpmn("<bpmn:serviceTask id=\"Klasse\" camunda:class=\"org.example.Aanval\" />", "Klasse"),
                        "Klasse", "Java-klasse"),
                new Aanval("an external entity", "aanval.bpmn",
                        "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                                + bpmn("<bpmn:userTask id=\"Taak\" name=\"&x;\" />", "Taak").replaceFirst("<\\?xml[^>]*>", ""),
                        "-", "DOCTYPE"),
                new Aanval("CMMN", "aanval.cmmn",
                        "<definitions xmlns=\"http://www.omg.org/spec/CMMN/20151109/MODEL\" id=\"d\" targetNamespace=\"t\" />",
                        "-", "CMMN-modellen zijn niet toegestaan"),
                new Aanval("DMN input entry in JUEL", "aanval.dmn",
                        dmn("", "<inputEntry id=\"Invoer1\" expressionLanguage=\"juel\"><text>${" + RUNTIME + "}</text></inputEntry>"),
                        "Invoer1", "expressietaal \"juel\""),
                new Aanval("DMN input expression in JavaScript", "aanval.dmn",
                        dmn(" expressionLanguage=\"javascript\"", "<inputEntry id=\"Invoer1\"><text>-</text></inputEntry>"),
                        "Expressie1", "expressietaal \"javascript\""),
                new Aanval("DMN definitions in Groovy", "aanval.dmn",
                        dmn("", "<inputEntry id=\"Invoer1\"><text>-</text></inputEntry>")
                                .replace("namespace=\"t\"", "namespace=\"t\" expressionLanguage=\"groovy\""),
                        "Definitions_Aanval", "expressietaal \"groovy\""));
    }

    /** A process that runs {@code taak} at once: the attack's timer start event lies in the past. */
    static String bpmn(String taak, String taakId) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Definitions_Aanval" targetNamespace="https://schoolverzuim.nl/test">
                  <bpmn:process id="aanval" isExecutable="true" camunda:historyTimeToLive="1">
                    <bpmn:startEvent id="Start"><bpmn:timerEventDefinition id="StartTimer"><bpmn:timeDate xsi:type="bpmn:tFormalExpression">2020-01-01T00:00:00Z</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:startEvent>
                    %s
                    <bpmn:endEvent id="Einde" />
                    <bpmn:sequenceFlow id="Flow_Start" sourceRef="Start" targetRef="%s" />
                    <bpmn:sequenceFlow id="Flow_Einde" sourceRef="%s" targetRef="Einde" />
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(taak, taakId, taakId);
    }

    static String voorwaarde(String conditie) {
        return voorwaarde(conditie, "");
    }

    /** A gateway whose one way out has {@code conditie} as its condition, in {@code taal} if given. */
    static String voorwaarde(String conditie, String taal) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Definitions_Aanval" targetNamespace="https://schoolverzuim.nl/test">
                  <bpmn:process id="aanval" isExecutable="true" camunda:historyTimeToLive="1">
                    <bpmn:startEvent id="Start" />
                    <bpmn:exclusiveGateway id="Keuze" default="Flow_Anders" />
                    <bpmn:endEvent id="Einde" />
                    <bpmn:sequenceFlow id="Flow_Start" sourceRef="Start" targetRef="Keuze" />
                    <bpmn:sequenceFlow id="Flow_Voorwaarde" sourceRef="Keuze" targetRef="Einde"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression"%s>%s</bpmn:conditionExpression></bpmn:sequenceFlow>
                    <bpmn:sequenceFlow id="Flow_Anders" sourceRef="Keuze" targetRef="Einde" />
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(taal, conditie);
    }

    static String dmn(String invoerTaal, String regel) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="Definitions_Aanval" name="Aanval" namespace="t">
                  <decision id="aanval" name="Aanval" camunda:historyTimeToLive="1">
                    <decisionTable id="Tabel">
                      <input id="Input1"><inputExpression id="Expressie1" typeRef="string"%s><text>x</text></inputExpression></input>
                      <output id="Output1" name="uitkomst" typeRef="string" />
                      <rule id="Regel1">%s<outputEntry id="Uitvoer1"><text>"ja"</text></outputEntry></rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(invoerTaal, regel);
    }
}
