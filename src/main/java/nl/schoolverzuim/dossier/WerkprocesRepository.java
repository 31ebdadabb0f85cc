package nl.schoolverzuim.dossier;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface WerkprocesRepository extends JpaRepository<Werkproces, Long> {

    List<Werkproces> findByDossierIdOrderByGestartOp(Long dossierId);

    List<Werkproces> findByDossierIdAndAfgeslotenOpIsNullOrderByGestartOp(Long dossierId);

    java.util.Optional<Werkproces> findByProcessInstanceId(String processInstanceId);
}
