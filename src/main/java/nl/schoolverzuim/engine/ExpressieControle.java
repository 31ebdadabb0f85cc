package nl.schoolverzuim.engine;

import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.impl.juel.AstBinary;
import org.camunda.bpm.impl.juel.AstChoice;
import org.camunda.bpm.impl.juel.AstComposite;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstEval;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstLiteral;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNested;
import org.camunda.bpm.impl.juel.AstParameters;
import org.camunda.bpm.impl.juel.AstProperty;
import org.camunda.bpm.impl.juel.AstText;
import org.camunda.bpm.impl.juel.AstUnary;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * Whether a JUEL expression of a model only reads process variables and calls published process beans. The
 * expression is parsed by the JUEL parser the engine itself uses, and its syntax tree is walked: what the engine
 * would evaluate is exactly what is checked, whatever spaces, nesting or escapes the text uses.
 * <p>
 * Allowed: literals, operators, identifiers (a process variable, {@code execution}, {@code task} or a procesbean by
 * name), a method of a procesbean called directly on it ({@code ${termijnen.vervaldatum(execution, 'TRIAGE', now())}}),
 * and the engine's functions {@code now()}, {@code dateTime()}, {@code currentUser()}, {@code currentUserGroups()}.
 * Refused: any other method call ({@code ''.getClass()}, {@code execution.setVariable(..)}), a call on what a method
 * returned, and every property access ({@code execution.processEngineServices}, {@code x['y']}): a property is a
 * getter call on an object the model does not control.
 */
final class ExpressieControle {

    static final Set<String> FUNCTIES = Set.of("now", "dateTime", "currentUser", "currentUserGroups");

    /** The features of the engine's own parser (ExpressionFactoryImpl's default profile). */
    private static final Builder PARSER = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);

    private final Procesbeans procesbeans;

    ExpressieControle(Procesbeans procesbeans) {
        this.procesbeans = procesbeans;
    }

    /** Why the expression is refused, or empty when it is allowed. */
    Optional<String> weigering(String expressie) {
        Node wortel;
        try {
            wortel = PARSER.build(expressie).getRoot();
        } catch (TreeBuilderException e) {
            return Optional.of("is geen geldige expressie");
        }
        return controleer(wortel);
    }

    /** Whether the expression names exactly one procesbean and nothing else: {@code ${leerplicht}}. */
    boolean isProcesbean(String expressie) {
        try {
            Node wortel = PARSER.build(expressie.trim()).getRoot();
            return wortel instanceof AstEval eval && eval.getChild(0) instanceof AstIdentifier naam
                    && procesbeans.isGepubliceerd(naam.getName());
        } catch (TreeBuilderException e) {
            return false;
        }
    }

    private Optional<String> controleer(Node knoop) {
        if (knoop instanceof AstMethod) {
            Optional<String> aanroep = aanroep(knoop.getChild(0));
            return aanroep.isPresent() ? aanroep : controleer(knoop.getChild(1));
        }
        if (knoop instanceof AstProperty) {
            return Optional.of("leest een eigenschap (" + tekst(knoop) + "); een model leest alleen procesvariabelen "
                    + "en roept alleen methoden van procesbeans aan");
        }
        if (knoop instanceof AstFunction functie && !FUNCTIES.contains(functie.getName())) {
            return Optional.of("roept de functie " + functie.getName() + "() aan; toegestaan zijn alleen "
                    + String.join("(), ", FUNCTIES.stream().sorted().toList()) + "()");
        }
        if (!toegestaan(knoop)) {
            return Optional.of("bevat een niet toegestane vorm (" + knoop.getClass().getSimpleName() + ")");
        }
        for (int i = 0; i < knoop.getCardinality(); i++) {
            Optional<String> kind = controleer(knoop.getChild(i));
            if (kind.isPresent()) {
                return kind;
            }
        }
        return Optional.empty();
    }

    private Optional<String> aanroep(Node doel) {
        if (!(doel instanceof AstDot punt) || !(punt.getChild(0) instanceof AstIdentifier bean)
                || !procesbeans.isGepubliceerd(bean.getName())) {
            return Optional.of("roept een methode aan op iets anders dan een procesbean (" + tekst(doel)
                    + "); toegestaan zijn alleen methoden van " + String.join(", ", procesbeans.namen()));
        }
        String methode = methode(punt);
        if (!procesbeans.biedtAan(bean.getName(), methode)) {
            return Optional.of("roept " + bean.getName() + "." + methode + "() aan, maar procesbean " + bean.getName()
                    + " heeft geen publieke methode " + methode);
        }
        return Optional.empty();
    }

    /** AstDot keeps its property name to itself; its text is ". name". */
    static String methode(AstDot punt) {
        String tekst = punt.toString();
        return tekst.startsWith(". ") ? tekst.substring(2) : tekst;
    }

    private static String tekst(Node knoop) {
        if (knoop instanceof AstDot punt) {
            Node basis = punt.getChild(0);
            return (basis instanceof AstIdentifier naam ? naam.getName() : "…") + "." + methode(punt);
        }
        return knoop instanceof AstProperty ? "[…]" : knoop.toString();
    }

    private static boolean toegestaan(Node knoop) {
        return knoop instanceof AstEval || knoop instanceof AstComposite || knoop instanceof AstText
                || knoop instanceof AstLiteral || knoop instanceof AstIdentifier || knoop instanceof AstBinary
                || knoop instanceof AstUnary || knoop instanceof AstChoice || knoop instanceof AstNested
                || knoop instanceof AstParameters || knoop instanceof AstFunction;
    }
}
