package nl.schoolverzuim.dossier;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

import nl.schoolverzuim.organisatie.Gemeente;
import nl.schoolverzuim.organisatie.GemeenteRepository;
import nl.schoolverzuim.organisatie.Teams;
import nl.schoolverzuim.toegang.Toegang;

/**
 * Finding a Jongere the way an officer asks for one: by a part of the name, by BSN or by meldingnummer (both exact).
 * Shared by the werkvoorraad page and the Dossier list, so both understand a search the same way. A BSN is only a
 * query parameter here: never logged, never shown in full (MAS §10).
 */
@Service
public class DossierZoeken {

    /** Longer than any name, BSN or meldingnummer. */
    public static final int MAXIMALE_LENGTE = 100;

    /**
     * What a search asks for: the lower-cased part of the name as a LIKE pattern (null when the search has no
     * letters, such as a BSN), and the Dossiers whose Jongere has that BSN or a melding with that meldingnummer.
     * Which of them the user may see is for the caller to limit.
     */
    public record Zoekvraag(String naamPatroon, List<Long> dossierIds) {

        public boolean leeg() {
            return naamPatroon == null && dossierIds.isEmpty();
        }
    }

    /** A row of the Dossier list; the BSN masked as lists may show it. */
    public record DossierRij(long id, String jongere, java.time.LocalDate geboortedatum, String bsn, String gemeente,
                             int openWerkprocessen) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final GemeenteRepository gemeenten;

    DossierZoeken(NamedParameterJdbcTemplate jdbc, GemeenteRepository gemeenten) {
        this.jdbc = jdbc;
        this.gemeenten = gemeenten;
    }

    /** {@code zoek}: trimmed, not empty, at most {@link #MAXIMALE_LENGTE} characters. One query, on unique indexes. */
    public Zoekvraag vraag(String zoek) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("zoek", zoek);
        String sql = "select dossier_id from melding where meldingnummer = :zoek";
        if (zoek.matches("\\d{9}")) {
            sql += " union select d.id from dossier d join jongere j on j.id = d.jongere_id where j.bsn = :zoek";
        }
        List<Long> dossiers = jdbc.queryForList(sql, parameters, Long.class);
        String naam = zoek.chars().anyMatch(Character::isLetter) ? "%" + letterlijk(zoek.toLowerCase(Locale.ROOT)) + "%"
                : null;
        return new Zoekvraag(naam, dossiers);
    }

    /**
     * The Dossiers {@code gebruiker} may read ({@link DossierToegang}), by the Jongere's name, {@code grootte + 1}
     * rows from {@code vanaf} so the caller knows whether there is a next page; {@code zoekvraag} null for all.
     * The Doorstroompunt sees the Dossiers with a werkproces of its own here; one it reads because a hand-off at 18 is
     * being prepared stays reachable through that task, as the rule's engine history is not in these tables.
     */
    public List<DossierRij> lijst(Authentication gebruiker, Zoekvraag zoekvraag, int vanaf, int grootte) {
        Set<String> groepen = Toegang.teamsVan(gebruiker);
        MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("vanaf", vanaf)
                .addValue("aantal", grootte + 1);
        List<String> voorwaarden = new ArrayList<>();
        if (groepen != null) {
            List<Long> leerplicht = new ArrayList<>();
            List<Long> doorstroompunt = new ArrayList<>();
            for (Gemeente gemeente : gemeenten.findAllMetRegio()) {
                if (groepen.contains(Teams.leerplicht(gemeente))) {
                    leerplicht.add(gemeente.getId());
                } else if (groepen.contains(Teams.doorstroompunt(gemeente.getRegio()))) {
                    doorstroompunt.add(gemeente.getId());
                }
            }
            List<String> toegang = new ArrayList<>();
            if (!leerplicht.isEmpty()) {
                toegang.add(vanGemeenten("leerplicht"));
                parameters.addValue("leerplicht", leerplicht);
            }
            if (!doorstroompunt.isEmpty()) {
                toegang.add("(" + vanGemeenten("doorstroompunt") + " and exists (select 1 from werkproces w "
                        + "where w.dossier_id = d.id and w.team = 'DOORSTROOMPUNT'))");
                parameters.addValue("doorstroompunt", doorstroompunt);
            }
            if (toegang.isEmpty()) {
                return List.of();
            }
            voorwaarden.add("(" + String.join(" or ", toegang) + ")");
        }
        if (zoekvraag != null) {
            if (zoekvraag.leeg()) {
                return List.of();
            }
            voorwaarden.add("(" + zoeken(zoekvraag, parameters) + ")");
        }
        String waar = voorwaarden.isEmpty() ? "" : "where " + String.join(" and ", voorwaarden);
        return jdbc.query("""
                        select d.id, j.voornaam, j.achternaam, j.geboortedatum, j.bsn, g.naam gemeente,
                            (select count(*) from werkproces w where w.dossier_id = d.id and w.afgesloten_op is null) open
                        from dossier d join jongere j on j.id = d.jongere_id join gemeente g on g.id = d.gemeente_id
                        %s order by lower(j.achternaam), lower(j.voornaam), d.id limit :aantal offset :vanaf"""
                        .formatted(waar), parameters,
                (rij, nummer) -> {
                    Date geboren = rij.getDate("geboortedatum");
                    return new DossierRij(rij.getLong("id"), rij.getString("voornaam") + " " + rij.getString("achternaam"),
                            geboren == null ? null : geboren.toLocalDate(), Bsn.gemaskeerd(rij.getString("bsn")),
                            rij.getString("gemeente"), rij.getInt("open"));
                });
    }

    /** The Dossier's own gemeente, or after a confirmed move the Jongere's new woongemeente ({@link Dossier#gemeentenMetInzage}). */
    private static String vanGemeenten(String parameter) {
        return "(d.gemeente_id in (:%1$s) or (d.overgedragen_op is not null and j.woongemeente_id in (:%1$s)))"
                .formatted(parameter);
    }

    private static String zoeken(Zoekvraag zoekvraag, MapSqlParameterSource parameters) {
        List<String> of = new ArrayList<>();
        if (zoekvraag.naamPatroon() != null) {
            of.add("lower(j.voornaam || ' ' || j.achternaam) like :naam");
            parameters.addValue("naam", zoekvraag.naamPatroon());
        }
        if (!zoekvraag.dossierIds().isEmpty()) {
            of.add("d.id in (:dossiers)");
            parameters.addValue("dossiers", zoekvraag.dossierIds());
        }
        return String.join(" or ", of);
    }

    /** The typed text matched as itself: {@code %} and {@code _} are no wildcards (backslash is LIKE's escape). */
    static String letterlijk(String tekst) {
        return tekst.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
