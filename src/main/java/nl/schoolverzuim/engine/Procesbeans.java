package nl.schoolverzuim.engine;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.util.ClassUtils;

/**
 * The beans a model may call, by bean name: the Spring beans whose class carries {@link Procesbean}. The one list
 * that both the deployment check and the run-time expression resolver read. Found lazily, at the first deployment or
 * expression, so looking for them never creates a bean while the engine itself is being built.
 */
public final class Procesbeans {

    private final Function<String, Object> bean;
    private final Supplier<Map<String, Class<?>>> vinden;
    private volatile Map<String, Set<String>> methoden;

    private Procesbeans(Supplier<Map<String, Class<?>>> vinden, Function<String, Object> bean) {
        this.vinden = vinden;
        this.bean = bean;
    }

    /** The annotated beans of the application context. */
    public static Procesbeans uit(ListableBeanFactory beans) {
        return new Procesbeans(() -> {
            Map<String, Class<?>> gevonden = new TreeMap<>();
            // No eager initialisation: the engine's own factory bean must not be created to learn its type.
            for (String naam : beans.getBeanNamesForType(Object.class, false, false)) {
                if (beans.findAnnotationOnBean(naam, Procesbean.class, false) != null) {
                    gevonden.put(naam, ClassUtils.getUserClass(beans.getType(naam, false)));
                }
            }
            return gevonden;
        }, beans::getBean);
    }

    /** A fixed set, for checking models without an application (tests, tools). */
    public static Procesbeans van(Map<String, Class<?>> beans) {
        Map<String, Class<?>> vast = Map.copyOf(beans);
        return new Procesbeans(() -> vast, naam -> {
            throw new IllegalStateException("Geen applicatie: procesbean " + naam + " kan niet worden opgehaald");
        });
    }

    public Set<String> namen() {
        return methoden().keySet();
    }

    public boolean isGepubliceerd(String naam) {
        return methoden().containsKey(naam);
    }

    /** Whether {@code methode} is a public method of the bean's own classes (never one of {@link Object}'s). */
    public boolean biedtAan(String naam, String methode) {
        Set<String> namen = methoden().get(naam);
        return namen != null && namen.contains(methode);
    }

    /** The bean itself; only for a published name. */
    Object bean(String naam) {
        if (!isGepubliceerd(naam)) {
            throw new IllegalArgumentException(naam + " is geen procesbean");
        }
        return bean.apply(naam);
    }

    private Map<String, Set<String>> methoden() {
        Map<String, Set<String>> bekend = methoden;
        if (bekend == null) {
            bekend = vinden.get().entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                    bean -> publiekeMethoden(bean.getValue())));
            methoden = bekend;
        }
        return bekend;
    }

    private static Set<String> publiekeMethoden(Class<?> klasse) {
        return Arrays.stream(klasse.getMethods())
                .filter(m -> m.getDeclaringClass() != Object.class && !Modifier.isStatic(m.getModifiers()))
                .map(Method::getName)
                .collect(Collectors.toUnmodifiableSet());
    }
}
