package nl.schoolverzuim.leerplicht;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface InterventieRepository extends JpaRepository<Interventie, Long> {

    Optional<Interventie> findFirstByWerkprocesIdAndSoortAndAfgerondOpIsNullOrderByGestartOpDesc(Long werkprocesId,
                                                                                                 Interventie.Soort soort);

    @EntityGraph(attributePaths = "werkproces")
    List<Interventie> findByWerkprocesDossierIdOrderByGestartOp(Long dossierId);

    boolean existsByWerkprocesDossierIdAndSoort(Long dossierId, Interventie.Soort soort);

    boolean existsByWerkprocesIdAndSoort(Long werkprocesId, Interventie.Soort soort);
}
