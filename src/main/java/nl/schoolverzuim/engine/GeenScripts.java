package nl.schoolverzuim.engine;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.scripting.engine.ScriptEngineResolver;

/**
 * The engine's script engines: none. Every script the engine would run (a script task or listener, a condition with
 * a {@code language}, a DMN expression in JavaScript or Groovy, and {@code scriptFormat="juel"}, whose JUEL script
 * engine resolves without {@link VeiligeExpressionManager}) asks this resolver for its engine and is refused. The
 * deployment check refuses such models already; this holds for versions deployed before it.
 */
final class GeenScripts implements ScriptEngineResolver {

    @Override
    public void addScriptEngineFactory(ScriptEngineFactory factory) {
        throw new ProcessEngineException("Scripts zijn uitgeschakeld: er kan geen scripttaal worden toegevoegd");
    }

    @Override
    public ScriptEngineManager getScriptEngineManager() {
        // Only the platform's class loader: it holds no script engine (the JDK has none since Java 15).
        return new ScriptEngineManager(null);
    }

    @Override
    public ScriptEngine getScriptEngine(String taal, boolean uitCache) {
        throw new ProcessEngineException("Script geweigerd (" + taal + "): scripts zijn uitgeschakeld, een model mag "
                + "geen code uitvoeren");
    }
}
