package nl.schoolverzuim.dossier;

import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DossierRepository extends JpaRepository<Dossier, Long> {

    Optional<Dossier> findByJongere(Jongere jongere);

    @EntityGraph(attributePaths = {"jongere", "jongere.woongemeente", "jongere.woongemeente.regio"})
    Optional<Dossier> findWithJongereById(Long id);
}
