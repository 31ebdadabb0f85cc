package nl.schoolverzuim.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The rules a model must meet before the engine reads it: a model describes work, it is not code.
 * <p>
 * BPMN: no script task, no script anywhere (listeners, input/output mappings, conditions with a {@code language}), no
 * script file ({@code camunda:resource}), no Java class ({@code camunda:class}, {@code …Class}), no connector, a
 * {@code camunda:delegateExpression} only as {@code ${procesbean}}, and every JUEL expression, wherever it stands
 * (attributes and element text), only reading process variables and calling procesbeans ({@link ExpressieControle}).
 * Names are matched whatever their namespace, so the legacy {@code activiti:} namespace the engine also reads is
 * covered. The extension property {@code toewijzing} (data, not code) only with a value of {@link Toewijzing}.
 * DMN: every expression in FEEL, which the engine evaluates without Java. CMMN: not used here, refused.
 * <p>
 * The XML is read without DTDs or external entities: a model cannot make the server read files or URLs.
 */
public final class ModelControle {

    /** What the engine treats as FEEL (camunda-engine-dmn's ExpressionEvaluationHandler.isFeelExpressionLanguage). */
    static final Set<String> FEEL = Set.of("http://www.omg.org/spec/FEEL/20140401",
            "http://www.omg.org/spec/DMN/20180521/FEEL/", "https://www.omg.org/spec/DMN/20191111/FEEL/",
            "https://www.omg.org/spec/DMN/20211108/FEEL/", "https://www.omg.org/spec/DMN/20230324/FEEL/");

    private static final Set<String> NIET_UITGEVOERD = Set.of(
            "http://www.omg.org/spec/BPMN/20100524/DI", "http://www.omg.org/spec/DD/20100524/DC",
            "http://www.omg.org/spec/DD/20100524/DI");
    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

    enum Soort { BPMN, DMN, CMMN, ANDERS }

    private final ExpressieControle expressies;

    public ModelControle(Procesbeans procesbeans) {
        this.expressies = new ExpressieControle(procesbeans);
    }

    /** The engine's deployers choose by the end of the name, case-sensitively; this check ignores case to be sure. */
    static Soort soort(String resource) {
        String naam = resource.toLowerCase(Locale.ROOT);
        if (naam.endsWith("bpmn") || naam.endsWith("bpmn20.xml")) {
            return Soort.BPMN;
        }
        if (naam.endsWith("dmn") || naam.endsWith("dmn11.xml")) {
            return Soort.DMN;
        }
        if (naam.endsWith("cmmn") || naam.endsWith("cmmn10.xml") || naam.endsWith("cmmn11.xml")) {
            return Soort.CMMN;
        }
        return Soort.ANDERS;
    }

    /** Every rule the resource breaks; empty when the engine may read it. Forms and other files are not models. */
    public List<Bevinding> controleer(String resource, byte[] inhoud) {
        Soort soort = soort(resource);
        if (soort == Soort.ANDERS) {
            return List.of();
        }
        if (soort == Soort.CMMN) {
            return List.of(new Bevinding(resource, "-", "CMMN-modellen zijn niet toegestaan"));
        }
        Element wortel;
        try {
            wortel = lees(inhoud);
        } catch (SAXException | IOException e) {
            return List.of(new Bevinding(resource, "-",
                    "geen leesbare XML zonder DOCTYPE (een DOCTYPE of externe entiteit is niet toegestaan)"));
        }
        List<Bevinding> bevindingen = new ArrayList<>();
        if (soort == Soort.BPMN) {
            bpmn(resource, wortel, bevindingen);
        } else {
            dmn(resource, wortel, bevindingen);
        }
        return bevindingen;
    }

    private void bpmn(String resource, Element element, List<Bevinding> bevindingen) {
        if (NIET_UITGEVOERD.contains(element.getNamespaceURI())
                || BPMN.equals(element.getNamespaceURI()) && Set.of("documentation", "text").contains(element.getLocalName())) {
            return; // diagram layout and prose: the engine never evaluates them
        }
        String naam = element.getLocalName();
        if (naam.toLowerCase(Locale.ROOT).endsWith("scripttask")) {
            bevindingen.add(bevinding(resource, element, "een scripttaak is niet toegestaan: een model mag geen code uitvoeren"));
        } else if ("script".equals(naam)) {
            bevindingen.add(bevinding(resource, element,
                    "een script (in een listener of input/output-mapping) is niet toegestaan: een model mag geen code uitvoeren"));
        } else if ("connector".equals(naam)) {
            bevindingen.add(bevinding(resource, element,
                    "een connector (camunda:connector) is niet toegestaan: een model mag geen code uitvoeren"));
        } else if ("property".equals(naam) && CAMUNDA.equals(element.getNamespaceURI())
                && Toewijzing.EIGENSCHAP.equals(element.getAttribute("name"))
                && Toewijzing.van(element.getAttribute("value")).isEmpty()) {
            // Data, not code; but an unknown value would silently leave every task to the team.
            bevindingen.add(bevinding(resource, element, "de eigenschap toewijzing=\"" + element.getAttribute("value")
                    + "\" is onbekend; kies " + Toewijzing.toegestaan()));
        }
        NamedNodeMap attributen = element.getAttributes();
        for (int i = 0; i < attributen.getLength(); i++) {
            attribuut(resource, element, (Attr) attributen.item(i), bevindingen);
        }
        String tekst = eigenTekst(element);
        if (isExpressie(tekst)) {
            expressies.weigering(tekst).ifPresent(reden -> bevindingen.add(bevinding(resource, element,
                    "de expressie " + tekst.strip() + " " + reden)));
        }
        for (Node kind = element.getFirstChild(); kind != null; kind = kind.getNextSibling()) {
            if (kind instanceof Element kindElement) {
                bpmn(resource, kindElement, bevindingen);
            }
        }
    }

