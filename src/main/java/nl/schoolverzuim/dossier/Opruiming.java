package nl.schoolverzuim.dossier;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import nl.schoolverzuim.domein.NaBewaartermijn;
import nl.schoolverzuim.engine.Procesbean;

/**
 * Removes the werkprocessen whose retention ended (MAS §10, {@code verwijderen_op} set by {@link Bewaartermijn}) with
 * everything of them: what each capability keeps ({@link NaBewaartermijn}: meldingen, route decisions,
 * interventions, proces-verbaal, hand-over, thuiszitter, VsvTraject, supervision records) and the Dossier's documents
 * and notes. A Dossier left without a werkproces goes with its ouders/verzorgers, access log and verhuizingen, unless
 * a verhuizing is still open or a capability still needs it; a Jongere left without a Dossier goes too. Process
 * {@code historie-verwijdertijd} runs it every night, just before history cleanup removes the same werkprocessen'
 * history, which has the same removal time.
 * <p>
 * Each chunk of werkprocessen is removed in its own transaction: a failure keeps what the chunks before removed and
 * the next night starts over from what is left, so a run can be repeated at any time. The log counts per gemeente,
 * never a name or BSN.
 */
@Procesbean
@Service("opruiming")
public class Opruiming {

    private static final Logger LOG = LoggerFactory.getLogger(Opruiming.class);
    static final int STUK = 200;

    private final NamedParameterJdbcTemplate jdbc;
    private final List<NaBewaartermijn> anderen;
    private final TransactionTemplate transactie;
    private final Clock clock;

    Opruiming(NamedParameterJdbcTemplate jdbc, List<NaBewaartermijn> anderen, PlatformTransactionManager transacties,
              Clock clock) {
        this.jdbc = jdbc;
        this.anderen = anderen;
        this.transactie = new TransactionTemplate(transacties);
        this.transactie.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Removes every werkproces whose retention ended before now; the number removed. */
    public int ruimOp() {
        Timestamp nu = Timestamp.from(Instant.now(clock));
        Map<String, Telling> perGemeente = new TreeMap<>();
        int totaal = 0;
        int stuk;
        do {
            stuk = transactie.execute(status -> ruimStukOp(nu, perGemeente));
            totaal += stuk;
        } while (stuk == STUK);
        perGemeente.forEach((gemeente, telling) -> LOG.info("Bewaartermijn verstreken in {}: {} werkprocessen, "
                + "{} dossiers en {} jongeren verwijderd", gemeente, telling.werkprocessen, telling.dossiers,
                telling.jongeren));
        return totaal;
    }

    private int ruimStukOp(Timestamp nu, Map<String, Telling> perGemeente) {
        List<Long> werkprocesIds = new ArrayList<>();
        List<String> instanties = new ArrayList<>();
        Map<Long, String> gemeenteVanDossier = new LinkedHashMap<>();
        jdbc.query("select w.id, w.process_instance_id, w.dossier_id, g.naam from werkproces w "
                + "join dossier d on d.id = w.dossier_id join gemeente g on g.id = d.gemeente_id "
                + "where w.verwijderen_op <= :nu order by w.verwijderen_op, w.id fetch first " + STUK + " rows only",
                Map.of("nu", nu), rij -> {
                    werkprocesIds.add(rij.getLong(1));
                    if (rij.getString(2) != null) {
                        instanties.add(rij.getString(2));
                    }
                    gemeenteVanDossier.put(rij.getLong(3), rij.getString(4));
                    perGemeente.computeIfAbsent(rij.getString(4), g -> new Telling()).werkprocessen++;
                });
        if (werkprocesIds.isEmpty()) {
            return 0;
        }
        anderen.forEach(ander -> ander.verwijderVanWerkprocessen(werkprocesIds, instanties));
        Map<String, Object> werkprocessen = Map.of("ids", werkprocesIds);
        jdbc.update("delete from document where werkproces_id in (:ids)", werkprocessen);
        jdbc.update("delete from notitie where werkproces_id in (:ids)", werkprocessen);
        jdbc.update("delete from werkproces where id in (:ids)", werkprocessen);

        Set<Long> leeg = new HashSet<>(gemeenteVanDossier.keySet());
        Map<String, Object> dossiers = Map.of("ids", List.copyOf(leeg));
        leeg.removeAll(jdbc.queryForList("select dossier_id from werkproces where dossier_id in (:ids)", dossiers,
                Long.class));
        leeg.removeAll(jdbc.queryForList("select van_dossier_id from verhuizing where afgehandeld_op is null "
                + "and van_dossier_id in (:ids)", dossiers, Long.class));
        leeg.removeAll(jdbc.queryForList("select naar_dossier_id from verhuizing where afgehandeld_op is null "
                + "and naar_dossier_id in (:ids)", dossiers, Long.class));
        for (NaBewaartermijn ander : anderen) {
            if (!leeg.isEmpty()) {
                leeg.removeAll(ander.nogNodig(List.copyOf(leeg)));
            }
        }
        if (!leeg.isEmpty()) {
            verwijderDossiers(leeg, gemeenteVanDossier, perGemeente);
        }
        return werkprocesIds.size();
    }

    private void verwijderDossiers(Set<Long> leeg, Map<Long, String> gemeenteVanDossier,
                                   Map<String, Telling> perGemeente) {
        List<Long> dossierIds = List.copyOf(leeg);
        anderen.forEach(ander -> ander.verwijderVanDossiers(dossierIds));
        Map<String, Object> dossiers = Map.of("ids", dossierIds);
        Map<Long, String> gemeenteVanJongere = new LinkedHashMap<>();
        jdbc.query("select id, jongere_id from dossier where id in (:ids)", dossiers,
                rij -> {
                    gemeenteVanJongere.put(rij.getLong(2), gemeenteVanDossier.get(rij.getLong(1)));
                });
        jdbc.update("delete from document where dossier_id in (:ids)", dossiers);
        jdbc.update("delete from notitie where dossier_id in (:ids)", dossiers);
        jdbc.update("delete from verzorger where dossier_id in (:ids)", dossiers);
        jdbc.update("delete from dossier_inzage where dossier_id in (:ids)", dossiers);
        jdbc.update("delete from verhuizing where van_dossier_id in (:ids) or naar_dossier_id in (:ids)", dossiers);
        jdbc.update("delete from dossier where id in (:ids)", dossiers);
        dossierIds.forEach(dossier -> perGemeente.get(gemeenteVanDossier.get(dossier)).dossiers++);

        Set<Long> jongeren = new HashSet<>(gemeenteVanJongere.keySet());
        Map<String, Object> jongereIds = Map.of("ids", List.copyOf(jongeren));
        jongeren.removeAll(jdbc.queryForList("select jongere_id from dossier where jongere_id in (:ids)", jongereIds,
                Long.class));
        jongeren.removeAll(jdbc.queryForList("select jongere_id from verhuizing where jongere_id in (:ids)",
                jongereIds, Long.class));
        if (!jongeren.isEmpty()) {
            jdbc.update("delete from jongere where id in (:ids)", Map.of("ids", jongeren));
            jongeren.forEach(jongere -> perGemeente.get(gemeenteVanJongere.get(jongere)).jongeren++);
        }
    }

    private static final class Telling {
        int werkprocessen;
        int dossiers;
        int jongeren;
    }
}
