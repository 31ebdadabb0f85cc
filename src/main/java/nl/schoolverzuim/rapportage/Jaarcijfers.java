package nl.schoolverzuim.rapportage;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import nl.schoolverzuim.domein.Schooljaar;
import nl.schoolverzuim.domein.Termijnen;
import nl.schoolverzuim.domein.Verzuimsoort;
import nl.schoolverzuim.organisatie.Teams;

/**
 * The counting queries of the jaarverslag (MAS §9, {@code docs/jaarverslag.md}): each groups in the database over
 * the project's own records, one query per table and not one per row, in SQL that H2 and PostgreSQL both run. The
 * gemeente of a melding, werkproces, interventie, proces-verbaal or thuiszitter is its Dossier's; of a VsvTraject its
 * own. Moments (timestamps) are compared with the start of a day in Europe/Amsterdam, so a date is the Dutch date.
 */
@Component
class Jaarcijfers {

    /** The leerplicht soorten of table 1; VSV of a Jongere under 18 joins them as ABSOLUUT. */
    static final Set<Verzuimsoort> LEERPLICHTSOORTEN = EnumSet.of(Verzuimsoort.ABSOLUUT, Verzuimsoort.WETTELIJK,
            Verzuimsoort.LANGDURIG_RELATIEF, Verzuimsoort.LUXE, Verzuimsoort.OVERIG, Verzuimsoort.INFORMATIE_ADVIES);
    /** MAS §3: triage found the absence geoorloofd, so it was no verzuim (dossier.WerkprocesResultaat.GEOORLOOFD). */
    static final String GEOORLOOFD = "GEOORLOOFD";
    /** The reason of afsluiten (codelijst-afsluitreden) that says the absolute verzuimer was enrolled again. */
    static final String WEER_INGESCHREVEN = "WEER_INGESCHREVEN";
    static final String GEEN_CONTROLE = "GEEN_CONTROLE";

    private static final String ZONE = Termijnen.ZONE.getId();

    /**
     * The meldingen tables 1 and 2 count: of a leerplicht werkproces not closed as geoorloofd, of a leerplicht soort
     * (after triage, on the werkproces) or VSV of a Jongere under 18 on the meldingsdatum.
     */
    private static final String LEERPLICHTMELDINGEN = """
            from melding m
            join werkproces w on w.id = m.werkproces_id
            join dossier d on d.id = m.dossier_id
            join jongere j on j.id = d.jongere_id
            left join school s on s.id = m.school_id
            where d.gemeente_id in (:gemeenten)
              and w.team = :leerplicht
              and (w.resultaat is null or w.resultaat <> :geoorloofd)
              and (w.verzuimsoort in (:soorten)
                   or (w.verzuimsoort = :vsv and j.geboortedatum + interval '18' year > m.meldingsdatum))
            """;

    record MeldingTelling(String onderwijssoort, String verzuimsoort, int aantal, int langerDan4Weken,
                          int langerDan3Maanden, int weerIngeschreven, int herhaald) {
    }

    record Telling(String sleutel, String code, int aantal) {
    }

    record JaarTelling(int beginjaar, String code, int aantal) {
    }

    record HandhavingTelling(long gemeente, int beginjaar, String soort, int aantal) {
    }

    record VsvTelling(long gemeente, boolean nieuw, String status, int aantal) {
    }

    record ThuiszitterTelling(long gemeente, int thuiszitters, int nogThuiszitter) {
    }

    record Verzuim18(int meldingen, int actieGewenst, int jongeren, int recidive, int eenMelding) {
    }

