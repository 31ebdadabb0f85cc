package nl.schoolverzuim.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --schoolverzuim.synthetisch=achterhoek-2023-2024} (optionally {@code --schoolverzuim.synthetisch-schaal=40}):
 * generates that synthetic school year at start-up, after the demo data, once per database (docs/synthetisch-schooljaar.md).
 */
@Component
@ConditionalOnProperty("schoolverzuim.synthetisch")
@Order(30)
class SynthetischSchooljaarStart implements ApplicationRunner {

    private final SynthetischSchooljaar generator;
    private final String naam;
    private final Integer schaal;

    SynthetischSchooljaarStart(SynthetischSchooljaar generator, @Value("${schoolverzuim.synthetisch}") String naam,
                               @Value("${schoolverzuim.synthetisch-schaal:#{null}}") Integer schaal) {
        this.generator = generator;
        this.naam = naam;
        this.schaal = schaal;
    }

    @Override
    public void run(ApplicationArguments args) {
        generator.genereer(naam, schaal);
    }
}
