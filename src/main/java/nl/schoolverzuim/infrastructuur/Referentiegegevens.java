package nl.schoolverzuim.infrastructuur;

import java.net.URISyntaxException;
import java.util.Map;

import javax.cache.CacheManager;

import com.github.benmanes.caffeine.jcache.spi.CaffeineCachingProvider;
import org.hibernate.cache.jcache.ConfigSettings;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.orm.jpa.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Hibernate's second-level cache of the reference data every melding reads: entities marked
 * {@code @Cache(region = REGION)} and natural ids marked {@code @NaturalIdCache(region = SLEUTELS)}. Regions, sizes and
 * expiry: {@code hibernate-cache.conf}. The cache manager is this context's own, not the one the JCache provider keeps
 * per JVM: the tests run contexts on H2 and on PostgreSQL side by side, whose gemeente 1 is not the same row.
 */
@Component
public class Referentiegegevens implements HibernatePropertiesCustomizer, DisposableBean {

    /** The region of gemeenten, regio's and scholen. */
    public static final String REGION = "referentiegegevens";
    /**
     * Their natural keys, such as a school's BRIN; Hibernate's own name for this region has a {@code #}, which the
     * cache configuration reads as the start of a comment.
     */
    public static final String SLEUTELS = "referentiegegevens-sleutels";
    static final String CONFIGURATIE = "hibernate-cache.conf";

    private final CacheManager caches;

    Referentiegegevens() throws URISyntaxException {
        ClassLoader classLoader = Referentiegegevens.class.getClassLoader();
        this.caches = new CaffeineCachingProvider().getCacheManager(classLoader.getResource(CONFIGURATIE).toURI(),
                classLoader);
    }

    @Override
    public void customize(Map<String, Object> hibernateProperties) {
        hibernateProperties.put(ConfigSettings.CACHE_MANAGER, caches);
    }

    /** After the EntityManagerFactory, which is built with this customizer and therefore closed before it. */
    @Override
    public void destroy() {
        caches.close();
    }
}