    private void attribuut(String resource, Element element, Attr attribuut, List<Bevinding> bevindingen) {
        if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribuut.getNamespaceURI())) {
            return;
        }
        String naam = attribuut.getLocalName();
        String waarde = attribuut.getValue();
        if ("class".equals(naam) || naam.endsWith("Class")) {
            bevindingen.add(bevinding(resource, element, "een Java-klasse (" + attribuut.getName() + "=\"" + waarde
                    + "\") is niet toegestaan; roep een methode van een procesbean aan"));
        } else if ("resource".equals(naam)) {
            bevindingen.add(bevinding(resource, element, "een scriptbestand (" + attribuut.getName()
                    + ") is niet toegestaan: een model mag geen code uitvoeren"));
        } else if ("scriptFormat".equals(naam)) {
            bevindingen.add(bevinding(resource, element, "een script (" + attribuut.getName() + "=\"" + waarde
                    + "\") is niet toegestaan: een model mag geen code uitvoeren"));
        } else if ("language".equals(naam)) {
            bevindingen.add(bevinding(resource, element, "een voorwaarde in een scripttaal (language=\"" + waarde
                    + "\") is niet toegestaan; schrijf haar als ${...}"));
        } else if ("delegateExpression".equals(naam) || naam.endsWith("DelegateExpression")) {
            if (!expressies.isProcesbean(waarde)) {
                bevindingen.add(bevinding(resource, element, attribuut.getName() + " mag alleen een procesbean noemen ("
                        + "${naam}), niet " + waarde));
            }
        } else if (isExpressie(waarde)) {
            expressies.weigering(waarde).ifPresent(reden -> bevindingen.add(bevinding(resource, element,
                    "de expressie " + waarde + " in " + attribuut.getName() + " " + reden)));
        }
    }

    private void dmn(String resource, Element element, List<Bevinding> bevindingen) {
        String taal = element.getAttribute("expressionLanguage");
        if (element.hasAttribute("expressionLanguage") && !isFeel(taal)) {
            bevindingen.add(bevinding(resource, element, "de expressietaal \"" + taal
                    + "\" is niet toegestaan; een beslistabel gebruikt alleen FEEL"));
        }
        for (Node kind = element.getFirstChild(); kind != null; kind = kind.getNextSibling()) {
            if (kind instanceof Element kindElement) {
                dmn(resource, kindElement, bevindingen);
            }
        }
    }

    static boolean isFeel(String taal) {
        return FEEL.contains(taal) || "feel".equals(taal.toLowerCase(Locale.ROOT));
    }

    private static boolean isExpressie(String tekst) {
        return tekst != null && (tekst.contains("${") || tekst.contains("#{"));
    }

    /** The element's own text, all text and CDATA pieces together, as the engine reads it. */
    private static String eigenTekst(Element element) {
        StringBuilder tekst = new StringBuilder();
        for (Node kind = element.getFirstChild(); kind != null; kind = kind.getNextSibling()) {
            if (kind.getNodeType() == Node.TEXT_NODE || kind.getNodeType() == Node.CDATA_SECTION_NODE) {
                tekst.append(kind.getNodeValue());
            }
        }
        return tekst.toString();
    }

    private static Bevinding bevinding(String resource, Element element, String regel) {
        return new Bevinding(resource, elementId(element), regel);
    }

    /** The id of the element or of the nearest element around it that has one (a listener has none itself). */
    private static String elementId(Element element) {
        for (Node n = element; n instanceof Element e; n = e.getParentNode()) {
            if (e.hasAttribute("id")) {
                return e.getAttribute("id");
            }
        }
        return element.getLocalName();
    }

    private static Element lees(byte[] inhoud) throws SAXException, IOException {
        DocumentBuilder parser = parser();
        parser.setErrorHandler(new DefaultHandler() {
            @Override
            public void error(org.xml.sax.SAXParseException e) throws SAXException {
                throw e;
            }
        });
        return parser.parse(new InputSource(new ByteArrayInputStream(inhoud))).getDocumentElement();
    }

    private static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory fabriek = DocumentBuilderFactory.newInstance();
            fabriek.setNamespaceAware(true);
            fabriek.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            fabriek.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            fabriek.setFeature("http://xml.org/sax/features/external-general-entities", false);
            fabriek.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            fabriek.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            fabriek.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            fabriek.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            fabriek.setXIncludeAware(false);
            fabriek.setExpandEntityReferences(false);
            return fabriek.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML-parser zonder DTD's niet beschikbaar", e);
        }
    }
}
