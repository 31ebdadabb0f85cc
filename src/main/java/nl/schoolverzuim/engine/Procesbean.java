package nl.schoolverzuim.engine;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Publishes a Spring bean to the models: its public methods may be called from BPMN expressions by its bean name,
 * as in {@code ${leerplicht.sluitAf(task)}}. No other bean is visible to a model, neither when a deployment is checked
 * ({@link ModelControle}) nor when an expression runs ({@link VeiligeExpressionManager}); both read {@link Procesbeans}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Procesbean {
}