    record Verzuim18Jaar(int beginjaar, int meldingen, int actieGewenst) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    Jaarcijfers(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Table 1: per school's onderwijssoort (null: no school) and verzuimsoort, with the sub-counts. */
    List<MeldingTelling> meldingen(Collection<Long> gemeenten, Schooljaar jaar, LocalDate peildatum) {
        // The end of an absolute verzuim: the day its werkproces closed, or the peildatum while it was still open.
        String einde = "case when w.afgesloten_op < :peilMoment then cast(w.afgesloten_op at time zone '" + ZONE
                + "' as date) else :peildatum end";
        String begin = "coalesce(m.uitschrijfdatum, m.meldingsdatum)";
        return jdbc.query("select s.onderwijssoort, w.verzuimsoort, count(*), "
                        + "sum(case when w.verzuimsoort in (:absoluut, :vsv) and " + einde + " > " + begin
                        + " + interval '28' day then 1 else 0 end), "
                        + "sum(case when w.verzuimsoort in (:absoluut, :vsv) and " + einde + " > " + begin
                        + " + interval '3' month then 1 else 0 end), "
                        + "sum(case when w.verzuimsoort in (:absoluut, :vsv) and w.afgesloten_op < :peilMoment "
                        + "and w.resultaat_detail = :weerIngeschreven then 1 else 0 end), "
                        + "sum(case when w.verzuimsoort = :wettelijk and m.herhaald then 1 else 0 end) "
                        + LEERPLICHTMELDINGEN
                        + " and m.meldingsdatum between :begin and :einde group by s.onderwijssoort, w.verzuimsoort",
                jaar(leerplicht(gemeenten), jaar).addValue("peildatum", Date.valueOf(peildatum))
                        .addValue("peilMoment", moment(peildatum.plusDays(1)))
                        .addValue("absoluut", Verzuimsoort.ABSOLUUT.name())
                        .addValue("wettelijk", Verzuimsoort.WETTELIJK.name())
                        .addValue("weerIngeschreven", WEER_INGESCHREVEN),
                (rs, i) -> new MeldingTelling(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6), rs.getInt(7)));
    }

    /** Table 2: the meldingen of table 1 (informatie en advies left out) whose werkproces ended in the year, by result. */
    List<Telling> resultaten(Collection<Long> gemeenten, Schooljaar jaar) {
        MapSqlParameterSource parameters = jaar(leerplicht(gemeenten), jaar)
                .addValue("informatieAdvies", Verzuimsoort.INFORMATIE_ADVIES.name());
        return jdbc.query("select s.onderwijssoort, w.resultaat, count(*) " + LEERPLICHTMELDINGEN
                        + " and w.verzuimsoort <> :informatieAdvies"
                        + " and w.afgesloten_op >= :beginMoment and w.afgesloten_op < :eindeMoment"
                        + " group by s.onderwijssoort, w.resultaat", parameters,
                (rs, i) -> new Telling(rs.getString(1), rs.getString(2), rs.getInt(3)));
    }

    /** The trend of table 1: per school year of the meldingsdatum and verzuimsoort. */
    List<JaarTelling> meldingenPerJaar(Collection<Long> gemeenten, Schooljaar van, Schooljaar tot) {
        return jdbc.query("select x.jaar, x.verzuimsoort, count(*) from (select " + schooljaar("m.meldingsdatum")
                        + " as jaar, w.verzuimsoort " + LEERPLICHTMELDINGEN
                        + " and m.meldingsdatum between :begin and :einde) x group by x.jaar, x.verzuimsoort",
                periode(leerplicht(gemeenten), van, tot),
                (rs, i) -> new JaarTelling(rs.getInt(1), rs.getString(2), rs.getInt(3)));
    }

    /**
     * Table 4 and its trend: Halt-verwijzingen by the day they began (soort HALT) and processen-verbaal by the day
     * they were drawn up (soort: the werkproces's verzuimsoort), per gemeente and school year.
     */
    List<HandhavingTelling> handhaving(Collection<Long> gemeenten, Schooljaar van, Schooljaar tot) {
        String dag = "cast(%s at time zone '" + ZONE + "' as date)";
        return jdbc.query("select x.gemeente_id, x.jaar, x.soort, count(*) from ("
                        + "select d.gemeente_id, " + schooljaar(dag.formatted("i.gestart_op")) + " as jaar, "
                        + "'HALT' as soort from interventie i join werkproces w on w.id = i.werkproces_id "
                        + "join dossier d on d.id = w.dossier_id where d.gemeente_id in (:gemeenten) "
                        + "and i.soort = 'HALT' and i.gestart_op >= :beginMoment and i.gestart_op < :eindeMoment "
                        + "union all select d.gemeente_id, " + schooljaar(dag.formatted("p.opgemaakt_op"))
                        + " as jaar, w.verzuimsoort as soort from proces_verbaal p "
                        + "join werkproces w on w.id = p.werkproces_id join dossier d on d.id = w.dossier_id "
                        + "where d.gemeente_id in (:gemeenten) "
                        + "and p.opgemaakt_op >= :beginMoment and p.opgemaakt_op < :eindeMoment"
                        + ") x group by x.gemeente_id, x.jaar, x.soort",
                periode(new MapSqlParameterSource("gemeenten", gemeenten), van, tot),
                (rs, i) -> new HandhavingTelling(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getInt(4)));
    }

