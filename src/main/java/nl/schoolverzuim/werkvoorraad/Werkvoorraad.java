package nl.schoolverzuim.werkvoorraad;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

import nl.schoolverzuim.domein.Termijnen;

/** Reads the werkvoorraad read model: one indexed query per page, no engine round trips. */
@Service
public class Werkvoorraad {

    public record Filter(Collection<String> groepen, String toegewezenAan, boolean alleenTeLaat, String verzuimsoort) {
    }

    public record Taak(String taakId, String naam, String taakKey, String processInstanceId, Long werkprocesId,
                       Long dossierId, String kandidaatGroepen, String toegewezenAan, Instant vervaldatum,
                       Integer dagenTeLaat, String jongere, Integer leeftijd, String gemeente, String school,
                       String verzuimsoort, LocalDate thuiszitterSinds) {
    }

    /** A user's open work: assigned to them, unclaimed in their teams, and how many of those are overdue. */
    public record Tellingen(long mijnTaken, long ongeclaimd, long teLaat) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    Werkvoorraad(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Open tasks by due date (none last), {@code grootte} per page. {@code groepen} null means every group (beheerder);
     * otherwise only tasks of those candidate groups. One statement, so no transaction around it (one round trip less).
     */
    public List<Taak> pagina(Filter filter, int pagina, int grootte) {
        Instant nu = Instant.now(clock);
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("nu", Timestamp.from(nu)).addValue("grootte", grootte).addValue("vanaf", (long) pagina * grootte);
        List<String> voorwaarden = new ArrayList<>();
        String tabellen = "werkvoorraad_taak t";
        String vervaldatumKolom = "t.vervaldatum";
        String volgorde = "t.vervaldatum nulls last, t.task_id";
        if (filter.groepen() != null) {
            if (filter.groepen().isEmpty()) {
                return List.of();
            }
            if (filter.groepen().size() == 1) {
                // One team, the common case: its (groep, vervaldatum, task_id) index is read in order and the
                // query stops after one page, however large the gemeente.
                tabellen = "werkvoorraad_groep g join werkvoorraad_taak t on t.task_id = g.task_id";
                vervaldatumKolom = "g.vervaldatum";
                volgorde = "g.vervaldatum nulls last, g.task_id";
                voorwaarden.add("g.groep = :groep");
                parameters.addValue("groep", filter.groepen().iterator().next());
            } else {
                voorwaarden.add("exists (select 1 from werkvoorraad_groep g where g.task_id = t.task_id and g.groep in (:groepen))");
                parameters.addValue("groepen", filter.groepen());
            }
        }
        if (filter.toegewezenAan() != null) {
            voorwaarden.add("t.toegewezen_aan = :toegewezenAan");
            parameters.addValue("toegewezenAan", filter.toegewezenAan());
        }
        if (filter.alleenTeLaat()) {
            voorwaarden.add(vervaldatumKolom + " < :nu");
        }
        if (filter.verzuimsoort() != null) {
            voorwaarden.add("t.verzuimsoort = :verzuimsoort");
            parameters.addValue("verzuimsoort", filter.verzuimsoort());
        }
        String waar = voorwaarden.isEmpty() ? "" : "where " + String.join(" and ", voorwaarden);
        return jdbc.query("select t.* from %s %s order by %s limit :grootte offset :vanaf"
                        .formatted(tabellen, waar, volgorde), parameters,
                (rij, nummer) -> {
                    Timestamp vervaldatum = rij.getTimestamp("vervaldatum");
                    java.sql.Date thuiszitter = rij.getDate("thuiszitter_sinds");
                    return new Taak(rij.getString("task_id"), rij.getString("naam"), rij.getString("taak_key"),
                            rij.getString("process_instance_id"), rij.getObject("werkproces_id", Long.class),
                            rij.getObject("dossier_id", Long.class), rij.getString("kandidaat_groepen"),
                            rij.getString("toegewezen_aan"), vervaldatum == null ? null : vervaldatum.toInstant(),
                            vervaldatum == null ? null : dagenTeLaat(vervaldatum.toInstant(), nu),
                            rij.getString("jongere_naam"), rij.getObject("leeftijd", Integer.class), rij.getString("gemeente"),
                            rij.getString("school_naam"), rij.getString("verzuimsoort"),
                            thuiszitter == null ? null : thuiszitter.toLocalDate());
                });
    }

    /**
     * The open work of {@code gebruiker} in one query: their own tasks, the unclaimed tasks of {@code groepen} (null:
     * every team, the beheerder) and how many of both are overdue.
     */
    public Tellingen tellingen(String gebruiker, Collection<String> groepen) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("gebruiker", gebruiker)
                .addValue("nu", Timestamp.from(Instant.now(clock)));
        String vanTeam;
        if (groepen == null) {
            vanTeam = "t.toegewezen_aan is null";
        } else if (groepen.isEmpty()) {
            vanTeam = "1 = 0";
        } else {
            vanTeam = "t.toegewezen_aan is null and exists (select 1 from werkvoorraad_groep g "
                    + "where g.task_id = t.task_id and g.groep in (:groepen))";
            parameters.addValue("groepen", groepen);
        }
        return jdbc.queryForObject("""
                select coalesce(sum(case when t.toegewezen_aan = :gebruiker then 1 else 0 end), 0) as mijn,
                       coalesce(sum(case when t.toegewezen_aan is null then 1 else 0 end), 0) as ongeclaimd,
                       coalesce(sum(case when t.vervaldatum < :nu then 1 else 0 end), 0) as te_laat
                from werkvoorraad_taak t where t.toegewezen_aan = :gebruiker or (%s)""".formatted(vanTeam), parameters,
                (rij, n) -> new Tellingen(rij.getLong("mijn"), rij.getLong("ongeclaimd"), rij.getLong("te_laat")));
    }

    /** Whole calendar days past the due date in the Netherlands, 0 when not overdue. */
    public static int dagenTeLaat(Instant vervaldatum, Instant nu) {
        if (!vervaldatum.isBefore(nu)) {
            return 0;
        }
        return (int) Math.max(0, ChronoUnit.DAYS.between(vervaldatum.atZone(Termijnen.ZONE).toLocalDate(),
                nu.atZone(Termijnen.ZONE).toLocalDate()));
    }
}
