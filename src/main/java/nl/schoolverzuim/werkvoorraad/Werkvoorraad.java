package nl.schoolverzuim.werkvoorraad;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

import nl.schoolverzuim.domein.Termijnen;
import nl.schoolverzuim.dossier.DossierZoeken;

/** Reads the werkvoorraad read model: one indexed query per page, no engine round trips. */
@Service
public class Werkvoorraad {

    /**
     * Which open tasks: {@code groepen} null for every team (beheerder); {@code zoeken} null for no search, else the
     * tasks whose Jongere's name matches its pattern or whose Dossier is one of its Dossiers.
     */
    public record Filter(Collection<String> groepen, String toegewezenAan, boolean alleenTeLaat, String verzuimsoort,
                         boolean alleenOngeclaimd, DossierZoeken.Zoekvraag zoeken, Sortering sortering, boolean aflopend) {

        public Filter(Collection<String> groepen, String toegewezenAan, boolean alleenTeLaat, String verzuimsoort) {
            this(groepen, toegewezenAan, alleenTeLaat, verzuimsoort, false, null, Sortering.VERVALDATUM, false);
        }
    }

    /** The columns a page may be sorted on; ties and tasks without a value go by due date. */
    public enum Sortering {
        VERVALDATUM(null), JONGERE("lower(t.jongere_naam)"), LEEFTIJD("t.leeftijd"), SCHOOL("t.school_naam"),
        VERZUIMSOORT("t.verzuimsoort"), STAP("t.naam"), BEHANDELAAR("t.toegewezen_aan");

        /** Null for the due date, whose column depends on the tables read. */
        private final String kolom;

        Sortering(String kolom) {
            this.kolom = kolom;
        }
    }

