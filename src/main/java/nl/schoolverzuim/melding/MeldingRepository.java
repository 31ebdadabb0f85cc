package nl.schoolverzuim.melding;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

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
            "dossier.jongere.woongemeente.regio", "werkproces"})
    Optional<Melding> findDetailById(Long id);

    @EntityGraph(attributePaths = {"school", "werkproces"})
    List<Melding> findByDossierIdOrderByMeldingsdatumAscIdAsc(Long dossierId);
}
