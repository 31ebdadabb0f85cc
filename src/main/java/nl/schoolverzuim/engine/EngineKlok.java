package nl.schoolverzuim.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The application's clock is the engine's clock, so dates we store agree with due dates and timers the engine
 * computes, and tests that move the engine clock ({@code ClockUtil}) move both.
 */
public class EngineKlok extends Clock {

    private final ZoneId zone;

    public EngineKlok(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new EngineKlok(zone);
    }

    @Override
    public Instant instant() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
