package nl.schoolverzuim.dossier;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface WerkprocesRepository extends JpaRepository<Werkproces, Long> {

    List<Werkproces> findByDossierIdOrderByGestartOp(Long dossierId);
}
