package nl.schoolverzuim.toezicht;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.schoolverzuim.domein.Termijnen;
import nl.schoolverzuim.organisatie.Gemeente;
import nl.schoolverzuim.toegang.Toegang;
import nl.schoolverzuim.werkvoorraad.Werkvoorraad;

/**
 * What the teamleider oversees: open and overdue work per gemeente, officer and step, how long it has been
 * overdue, the trend over 12 weeks and the overdue tasks themselves. Every answer is one aggregate or indexed query
 * over the werkvoorraad read model ({@code werkvoorraad_taak}), never the engine, so it stays fast at national scale.
 * "Te laat" is a due date before now; days overdue count whole calendar days in the Netherlands.
 */
@Service
@Transactional(readOnly = true)
public class Toezicht {

    /** The {@code behandelaar} of tasks nobody has claimed, as key and as filter value. */
    public static final String NIET_TOEGEWEZEN = "-";
    public static final int TREND_WEKEN = 12;

    /** What the overview is broken down by. */
    public enum Indeling {
        GEMEENTE("gemeente"), BEHANDELAAR("toegewezen_aan"), STAP("naam");

        private final String kolom;

        Indeling(String kolom) {
            this.kolom = kolom;
        }
    }

    /**
     * Narrows every answer; {@code null} fields do not filter. {@code behandelaar} {@value #NIET_TOEGEWEZEN} is
     * unclaimed work. {@code groepen}: only the work of these teams (a teamleider's own, MAS §10); null: every team.
     */
    public record Filter(String gemeente, String stap, String behandelaar, Collection<String> groepen) {

        public static final Filter ALLES = new Filter(null, null, null);

        public Filter(String gemeente, String stap, String behandelaar) {
            this(gemeente, stap, behandelaar, null);
        }

        /** The same filter within the work of {@code teams} (null: every team). */
        public Filter binnen(Collection<String> teams) {
            return new Filter(gemeente, stap, behandelaar, teams);
        }
    }

    /** Open and overdue tasks for one gemeente, officer or step ({@code sleutel} null: gemeente unknown). */
    public record Telling(String sleutel, long open, long teLaat) {
    }

    /** An ageing bucket of overdue tasks: {@code vanDagen} to {@code totEnMetDagen} (null: no upper bound) days late. */
    public record Leeftijd(String klasse, int vanDagen, Integer totEnMetDagen, long aantal) {
    }

    /** One week of the trend (ISO week, from Monday); null counts: nothing was measured that week. */
    public record Week(String week, LocalDate begin, Long open, Long teLaat) {
    }

    public record TeLaat(String taakId, String stap, String jongere, String gemeente, String behandelaar,
                         String kandidaatGroepen, Instant vervaldatum, int dagenTeLaat, Long dossierId,
                         String processInstanceId, String tasklist) {
    }

    /** Ageing buckets as the issue names them; each lower bound in days overdue. */
    static final int[] KLASSEN = {0, 8, 15, 31};

    private final NamedParameterJdbcTemplate jdbc;
    private final Toegang toegang;
    private final Clock clock;

    Toezicht(NamedParameterJdbcTemplate jdbc, Toegang toegang, Clock clock) {
        this.jdbc = jdbc;
        this.toegang = toegang;
        this.clock = clock;
    }

    /**
     * Open and overdue tasks per gemeente (alphabetical, unknown last), per officer or per step (most overdue first),
     * one grouped query.
     */
    public List<Telling> overzicht(Indeling per, Filter filter) {
        Voorwaarden waar = new Voorwaarden(filter, Instant.now(clock));
        List<Telling> tellingen = jdbc.query("""
                        select t.%1$s as sleutel, count(*) as aantal_open,
                               sum(case when t.vervaldatum < :nu then 1 else 0 end) as aantal_te_laat
                        from werkvoorraad_taak t %2$s group by t.%1$s""".formatted(per.kolom, waar.sql()), waar.parameters,
                (rij, n) -> new Telling(sleutel(per, rij.getString("sleutel")), rij.getLong("aantal_open"),
                        rij.getLong("aantal_te_laat")));
        Comparator<Telling> volgorde = per == Indeling.GEMEENTE
                ? Comparator.comparing(Telling::sleutel, Comparator.nullsLast(Comparator.naturalOrder()))
                : Comparator.comparingLong(Telling::teLaat).reversed().thenComparing(Comparator.comparingLong(Telling::open).reversed())
                .thenComparing(Telling::sleutel, Comparator.nullsLast(Comparator.naturalOrder()));
        return tellingen.stream().sorted(volgorde).toList();
    }

