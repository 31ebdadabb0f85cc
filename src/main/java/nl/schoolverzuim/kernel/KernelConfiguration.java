package nl.schoolverzuim.kernel;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.schoolverzuim.domein.Termijnen;
import nl.schoolverzuim.domein.Werkdagen;

@Configuration(proxyBeanMethods = false)
class KernelConfiguration {

    @Bean
    Clock clock() {
        return new EngineKlok(Termijnen.ZONE);
    }

    @Bean
    Werkdagen werkdagen() {
        return new Werkdagen();
    }

    /** The history level {@code schoolverzuim} (MAS §10), which {@code camunda.bpm.history-level} names. */
    @Bean
    ProcessEnginePlugin historieniveau() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                List<HistoryLevel> niveaus = new ArrayList<>();
                if (configuration.getCustomHistoryLevels() != null) {
                    niveaus.addAll(configuration.getCustomHistoryLevels());
                }
                niveaus.add(new SchoolverzuimHistoryLevel());
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

    /** Bean name {@code termijnen} is what the BPMN due-date expressions call. */
    @Bean
    Termijnen termijnen(Werkdagen werkdagen, DecisionCache decisionCache) {
        return new Termijnen(werkdagen, decisionCache);
    }
}
