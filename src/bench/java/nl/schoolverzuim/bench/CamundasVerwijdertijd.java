package nl.schoolverzuim.bench;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import nl.schoolverzuim.engine.VerwijdertijdNaAfloop;

/**
 * The bench's history event producer: the application's {@link VerwijdertijdNaAfloop}, or, for the before/after rows,
 * Camunda's own removal time at the end (every history table in the last transaction). Chosen per operation, since the
 * producer cannot be swapped while the engine runs: the history listeners of each process keep the producer they
 * were parsed with. Camunda writes the removal time of the rest of the history only in
 * {@code createProcessInstanceEndEvt}, the one method {@link VerwijdertijdNaAfloop} changes, so only that one is
 * switched; every other event is Camunda's in both.
 */
class CamundasVerwijdertijd extends CacheAwareHistoryEventProducer {

    private final VerwijdertijdNaAfloop nacht = new VerwijdertijdNaAfloop();
    private volatile boolean zoalsCamunda;

    void zoalsCamunda(boolean zoalsCamunda) {
        this.zoalsCamunda = zoalsCamunda;
    }

    @Override
    public HistoryEvent createProcessInstanceEndEvt(DelegateExecution execution) {
        return zoalsCamunda ? super.createProcessInstanceEndEvt(execution) : nacht.createProcessInstanceEndEvt(execution);
    }

    /**
     * Puts this producer in place of {@link VerwijdertijdNaAfloop} right after the application's plugin set it, before
     * the engine parses a process.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class Inrichting {

        @Bean
        static BeanPostProcessor camundasVerwijdertijdKiesbaar() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String naam) {
                    if (!naam.equals("verwijdertijdNaAfloop")) {
                        return bean;
                    }
                    ProcessEnginePlugin ons = (ProcessEnginePlugin) bean;
                    return new ProcessEnginePlugin() {
                        @Override
                        public void preInit(ProcessEngineConfigurationImpl configuratie) {
                            ons.preInit(configuratie);
                            configuratie.setHistoryEventProducer(new CamundasVerwijdertijd());
                        }

                        @Override
                        public void postInit(ProcessEngineConfigurationImpl configuratie) {
                            ons.postInit(configuratie);
                        }

                        @Override
                        public void postProcessEngineBuild(ProcessEngine engine) {
                            ons.postProcessEngineBuild(engine);
                        }
                    };
                }
            };
        }
    }
}