    /** All open and overdue tasks within the filter. */
    public Telling totaal(Filter filter) {
        Voorwaarden waar = new Voorwaarden(filter, Instant.now(clock));
        return jdbc.queryForObject("""
                        select count(*) as aantal_open, coalesce(sum(case when t.vervaldatum < :nu then 1 else 0 end), 0) as aantal_te_laat
                        from werkvoorraad_taak t %s""".formatted(waar.sql()), waar.parameters,
                (rij, n) -> new Telling(null, rij.getLong("aantal_open"), rij.getLong("aantal_te_laat")));
    }

    /** Overdue tasks by how long they are overdue: 0-7, 8-14, 15-30 and more than 30 days, one query. */
    public List<Leeftijd> leeftijdsbuckets(Filter filter) {
        Instant nu = Instant.now(clock);
        LocalDate vandaag = nu.atZone(Termijnen.ZONE).toLocalDate();
        Voorwaarden waar = new Voorwaarden(filter, nu).en("t.vervaldatum < :nu");
        StringBuilder kolommen = new StringBuilder();
        for (int i = 0; i < KLASSEN.length; i++) {
            // At least d days overdue: due before the start of the day d-1 days ago.
            waar.parameters.addValue("grens" + i, i == 0 ? Timestamp.from(nu)
                    : Timestamp.from(vandaag.minusDays(KLASSEN[i] - 1L).atStartOfDay(Termijnen.ZONE).toInstant()));
            kolommen.append(i == 0 ? "" : ", ").append("sum(case when t.vervaldatum < :grens").append(i)
                    .append(" then 1 else 0 end) as minstens").append(i);
        }
        long[] minstens = jdbc.queryForObject("select %s from werkvoorraad_taak t %s".formatted(kolommen, waar.sql()),
                waar.parameters, (rij, n) -> {
                    long[] waarden = new long[KLASSEN.length];
                    for (int i = 0; i < KLASSEN.length; i++) {
                        waarden[i] = rij.getLong("minstens" + i);
                    }
                    return waarden;
                });
        List<Leeftijd> klassen = new ArrayList<>();
        for (int i = 0; i < KLASSEN.length; i++) {
            boolean laatste = i == KLASSEN.length - 1;
            Integer tot = laatste ? null : KLASSEN[i + 1] - 1;
            String naam = laatste ? "> " + (KLASSEN[i] - 1) : KLASSEN[i] + "-" + tot;
            klassen.add(new Leeftijd(naam, KLASSEN[i], tot, minstens[i] - (laatste ? 0 : minstens[i + 1])));
        }
        return klassen;
    }

    /**
     * Open and overdue tasks in each of the last {@value #TREND_WEKEN} weeks, oldest first: earlier weeks as the
     * escalation sweep last measured them that week ({@code toezicht_weekstand}), the current week live. With
     * {@code groepen} (not null) only the gemeenten those teams work for.
     */
    public List<Week> trend(String gemeente, Collection<String> groepen) {
        Instant nu = Instant.now(clock);
        LocalDate dezeWeek = maandag(nu.atZone(Termijnen.ZONE).toLocalDate());
        LocalDate eerste = dezeWeek.minusWeeks(TREND_WEKEN - 1L);
        MapSqlParameterSource parameters = new MapSqlParameterSource("eerste", java.sql.Date.valueOf(eerste))
                .addValue("dezeWeek", java.sql.Date.valueOf(dezeWeek));
        String waar = "";
        if (gemeente != null) {
            waar = " and w.gemeente = :gemeente";
            parameters.addValue("gemeente", gemeente);
        }
        if (groepen != null) {
            List<String> namen = toegang.gemeentenVan(groepen).stream().map(Gemeente::getNaam).toList();
            waar += namen.isEmpty() ? " and 1 = 0" : " and w.gemeente in (:gemeenten)";
            parameters.addValue("gemeenten", namen);
        }
        Map<LocalDate, long[]> gemeten = new HashMap<>();
        jdbc.query("""
                select w.week_begin, sum(w.aantal_open) as aantal_open, sum(w.aantal_te_laat) as aantal_te_laat
                from toezicht_weekstand w where w.week_begin >= :eerste and w.week_begin < :dezeWeek%s
                group by w.week_begin""".formatted(waar), parameters, (ResultSet rij) -> {
            gemeten.put(rij.getDate("week_begin").toLocalDate(),
                    new long[] {rij.getLong("aantal_open"), rij.getLong("aantal_te_laat")});
        });
        Telling nuLive = totaal(new Filter(gemeente, null, null, groepen));
        gemeten.put(dezeWeek, new long[] {nuLive.open(), nuLive.teLaat()});
        List<Week> weken = new ArrayList<>();
        for (LocalDate begin = eerste; !begin.isAfter(dezeWeek); begin = begin.plusWeeks(1)) {
            long[] stand = gemeten.get(begin);
            weken.add(new Week(weekcode(begin), begin, stand == null ? null : stand[0], stand == null ? null : stand[1]));
        }
        return weken;
    }

