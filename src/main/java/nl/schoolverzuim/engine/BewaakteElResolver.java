package nl.schoolverzuim.engine;

import java.beans.FeatureDescriptor;
import java.util.Iterator;
import java.util.Set;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.el.ExpressionManager;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.util.ClassUtils;

/**
 * Run-time guard around the engine's EL resolvers, for whatever the deployment check did not see: a version deployed
 * before it, an expression of a stored Tasklist filter, a DMN in JUEL evaluated through the engine. No property is
 * read, no method called, no value handed on when the object is a class, reflection, a class loader, a process or
 * thread, the JVM's runtime, or one of the engine's services or its configuration: those are the ways from an
 * expression to the operating system or to the engine without authorization checks. {@code System} is only reachable
 * through its {@link Class}, which is refused.
 */
final class BewaakteElResolver extends ELResolver {

    private static final Set<Class<?>> VERBODEN = Set.of(Class.class, ClassLoader.class, Runtime.class,
            ProcessBuilder.class, Process.class, ProcessHandle.class, Thread.class, ThreadGroup.class, Module.class,
            ModuleLayer.class, ProcessEngineConfiguration.class, CommandContext.class, ExpressionManager.class,
            BeanFactory.class, DataSource.class);
    private static final Set<String> VERBODEN_PAKKETTEN = Set.of("java.lang.reflect", "java.lang.invoke",
            "javax.script", "sun.misc", "jdk.internal.misc");
    private static final String ENGINE = "org.camunda.bpm.engine";

    private final ELResolver resolver;

    BewaakteElResolver(ELResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        bewaak(base, property);
        return bewaakResultaat(resolver.getValue(context, base, property), property);
    }

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        bewaak(base, method);
        return bewaakResultaat(resolver.invoke(context, base, method, paramTypes, params), method);
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        bewaak(base, property);
        return resolver.getType(context, base, property);
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        bewaak(base, property);
        resolver.setValue(context, base, property, value);
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        bewaak(base, property);
        return resolver.isReadOnly(context, base, property);
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
        bewaak(base, null);
        return resolver.getFeatureDescriptors(context, base);
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        bewaak(base, null);
        return resolver.getCommonPropertyType(context, base);
    }

    @Override
    public Object convertToType(ELContext context, Object obj, Class<?> targetType) {
        return resolver.convertToType(context, obj, targetType);
    }

    private static void bewaak(Object base, Object eigenschap) {
        if (base != null && verboden(base)) {
            throw new ProcessEngineException("Expressie geweigerd: " + eigenschap + " op " + soort(base)
                    + " is niet toegestaan; een model mag alleen procesvariabelen lezen en procesbeans aanroepen");
        }
    }

    private static Object bewaakResultaat(Object resultaat, Object eigenschap) {
        if (resultaat != null && verboden(resultaat)) {
            throw new ProcessEngineException("Expressie geweigerd: " + eigenschap + " geeft " + soort(resultaat)
                    + " terug, en die mag een model niet gebruiken");
        }
        return resultaat;
    }

    static boolean verboden(Object object) {
        Class<?> klasse = object.getClass();
        for (Class<?> verboden : VERBODEN) {
            if (verboden.isInstance(object)) {
                return true;
            }
        }
        for (Class<?> type = klasse; type != null; type = type.getSuperclass()) {
            if (VERBODEN_PAKKETTEN.contains(type.getPackageName())) {
                return true;
            }
        }
        for (Class<?> koppelvlak : ClassUtils.getAllInterfacesForClassAsSet(klasse)) {
            if (ENGINE.equals(koppelvlak.getPackageName()) && (koppelvlak.getSimpleName().endsWith("Service")
                    || koppelvlak.getSimpleName().startsWith("ProcessEngine"))) {
                return true; // ProcessEngine, ProcessEngineServices, RuntimeService, IdentityService, ...
            }
        }
        return false;
    }

    private static String soort(Object object) {
        return object instanceof Class ? "een klasse" : "een " + object.getClass().getName();
    }
}
