package nl.schoolverzuim.leerplicht;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface RoutebesluitRepository extends JpaRepository<Routebesluit, Long> {

    @EntityGraph(attributePaths = "werkproces")
    List<Routebesluit> findByWerkprocesDossierIdOrderByBeslotenOp(Long dossierId);
}

interface InterventieRepository extends JpaRepository<Interventie, Long> {

    Optional<Interventie> findFirstByWerkprocesIdAndSoortAndAfgerondOpIsNullOrderByGestartOpDesc(Long werkprocesId,
                                                                                                 Interventie.Soort soort);

    @EntityGraph(attributePaths = "werkproces")
    List<Interventie> findByWerkprocesDossierIdOrderByGestartOp(Long dossierId);

    boolean existsByWerkprocesDossierIdAndSoort(Long dossierId, Interventie.Soort soort);
}

interface ProcesVerbaalRepository extends JpaRepository<ProcesVerbaal, Long> {

    @EntityGraph(attributePaths = "werkproces")
    List<ProcesVerbaal> findByWerkprocesDossierIdOrderByOpgemaaktOp(Long dossierId);

    @EntityGraph(attributePaths = "werkproces")
    List<ProcesVerbaal> findAllByOrderById();
}
