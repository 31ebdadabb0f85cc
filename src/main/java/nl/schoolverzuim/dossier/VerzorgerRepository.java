package nl.schoolverzuim.dossier;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface VerzorgerRepository extends JpaRepository<Verzorger, Long> {

    List<Verzorger> findByDossierIdOrderById(Long dossierId);

    Optional<Verzorger> findByDossierIdAndNaamSleutel(Long dossierId, String naamSleutel);

    Optional<Verzorger> findByIdAndDossierId(Long id, Long dossierId);
}
