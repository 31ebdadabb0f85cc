package nl.schoolverzuim.leerplicht;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface RoutebesluitRepository extends JpaRepository<Routebesluit, Long> {

    @EntityGraph(attributePaths = "werkproces")
    List<Routebesluit> findByWerkprocesDossierIdOrderByBeslotenOp(Long dossierId);
}
