package nl.schoolverzuim.melding;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeldingRepository extends JpaRepository<Melding, Long> {

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