    /** Table 5: VERZUIM_18PLUS meldingen of the year, of which actie gewenst, and their Jongeren by count. */
    Verzuim18 verzuim18Plus(Collection<Long> gemeenten, Schooljaar jaar) {
        return jdbc.queryForObject("""
                        select count(*), coalesce(sum(x.meldingen), 0), coalesce(sum(x.actie), 0),
                               coalesce(sum(case when x.meldingen >= 2 then 1 else 0 end), 0),
                               coalesce(sum(case when x.meldingen = 1 then 1 else 0 end), 0)
                        from (select d.jongere_id, count(*) as meldingen,
                                     sum(case when m.actie_gewenst then 1 else 0 end) as actie
                              from melding m join dossier d on d.id = m.dossier_id
                              where d.gemeente_id in (:gemeenten) and m.verzuimsoort = :verzuim18
                                and m.meldingsdatum between :begin and :einde
                              group by d.jongere_id) x""",
                jaar(verzuim18(gemeenten), jaar),
                (rs, i) -> new Verzuim18(rs.getInt(2), rs.getInt(3), rs.getInt(1), rs.getInt(4), rs.getInt(5)));
    }

    /** The trend of table 5: meldingen and of them actie gewenst per school year. */
    List<Verzuim18Jaar> verzuim18PlusPerJaar(Collection<Long> gemeenten, Schooljaar van, Schooljaar tot) {
        return jdbc.query("select x.jaar, count(*), sum(x.actie) from (select " + schooljaar("m.meldingsdatum")
                        + " as jaar, case when m.actie_gewenst then 1 else 0 end as actie "
                        + "from melding m join dossier d on d.id = m.dossier_id "
                        + "where d.gemeente_id in (:gemeenten) and m.verzuimsoort = :verzuim18 "
                        + "and m.meldingsdatum between :begin and :einde) x group by x.jaar",
                periode(verzuim18(gemeenten), van, tot),
                (rs, i) -> new Verzuim18Jaar(rs.getInt(1), rs.getInt(2), rs.getInt(3)));
    }

    /**
     * Table 6: VsvTrajecten fallen out in the year (nieuw) or the four before it (oud), per gemeente and status on
     * the peildatum: afgerond when afgerond by then, else monitored when it went into monitoring by then.
     */
    List<VsvTelling> vsvStatus(Collection<Long> gemeenten, Schooljaar jaar, LocalDate peildatum) {
        return jdbc.query("select x.gemeente_id, x.nieuw, x.status, count(*) from (select t.gemeente_id, "
                        + "case when t.uitvaldatum >= :begin then 1 else 0 end as nieuw, " + STATUS
                        + " as status " + VSV_TRAJECTEN + ") x group by x.gemeente_id, x.nieuw, x.status",
                vsv(gemeenten, jaar, peildatum),
                (rs, i) -> new VsvTelling(rs.getLong(1), rs.getInt(2) == 1, rs.getString(3), rs.getInt(4)));
    }

    /**
     * Table 7 ([000] Tabel 5): the trajecten monitored on the peildatum by their latest monitoring check dated on
     * or before it, GEEN_CONTROLE without one; code "nieuw" or "oud" as the key.
     */
    List<Telling> monitoringResultaten(Collection<Long> gemeenten, Schooljaar jaar, LocalDate peildatum) {
        return jdbc.query("select x.nieuw, x.resultaat, count(*) from (select "
                        + "case when t.uitvaldatum >= :begin then 'nieuw' else 'oud' end as nieuw, "
                        + "(select c.resultaat from monitoring_controle c where c.vsv_traject_id = t.id "
                        + "and c.datum <= :peildatum order by c.datum desc, c.id desc fetch first 1 rows only) "
                        + "as resultaat " + VSV_TRAJECTEN + " and " + STATUS + " = 'MONITORING'"
                        + ") x group by x.nieuw, x.resultaat", vsv(gemeenten, jaar, peildatum),
                (rs, i) -> new Telling(rs.getString(1), rs.getString(2) == null ? GEEN_CONTROLE : rs.getString(2),
                        rs.getInt(3)));
    }

