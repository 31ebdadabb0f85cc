package nl.schoolverzuim.dossier;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DocumentRepository extends JpaRepository<Document, Long> {

    List<Document> findByDossierIdOrderByAangemaaktOp(Long dossierId);
}
