package nl.schoolverzuim.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

    /** The history level {@code schoolverzuim} (MAS §10), which {@code camunda.bpm.history-level} names. */
    @Bean
    ProcessEnginePlugin historieniveau(GeenHistorie geenHistorie) {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                List<HistoryLevel> niveaus = new ArrayList<>();
                if (configuration.getCustomHistoryLevels() != null) {
                    niveaus.addAll(configuration.getCustomHistoryLevels());
                }
                niveaus.add(new SchoolverzuimHistoryLevel(geenHistorie));
                configuration.setCustomHistoryLevels(niveaus);
            }
        };
    }

    /** Removal time of a werkproces's history set the night after it ends, not in its last step (MAS §10). */
    @Bean
    ProcessEnginePlugin verwijdertijdNaAfloop() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                configuration.setHistoryEventProducer(new VerwijdertijdNaAfloop());
            }

            @Override
            public void postProcessEngineBuild(ProcessEngine engine) {
                HistorieVerwijdertijd.beginOpEersteStart(engine.getManagementService());
            }
        };
    }

    /** JSON process variables ({@link JsonWaarden}): the option lists Camunda Forms read in Tasklist. */
    @Bean
    ProcessEnginePlugin jsonWaarden() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                List<TypedValueSerializer> serializers = new ArrayList<>();
                if (configuration.getCustomPreVariableSerializers() != null) {
                    serializers.addAll(configuration.getCustomPreVariableSerializers());
                }
                serializers.add(new JsonWaarden());
                configuration.setCustomPreVariableSerializers(serializers);
            }
        };
    }

    @Bean
    LaatsteVersies laatsteVersies() {
        return new LaatsteVersies();
    }

    @Bean
    DecisionCache decisionCache(LaatsteVersies laatsteVersies) {
        return new DecisionCache(laatsteVersies);
    }

    /** Every deployment on this node (a designer's new model or table version) is used by the very next start. */
    @Bean
    ProcessEnginePlugin nieuweModelversies(LaatsteVersies laatsteVersies) {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                List<Deployer> deployers = new ArrayList<>();
                if (configuration.getCustomPostDeployers() != null) {
                    deployers.addAll(configuration.getCustomPostDeployers());
                }
                deployers.add(deployment -> laatsteVersies.vergeet());
                configuration.setCustomPostDeployers(deployers);
            }
        };
    }
}
