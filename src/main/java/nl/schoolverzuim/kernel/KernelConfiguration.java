package nl.schoolverzuim.kernel;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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

    /** Bean name {@code termijnen} is what the BPMN due-date expressions call. */
    @Bean
    Termijnen termijnen(Werkdagen werkdagen) {
        return new Termijnen(werkdagen);
    }
}
