package nl.schoolverzuim.toezicht;

import java.util.LinkedHashMap;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Gauges {@code schoolverzuim_taken_open} and {@code schoolverzuim_taken_te_laat} per gemeente on
 * {@code /actuator/prometheus}. One grouped query over the read model feeds all of them, refreshed on a fixed delay,
 * so a scrape never queries the database.
 */
@Component
class ToezichtMetrics {

    static final String OPEN = "schoolverzuim.taken.open";
    static final String TE_LAAT = "schoolverzuim.taken.te.laat";
    /** Label of tasks whose Jongere's gemeente is not known. */
    static final String ONBEKEND = "onbekend";

    private final Toezicht toezicht;
    private final JdbcTemplate jdbc;
    private final MultiGauge open;
    private final MultiGauge teLaat;

    ToezichtMetrics(Toezicht toezicht, JdbcTemplate jdbc, MeterRegistry registry) {
        this.toezicht = toezicht;
        this.jdbc = jdbc;
        this.open = MultiGauge.builder(OPEN).description("Open taken in de werkvoorraad per gemeente").register(registry);
        this.teLaat = MultiGauge.builder(TE_LAAT).description("Open taken voorbij hun vervaldatum per gemeente").register(registry);
    }

    @Scheduled(fixedDelayString = "${schoolverzuim.toezicht.metrics-verversing}")
    void ververs() {
        // Every gemeente has its gauges, at 0 without open work, so a dashboard never misses a series.
        Map<String, Toezicht.Telling> perGemeente = new LinkedHashMap<>();
        jdbc.queryForList("select naam from gemeente order by naam", String.class)
                .forEach(naam -> perGemeente.put(naam, new Toezicht.Telling(naam, 0, 0)));
        toezicht.overzicht(Toezicht.Indeling.GEMEENTE, Toezicht.Filter.ALLES)
                .forEach(t -> perGemeente.put(t.sleutel() == null ? ONBEKEND : t.sleutel(), t));
        open.register(perGemeente.entrySet().stream()
                .map(e -> MultiGauge.Row.of(Tags.of("gemeente", e.getKey()), e.getValue().open())).toList(), true);
        teLaat.register(perGemeente.entrySet().stream()
                .map(e -> MultiGauge.Row.of(Tags.of("gemeente", e.getKey()), e.getValue().teLaat())).toList(), true);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    static class Planning {
    }
}