    /**
     * Table 8 ([000] Tabel 6): by afrond reden, new trajecten afgerond on the peildatum ("nieuw") and old trajecten
     * afgerond in the year ("oud").
     */
    List<Telling> afgerondRedenen(Collection<Long> gemeenten, Schooljaar jaar, LocalDate peildatum) {
        return jdbc.query("select x.nieuw, x.afrond_reden, count(*) from (select "
                        + "case when t.uitvaldatum >= :begin then 'nieuw' else 'oud' end as nieuw, t.afrond_reden "
                        + VSV_TRAJECTEN + " and ((t.uitvaldatum >= :begin and t.afgerond_op < :peilMoment) "
                        + "or (t.uitvaldatum < :begin and t.afgerond_op >= :beginMoment "
                        + "and t.afgerond_op < :eindeMoment))) x group by x.nieuw, x.afrond_reden",
                vsv(gemeenten, jaar, peildatum),
                (rs, i) -> new Telling(rs.getString(1), rs.getString(2), rs.getInt(3)));
    }

    /** The trend of table 6: new vsv'ers (VsvTrajecten by the school year of their uitvaldatum). */
    List<JaarTelling> vsvNieuwPerJaar(Collection<Long> gemeenten, Schooljaar van, Schooljaar tot) {
        return jdbc.query("select x.jaar, count(*) from (select " + schooljaar("t.uitvaldatum") + " as jaar "
                        + "from vsv_traject t where t.gemeente_id in (:gemeenten) "
                        + "and t.uitvaldatum between :begin and :einde) x group by x.jaar",
                periode(new MapSqlParameterSource("gemeenten", gemeenten), van, tot),
                (rs, i) -> new JaarTelling(rs.getInt(1), null, rs.getInt(2)));
    }

    /**
     * Table 9: per gemeente the distinct Jongeren with a thuiszitter period overlapping the year, and of them those
     * whose period had not ended on the peildatum.
     */
    List<ThuiszitterTelling> thuiszitters(Collection<Long> gemeenten, Schooljaar jaar, LocalDate peildatum) {
        return jdbc.query("""
                        select d.gemeente_id, count(distinct d.jongere_id),
                               count(distinct case when t.beeindigd_op is null or t.beeindigd_op > :peildatum
                                                   then d.jongere_id end)
                        from thuiszitter t join dossier d on d.id = t.dossier_id
                        where d.gemeente_id in (:gemeenten) and t.sinds <= :einde
                          and (t.beeindigd_op is null or t.beeindigd_op >= :begin)
                        group by d.gemeente_id""",
                jaar(new MapSqlParameterSource("gemeenten", gemeenten), jaar)
                        .addValue("peildatum", Date.valueOf(peildatum)),
                (rs, i) -> new ThuiszitterTelling(rs.getLong(1), rs.getInt(2), rs.getInt(3)));
    }

    /**
     * The trend of table 9: per school year {@code van} up to and including {@code tot}, the distinct Jongeren of these
     * gemeenten with a thuiszitter period overlapping it.
     */
    List<JaarTelling> thuiszittersPerJaar(Collection<Long> gemeenten, Schooljaar van, Schooljaar tot) {
        StringBuilder jaren = new StringBuilder();
        for (Schooljaar j = van; !j.begin().isAfter(tot.begin()); j = Schooljaar.van(j.einde().plusDays(1))) {
            jaren.append(jaren.isEmpty() ? "" : ", ").append("(%d, date '%s', date '%s')"
                    .formatted(j.begin().getYear(), j.begin(), j.einde()));
        }
        return jdbc.query("select y.beginjaar, count(distinct d.jongere_id) from (values " + jaren
                        + ") as y(beginjaar, begindatum, einddatum) join thuiszitter t on t.sinds <= y.einddatum "
                        + "and (t.beeindigd_op is null or t.beeindigd_op >= y.begindatum) "
                        + "join dossier d on d.id = t.dossier_id where d.gemeente_id in (:gemeenten) group by y.beginjaar",
                new MapSqlParameterSource("gemeenten", gemeenten),
                (rs, i) -> new JaarTelling(rs.getInt(1), null, rs.getInt(2)));
    }

