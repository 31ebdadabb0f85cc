package nl.schoolverzuim.melding;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import nl.schoolverzuim.dossier.Dossier;

interface MeldingRepository extends JpaRepository<Melding, Long> {

    // JPQL, not derived: Hibernate 6 keeps the SQL of a JPQL query, a derived (criteria) query is translated every call.
    @Query("select m from Melding m where m.meldingnummer = ?1")
    Optional<Melding> findByMeldingnummer(String meldingnummer);

    /** Which of these meldingnummers are known, in one query (bulk intake). */
    List<Nummer> findIdsByMeldingnummerIn(Collection<String> meldingnummers);

    interface Nummer {
        Long getId();

        String getMeldingnummer();
    }

    @EntityGraph(attributePaths = {"school", "dossier", "dossier.jongere", "dossier.jongere.woongemeente",
            "dossier.jongere.woongemeente.regio", "dossier.gemeente", "dossier.gemeente.regio", "werkproces"})
    Optional<Melding> findDetailById(Long id);

    /** The melding's Dossier with what its access check reads, for a caller outside a transaction. */
    @Query("""
            select d from Melding m join m.dossier d join fetch d.gemeente g join fetch g.regio
                join fetch d.jongere j join fetch j.woongemeente w join fetch w.regio
            where m.id = ?1""")
    Optional<Dossier> findDossierVanMelding(Long meldingId);

    /**
     * MAS §3 herhaald: a WETTELIJK melding of this Jongere (in any of its Dossiers) dated from {@code vanaf} up to
     * {@code tot}, not in a werkproces that triage closed as geoorloofd.
     */
    @Query("""
            select count(m) > 0 from Melding m join m.dossier d left join m.werkproces w
            where d.jongere.id = ?1 and m.verzuimsoort = nl.schoolverzuim.domein.Verzuimsoort.WETTELIJK
                and m.meldingsdatum between ?2 and ?3
                and (w.resultaat is null or w.resultaat <> 'GEOORLOOFD')""")
    boolean eerdereWettelijkeMelding(Long jongereId, LocalDate vanaf, LocalDate tot);

    @Query("select m from Melding m where m.werkproces.id = ?1")
    List<Melding> findByWerkprocesId(Long werkprocesId);

    @EntityGraph(attributePaths = {"school", "werkproces"})
    List<Melding> findByDossierIdOrderByMeldingsdatumAscIdAsc(Long dossierId);
}
