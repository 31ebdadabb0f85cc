package nl.schoolverzuim.kernel;

import java.util.List;
import java.util.Map;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.internal.DefaultAutoFlushEventListener;
import org.hibernate.event.internal.DefaultFlushEventListener;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AutoFlushEvent;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.FlushEvent;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;
import org.springframework.boot.autoconfigure.orm.jpa.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Every Hibernate flush is one {@link Pijplijn.Venster}: the rows it inserts (a melding with its Dossier, Jongere and
 * werkproces) go together. A kept insert that fails is converted as Hibernate converts a failed statement, so a
 * repeated meldingnummer is still a {@code ConstraintViolationException} of the flush.
 */
@Component
class PijplijnInHibernate implements HibernatePropertiesCustomizer {

    @Override
    public void customize(Map<String, Object> hibernateProperties) {
        hibernateProperties.put("hibernate.integrator_provider", (IntegratorProvider) () -> List.of(new Integrator() {
            @Override
            public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
                                  SessionFactoryImplementor sessionFactory) {
                EventListenerRegistry listeners = sessionFactory.getServiceRegistry()
                        .requireService(EventListenerRegistry.class);
                listeners.setListeners(EventType.FLUSH, new Flush());
                listeners.setListeners(EventType.AUTO_FLUSH, new AutoFlush());
            }

            @Override
            public void disintegrate(SessionFactoryImplementor sessionFactory,
                                     SessionFactoryServiceRegistry serviceRegistry) {
            }
        }));
    }

    private static final class Flush extends DefaultFlushEventListener {

        @Override
        public void onFlush(FlushEvent event) {
            binnenVenster(event.getSession(), () -> super.onFlush(event));
        }
    }

    private static final class AutoFlush extends DefaultAutoFlushEventListener {

        @Override
        public void onAutoFlush(AutoFlushEvent event) {
            binnenVenster(event.getSession(), () -> super.onAutoFlush(event));
        }
    }

    private static void binnenVenster(EventSource sessie, Runnable flush) {
        Pijplijn.Venster venster = Pijplijn.Venster.open();
        try {
            flush.run();
            venster.sluit();
        } catch (Pijplijn.Pijplijnfout fout) {
            throw sessie.getJdbcServices().getSqlExceptionHelper().convert(fout, "could not execute statement",
                    fout.sql());
        } finally {
            venster.verlaat();
        }
    }
}