    /** The earliest meldingsdatum, uitvaldatum or ingangsdatum of these gemeenten: where the trend begins. */
    LocalDate oudsteDatum(Collection<Long> gemeenten) {
        Date oudste = jdbc.queryForObject("""
                        select min(x.datum) from (
                            select min(m.meldingsdatum) as datum from melding m join dossier d on d.id = m.dossier_id
                            where d.gemeente_id in (:gemeenten)
                            union all select min(t.uitvaldatum) from vsv_traject t where t.gemeente_id in (:gemeenten)
                            union all select min(v.ingangsdatum) from vrijstelling v
                            join dossier d on d.id = v.dossier_id where d.gemeente_id in (:gemeenten)) x""",
                new MapSqlParameterSource("gemeenten", gemeenten), Date.class);
        return oudste == null ? null : oudste.toLocalDate();
    }

    /** The status of a VsvTraject on the peildatum (MAS §8, §9). */
    private static final String STATUS = "case when t.afgerond_op < :peilMoment then 'AFGEROND' "
            + "when t.monitoring_sinds <= :peildatum then 'MONITORING' else 'IN_BEHANDELING' end";

    /** New (fallen out in the year, by the peildatum) and old (in the four school years before) trajecten. */
    private static final String VSV_TRAJECTEN = "from vsv_traject t where t.gemeente_id in (:gemeenten) "
            + "and t.uitvaldatum >= :oudBegin and t.uitvaldatum <= :peildatum";

    private static MapSqlParameterSource vsv(Collection<Long> gemeenten, Schooljaar jaar, LocalDate peildatum) {
        return jaar(new MapSqlParameterSource("gemeenten", gemeenten), jaar)
                .addValue("oudBegin", Date.valueOf(jaar.begin().minusYears(4)))
                .addValue("peildatum", Date.valueOf(peildatum))
                .addValue("peilMoment", moment(peildatum.plusDays(1)));
    }

    private static MapSqlParameterSource leerplicht(Collection<Long> gemeenten) {
        return new MapSqlParameterSource("gemeenten", gemeenten).addValue("leerplicht", Teams.Team.LEERPLICHT.name())
                .addValue("geoorloofd", GEOORLOOFD).addValue("vsv", Verzuimsoort.VSV.name())
                .addValue("soorten", LEERPLICHTSOORTEN.stream().map(Enum::name).toList());
    }

    private static MapSqlParameterSource verzuim18(Collection<Long> gemeenten) {
        return new MapSqlParameterSource("gemeenten", gemeenten)
                .addValue("verzuim18", Verzuimsoort.VERZUIM_18PLUS.name());
    }

    private static MapSqlParameterSource jaar(MapSqlParameterSource parameters, Schooljaar jaar) {
        return periode(parameters, jaar, jaar);
    }

    /** The school years {@code van} up to and including {@code tot}, as dates and as moments. */
    private static MapSqlParameterSource periode(MapSqlParameterSource parameters, Schooljaar van, Schooljaar tot) {
        return parameters.addValue("begin", Date.valueOf(van.begin())).addValue("einde", Date.valueOf(tot.einde()))
                .addValue("beginMoment", moment(van.begin())).addValue("eindeMoment", moment(tot.einde().plusDays(1)));
    }

    /** The calendar year the school year of this date expression begins in. */
    private static String schooljaar(String datum) {
        return "case when extract(month from " + datum + ") >= 8 then extract(year from " + datum + ") "
                + "else extract(year from " + datum + ") - 1 end";
    }

    private static Timestamp moment(LocalDate dag) {
        Instant begin = dag.atStartOfDay(Termijnen.ZONE).toInstant();
        return Timestamp.from(begin);
    }
}
