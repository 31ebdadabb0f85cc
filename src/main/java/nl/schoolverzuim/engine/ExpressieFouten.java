package nl.schoolverzuim.engine;

import org.camunda.bpm.impl.juel.jakarta.el.PropertyNotFoundException;

/** What the engine's expression language (its shaded JUEL) throws, for callers outside the engine extensions. */
public final class ExpressieFouten {

    private ExpressieFouten() {
    }

    /**
     * Whether {@code fout} says an expression named an identifier nothing resolves, such as a variable the model
     * needs and a request left out. Its message names the identifier ({@code identifier 'naam'}).
     */
    public static boolean isOntbrekendeEigenschap(Throwable fout) {
        return fout instanceof PropertyNotFoundException;
    }
}
