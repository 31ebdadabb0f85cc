package nl.schoolverzuim.dossier;

import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import nl.schoolverzuim.organisatie.Gemeente;

public interface DossierRepository extends JpaRepository<Dossier, Long> {

    /** Asked for every melding about a known Jongere: JPQL, whose SQL Hibernate keeps (a derived query it does not). */
    @Query("select d from Dossier d where d.jongere = ?1 and d.gemeente = ?2")
    Optional<Dossier> findByJongereAndGemeente(Jongere jongere, Gemeente gemeente);

    @EntityGraph(attributePaths = {"jongere", "jongere.woongemeente", "jongere.woongemeente.regio", "gemeente",
            "gemeente.regio"})
    Optional<Dossier> findWithJongereById(Long id);
}
