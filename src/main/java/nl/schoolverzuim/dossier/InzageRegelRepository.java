package nl.schoolverzuim.dossier;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface InzageRegelRepository extends JpaRepository<InzageRegel, Long> {

    List<InzageRegel> findByDossierIdOrderByTijdstipDescIdDesc(Long dossierId);
}