    public record Taak(String taakId, String naam, String taakKey, String processInstanceId, Long werkprocesId,
                       Long dossierId, String kandidaatGroepen, String toegewezenAan, Instant vervaldatum,
                       Integer dagenTeLaat, String jongere, Integer leeftijd, String gemeente, String school,
                       String verzuimsoort, String procesKey, LocalDate thuiszitterSinds) {
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
     * Open tasks by due date (none last) or another column, {@code grootte} per page. {@code groepen} null means every
     * group (beheerder); otherwise only tasks of those candidate groups. One statement, so no transaction around it
     * (one round trip less).
     */
    public List<Taak> pagina(Filter filter, int pagina, int grootte) {
        return rijen(filter, (long) pagina * grootte, grootte);
    }

    /** {@code aantal} tasks from the {@code vanaf}-th on: a page plus one tells whether there is a next page. */
    public List<Taak> rijen(Filter filter, long vanaf, int aantal) {
        Instant nu = Instant.now(clock);
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("nu", Timestamp.from(nu)).addValue("grootte", aantal).addValue("vanaf", vanaf);
        List<String> voorwaarden = new ArrayList<>();
        String tabellen = "werkvoorraad_taak t";
        String vervaldatumKolom = "t.vervaldatum";
        String taakKolom = "t.task_id";
        if (filter.groepen() != null) {
            if (filter.groepen().isEmpty()) {
                return List.of();
            }
            if (filter.groepen().size() == 1 && filter.toegewezenAan() == null) {
                // One team, the common case: its (groep, vervaldatum, task_id) index is read in order and the
                // query stops after one page, however large the gemeente. Not for one officer's own tasks: their
                // (toegewezen_aan, vervaldatum) index finds fewer rows.
                tabellen = "werkvoorraad_groep g join werkvoorraad_taak t on t.task_id = g.task_id";
                vervaldatumKolom = "g.vervaldatum";
                taakKolom = "g.task_id";
                voorwaarden.add("g.groep = :groep");
                parameters.addValue("groep", filter.groepen().iterator().next());
            } else {
                voorwaarden.add(vanGroepen(filter.groepen(), parameters));
            }
        }
        if (filter.toegewezenAan() != null) {
            voorwaarden.add("t.toegewezen_aan = :toegewezenAan");
            parameters.addValue("toegewezenAan", filter.toegewezenAan());
        }
        if (filter.alleenOngeclaimd()) {
            voorwaarden.add("t.toegewezen_aan is null");
        }
        if (filter.alleenTeLaat()) {
            voorwaarden.add(vervaldatumKolom + " < :nu");
        }
        if (filter.verzuimsoort() != null) {
            voorwaarden.add("t.verzuimsoort = :verzuimsoort");
            parameters.addValue("verzuimsoort", filter.verzuimsoort());
        }
        if (filter.zoeken() != null) {
            if (filter.zoeken().leeg()) {
                return List.of();
            }
            voorwaarden.add(zoeken(filter.zoeken(), parameters));
        }
        String waar = voorwaarden.isEmpty() ? "" : "where " + String.join(" and ", voorwaarden);
        String richting = filter.aflopend() ? " desc" : "";
        String vervaldatum = vervaldatumKolom + richting + " nulls last";
        String volgorde = filter.sortering() == Sortering.VERVALDATUM
                ? vervaldatum + ", " + taakKolom + richting
                : filter.sortering().kolom + richting + " nulls last, " + vervaldatumKolom + " nulls last, " + taakKolom;
        return jdbc.query("select t.* from %s %s order by %s limit :grootte offset :vanaf"
                .formatted(tabellen, waar, volgorde), parameters, (rij, nummer) -> taak(rij, nu));
    }

    /**
     * The open tasks with these ids within {@code groepen} (null: every team), to name the tasks of a bulk claim;
     * a task outside the user's teams is not named.
     */
    public Map<String, Taak> taken(Collection<String> taakIds, Collection<String> groepen) {
        if (taakIds.isEmpty() || (groepen != null && groepen.isEmpty())) {
            return Map.of();
        }
        Instant nu = Instant.now(clock);
        MapSqlParameterSource parameters = new MapSqlParameterSource("ids", taakIds);
        String sql = "select t.* from werkvoorraad_taak t where t.task_id in (:ids)";
        if (groepen != null) {
            sql += " and " + vanGroepen(groepen, parameters);
        }
        Map<String, Taak> taken = new HashMap<>();
        jdbc.query(sql, parameters, (rij, nummer) -> taak(rij, nu)).forEach(taak -> taken.put(taak.taakId(), taak));
        return taken;
    }

    /** What the user may see: a task of {@code t} that is open to one of {@code groepen}. */
    private static String vanGroepen(Collection<String> groepen, MapSqlParameterSource parameters) {
        parameters.addValue("groepen", groepen);
        return "exists (select 1 from werkvoorraad_groep g where g.task_id = t.task_id and g.groep in (:groepen))";
    }

    /** Name or Dossier: a PostgreSQL bitmap of the name's trigram index and the Dossier index together. */
    private static String zoeken(DossierZoeken.Zoekvraag zoeken, MapSqlParameterSource parameters) {
        List<String> of = new ArrayList<>();
        if (zoeken.naamPatroon() != null) {
            of.add("lower(t.jongere_naam) like :naam");
            parameters.addValue("naam", zoeken.naamPatroon());
        }
        if (!zoeken.dossierIds().isEmpty()) {
            of.add("t.dossier_id in (:dossiers)");
            parameters.addValue("dossiers", zoeken.dossierIds());
        }
        return "(" + String.join(" or ", of) + ")";
    }

    private static Taak taak(ResultSet rij, Instant nu) throws SQLException {
        Timestamp vervaldatum = rij.getTimestamp("vervaldatum");
        java.sql.Date thuiszitter = rij.getDate("thuiszitter_sinds");
        return new Taak(rij.getString("task_id"), rij.getString("naam"), rij.getString("taak_key"),
                rij.getString("process_instance_id"), rij.getObject("werkproces_id", Long.class),
                rij.getObject("dossier_id", Long.class), rij.getString("kandidaat_groepen"),
                rij.getString("toegewezen_aan"), vervaldatum == null ? null : vervaldatum.toInstant(),
                vervaldatum == null ? null : dagenTeLaat(vervaldatum.toInstant(), nu),
                rij.getString("jongere_naam"), rij.getObject("leeftijd", Integer.class), rij.getString("gemeente"),
                rij.getString("school_naam"), rij.getString("verzuimsoort"), rij.getString("proces_key"),
                thuiszitter == null ? null : thuiszitter.toLocalDate());
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
            vanTeam = "t.toegewezen_aan is null and " + vanGroepen(groepen, parameters);
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
