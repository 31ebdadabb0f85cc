package nl.schoolverzuim.toezicht;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.schoolverzuim.domein.Termijnen;
import nl.schoolverzuim.domein.Variabelen;
import nl.schoolverzuim.engine.Procesbean;
import nl.schoolverzuim.organisatie.Teams;
import nl.schoolverzuim.web.Soortlabels;
import nl.schoolverzuim.werkvoorraad.Werkvoorraad;

/**
 * What {@code processes/achterstanden-signaleren.bpmn} calls every quarter of an hour ({@code ${achterstanden.…}}):
 * the escalation of overdue steps to the teamleider (MAS §5) and the weekly figures of the trend.
 */
@Procesbean
@Component("achterstanden")
@Transactional
public class Achterstanden {

    /** The escalation delay in decision mas-termijn (default 5 werkdagen, per regio overridable). */
    static final String STAP = "ESCALATIE";
    static final String BEOORDELEN = "achterstand-beoordelen";

    private static final Logger LOG = LoggerFactory.getLogger(Achterstanden.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final Termijnen termijnen;
    private final ProcessEngine engine;
    private final RuntimeService runtime;
    private final Toezicht toezicht;
    private final Clock clock;
    private final Soortlabels soorten;
    private final int perRonde;

    Achterstanden(NamedParameterJdbcTemplate jdbc, Termijnen termijnen, ProcessEngine engine, RuntimeService runtime,
                  Toezicht toezicht, Clock clock, Soortlabels soorten,
                  @Value("${schoolverzuim.toezicht.escalaties-per-ronde}") int perRonde) {
        this.soorten = soorten;
        this.jdbc = jdbc;
        this.termijnen = termijnen;
        this.engine = engine;
        this.runtime = runtime;
        this.toezicht = toezicht;
        this.clock = clock;
        this.perRonde = perRonde;
    }

    /**
     * Starts "Achterstand beoordelen" for every open task whose due date is past by its regio's escalation delay,
     * longest overdue first, at most {@code perRonde} per run (the rest follows in the next run). The row is marked in
     * the same transaction, so each due date escalates exactly once; the officer's task itself is not touched. Tasks
     * that are already a teamleider's do not escalate to the teamleider again. Returns how many escalated.
     */
    public int escaleer() {
        Instant nu = Instant.now(clock);
        List<String> regios = new ArrayList<>(jdbc.getJdbcTemplate().queryForList("select code from regio order by code", String.class));
        regios.add(null); // tasks of a gemeente we do not know: the default delay
        int geescaleerd = 0;
        for (String regio : regios) {
            if (geescaleerd >= perRonde) {
                break;
            }
            for (Achterstand taak : teEscaleren(regio, nu, perRonde - geescaleerd)) {
                int gemarkeerd = jdbc.update("update werkvoorraad_taak set geescaleerd_op = :nu "
                                + "where task_id = :taak and geescaleerd_op is null",
                        new MapSqlParameterSource("nu", Timestamp.from(nu)).addValue("taak", taak.taakId()));
                // A concurrent run marked it first, or the task was just completed: nothing to do.
                if (gemarkeerd == 1) {
                    start(taak, regio, nu);
                    geescaleerd++;
                }
            }
        }
        if (geescaleerd > 0) {
            LOG.info("Achterstanden: {} taken ter beoordeling aan de teamleider gegeven", geescaleerd);
        }
        return geescaleerd;
    }

    /** Records this week's open and overdue tasks per gemeente; the last run of a week is what the trend shows. */
    public void legWeekstandVast() {
        Instant nu = Instant.now(clock);
        LocalDate week = Toezicht.maandag(nu.atZone(Termijnen.ZONE).toLocalDate());
        List<Toezicht.Telling> stand = toezicht.overzicht(Toezicht.Indeling.GEMEENTE, Toezicht.Filter.ALLES);
        jdbc.update("delete from toezicht_weekstand where week_begin = :week",
                new MapSqlParameterSource("week", java.sql.Date.valueOf(week)));
        jdbc.batchUpdate("""
                        insert into toezicht_weekstand (week_begin, gemeente, aantal_open, aantal_te_laat, gemeten_op)
                        values (:week, :gemeente, :open, :teLaat, :nu)""",
                stand.stream().map(t -> new MapSqlParameterSource("week", java.sql.Date.valueOf(week))
                        .addValue("gemeente", t.sleutel() == null ? "" : t.sleutel())
                        .addValue("open", t.open()).addValue("teLaat", t.teLaat())
                        .addValue("nu", Timestamp.from(nu))).toArray(MapSqlParameterSource[]::new));
    }

    private record Achterstand(String taakId, String naam, String jongere, Integer leeftijd, String gemeente,
                               String school, String verzuimsoort, String procesKey, String behandelaar,
                               Instant vervaldatum,
                               Long dossierId, Long werkprocesId) {
    }

    private List<Achterstand> teEscaleren(String regio, Instant nu, int maximaal) {
        Termijnen.Termijn vertraging = termijnen.termijn(engine, STAP, regio);
        // Due dates up to and including this day are now overdue by the delay.
        LocalDate laatste = termijnen.laatsteBeginVerlopenOp(vertraging, nu);
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("grens", Timestamp.from(laatste.plusDays(1).atStartOfDay(Termijnen.ZONE).toInstant()))
                .addValue("teamleider", Teams.TEAMLEIDER).addValue("teamleiders", Teams.TEAMLEIDER_PREFIX + "%")
                .addValue("maximaal", maximaal);
        String vanRegio;
        if (regio == null) {
            vanRegio = "(t.gemeente is null or t.gemeente not in (select g.naam from gemeente g))";
        } else {
            vanRegio = "t.gemeente in (select g.naam from gemeente g join regio r on r.id = g.regio_id where r.code = :regio)";
            parameters.addValue("regio", regio);
        }
        return jdbc.query("""
                select t.task_id, t.naam, t.jongere_naam, t.leeftijd, t.gemeente, t.school_naam, t.verzuimsoort,
                       t.proces_key, t.toegewezen_aan, t.vervaldatum, t.dossier_id, t.werkproces_id
                from werkvoorraad_taak t
                where t.geescaleerd_op is null and t.vervaldatum < :grens and %s
                  and not exists (select 1 from werkvoorraad_groep g where g.task_id = t.task_id
                                  and (g.groep = :teamleider or g.groep like :teamleiders))
                order by t.vervaldatum, t.task_id
                limit :maximaal""".formatted(vanRegio), parameters,
                (rij, n) -> new Achterstand(rij.getString("task_id"), rij.getString("naam"), rij.getString("jongere_naam"),
                        rij.getObject("leeftijd", Integer.class), rij.getString("gemeente"), rij.getString("school_naam"),
                        rij.getString("verzuimsoort"), rij.getString("proces_key"), rij.getString("toegewezen_aan"),
                        rij.getTimestamp("vervaldatum").toInstant(), rij.getObject("dossier_id", Long.class),
                        rij.getObject("werkproces_id", Long.class)));
    }

    /** achterstand-beoordelen with the context the teamleider needs at a glance and the links to act on it. */
    private void start(Achterstand taak, String regio, Instant nu) {
        Map<String, Object> variabelen = new HashMap<>();
        // The teamleiders of the task's regio, not every teamleider in the country (MAS §10).
        variabelen.put(Variabelen.TEAMLEIDER_GROEP, Teams.teamleider(regio));
        if (regio != null) {
            variabelen.put(Variabelen.REGIO, regio); // the regio's own termijn for the teamleider's due date
        }
        variabelen.put("taakId", taak.taakId());
        variabelen.put("taakNaam", taak.naam());
        variabelen.put("behandelaar", taak.behandelaar() == null ? "niet toegewezen" : taak.behandelaar());
        variabelen.put("vervaldatum", Date.from(taak.vervaldatum()));
        variabelen.put("dagenTeLaat", Werkvoorraad.dagenTeLaat(taak.vervaldatum(), nu));
        variabelen.put(Variabelen.JONGERE_NAAM, taak.jongere());
        variabelen.put(Variabelen.LEEFTIJD, taak.leeftijd());
        variabelen.put(Variabelen.GEMEENTE, taak.gemeente());
        variabelen.put(Variabelen.SCHOOL_NAAM, taak.school());
        variabelen.put(Variabelen.VERZUIMSOORT, taak.verzuimsoort());
        // What the form shows: also for a werkproces without verzuim (vrijstelling, verlof; ADR 0033).
        variabelen.put("soort", soorten.van(taak.verzuimsoort(), taak.procesKey()));
        variabelen.put(Variabelen.DOSSIER_ID, taak.dossierId());
        variabelen.put(Variabelen.WERKPROCES_ID, taak.werkprocesId());
        variabelen.put("tasklistLink", Toezicht.tasklistLink(taak.taakId()));
        variabelen.put("toezichtLink", taak.gemeente() == null ? "/toezicht"
                : "/toezicht?gemeente=" + URLEncoder.encode(taak.gemeente(), StandardCharsets.UTF_8));
        runtime.createProcessInstanceByKey(BEOORDELEN)
                .businessKey(taak.werkprocesId() == null ? null : taak.werkprocesId().toString())
                .setVariables(variabelen)
                .execute();
    }
}
