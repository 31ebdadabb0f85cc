package nl.schoolverzuim.leerplicht;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProcesVerbaalRepository extends JpaRepository<ProcesVerbaal, Long> {

    @EntityGraph(attributePaths = "werkproces")
    List<ProcesVerbaal> findByWerkprocesDossierIdOrderByOpgemaaktOp(Long dossierId);

    @EntityGraph(attributePaths = "werkproces")
    List<ProcesVerbaal> findAllByOrderById();
}