    /** Overdue tasks, longest overdue first, {@code grootte} per page. */
    public List<TeLaat> teLaat(Filter filter, int pagina, int grootte) {
        Instant nu = Instant.now(clock);
        Voorwaarden waar = new Voorwaarden(filter, nu).en("t.vervaldatum < :nu");
        waar.parameters.addValue("grootte", grootte).addValue("vanaf", (long) pagina * grootte);
        return jdbc.query(TE_LAAT.formatted(waar.sql()) + " limit :grootte offset :vanaf", waar.parameters,
                (rij, n) -> teLaat(rij, nu));
    }

    /** Every overdue task within the filter, longest overdue first, streamed (the CSV download). */
    public void alleTeLaat(Filter filter, Consumer<TeLaat> verwerker) {
        Instant nu = Instant.now(clock);
        Voorwaarden waar = new Voorwaarden(filter, nu).en("t.vervaldatum < :nu");
        jdbc.query(TE_LAAT.formatted(waar.sql()), waar.parameters, (ResultSet rij) -> verwerker.accept(teLaat(rij, nu)));
    }

    public static String tasklistLink(String taakId) {
        return "/camunda/app/tasklist/default/#/?task=" + taakId;
    }

    static LocalDate maandag(LocalDate dag) {
        return dag.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static final String TE_LAAT = """
            select t.task_id, t.naam, t.jongere_naam, t.gemeente, t.toegewezen_aan, t.kandidaat_groepen, t.vervaldatum,
                   t.dossier_id, t.process_instance_id
            from werkvoorraad_taak t %s order by t.vervaldatum, t.task_id""";

    private static TeLaat teLaat(ResultSet rij, Instant nu) throws SQLException {
        Instant vervaldatum = rij.getTimestamp("vervaldatum").toInstant();
        String taakId = rij.getString("task_id");
        return new TeLaat(taakId, rij.getString("naam"), rij.getString("jongere_naam"), rij.getString("gemeente"),
                rij.getString("toegewezen_aan"), rij.getString("kandidaat_groepen"), vervaldatum,
                Werkvoorraad.dagenTeLaat(vervaldatum, nu), rij.getObject("dossier_id", Long.class),
                rij.getString("process_instance_id"), tasklistLink(taakId));
    }

    private static String sleutel(Indeling per, String waarde) {
        return per == Indeling.BEHANDELAAR && waarde == null ? NIET_TOEGEWEZEN : waarde;
    }

    private static String weekcode(LocalDate maandag) {
        return "%d-W%02d".formatted(maandag.get(IsoFields.WEEK_BASED_YEAR), maandag.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The filter as SQL conditions on {@code t} with their parameters; {@code :nu} is always set. */
    private static final class Voorwaarden {

        private final List<String> delen = new ArrayList<>();
        private final MapSqlParameterSource parameters = new MapSqlParameterSource();

        Voorwaarden(Filter filter, Instant nu) {
            parameters.addValue("nu", Timestamp.from(nu));
            if (filter.gemeente() != null) {
                en("t.gemeente = :gemeente").parameters.addValue("gemeente", filter.gemeente());
            }
            if (filter.stap() != null) {
                en("t.naam = :stap").parameters.addValue("stap", filter.stap());
            }
            if (NIET_TOEGEWEZEN.equals(filter.behandelaar())) {
                en("t.toegewezen_aan is null");
            } else if (filter.behandelaar() != null) {
                en("t.toegewezen_aan = :behandelaar").parameters.addValue("behandelaar", filter.behandelaar());
            }
            if (filter.groepen() != null && filter.groepen().isEmpty()) {
                en("1 = 0");
            } else if (filter.groepen() != null) {
                en("exists (select 1 from werkvoorraad_groep g where g.task_id = t.task_id and g.groep in (:groepen))")
                        .parameters.addValue("groepen", filter.groepen());
            }
        }

        Voorwaarden en(String voorwaarde) {
            delen.add(voorwaarde);
            return this;
        }

        String sql() {
            return delen.isEmpty() ? "" : "where " + String.join(" and ", delen);
        }
    }
}
