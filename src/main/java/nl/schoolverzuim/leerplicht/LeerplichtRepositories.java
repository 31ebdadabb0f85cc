package nl.schoolverzuim.leerplicht;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RoutebesluitRepository extends JpaRepository<Routebesluit, Long> {

    List<Routebesluit> findByWerkprocesIdOrderByBeslotenOp(Long werkprocesId);
}

interface InterventieRepository extends JpaRepository<Interventie, Long> {

    Optional<Interventie> findFirstByWerkprocesIdAndSoortAndAfgerondOpIsNullOrderByGestartOpDesc(Long werkprocesId,
                                                                                                 Interventie.Soort soort);

    List<Interventie> findByWerkprocesIdOrderByGestartOp(Long werkprocesId);

    boolean existsByWerkprocesDossierIdAndSoort(Long dossierId, Interventie.Soort soort);
}

interface ProcesVerbaalRepository extends JpaRepository<ProcesVerbaal, Long> {

    Optional<ProcesVerbaal> findFirstByWerkprocesIdAndAfgedaanOpIsNullOrderByOpgemaaktOpDesc(Long werkprocesId);

    List<ProcesVerbaal> findByWerkprocesId(Long werkprocesId);
}
