package nl.schoolverzuim.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A model is not code, and a werkproces's record is not the designer's to delete: the engine extensions of this package. */
@Configuration(proxyBeanMethods = false)
class EngineBeveiliging {

    @Bean
    Procesbeans procesbeans(ListableBeanFactory beans) {
        return Procesbeans.uit(beans);
    }

    @Bean
    ProcessEnginePlugin modellenZijnGeenCode(Procesbeans procesbeans, ObjectProvider<BestandsControle> bestandsControles) {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                List<Deployer> eerst = new ArrayList<>(List.of(new ModelControleDeployer(new ModelControle(procesbeans),
                        () -> bestandsControles.orderedStream().toList())));
                if (configuration.getCustomPreDeployers() != null) {
                    eerst.addAll(configuration.getCustomPreDeployers());
                }
                configuration.setCustomPreDeployers(eerst);
                // Runs after Spring's ProcessEngineFactoryBean set its SpringExpressionManager, and replaces it.
                configuration.setExpressionManager(new VeiligeExpressionManager(procesbeans));
                configuration.setScriptEngineResolver(new GeenScripts());
                configuration.setEnableFetchScriptEngineFromProcessApplication(false);
            }

            @Override
            public void postInit(ProcessEngineConfigurationImpl configuration) {
                List<CommandChecker> checkers = new ArrayList<>(configuration.getCommandCheckers());
                checkers.add(DeploymentVerwijderen.checker());
                configuration.setCommandCheckers(checkers);
            }
        };
    }
}
