package nl.schoolverzuim.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DocumentRepository extends JpaRepository<Document, Long> {

    /** A line of the Dossier's list of documents, without the HTML and PDF. */
    record Regel(Long id, String soort, String titel, LocalDate datum, Instant aangemaaktOp, String afzender,
                 Document.Status status, LocalDate verzondenOp, Document.Verzendkanaal verzendkanaal) {
    }

    @Query("select new nl.schoolverzuim.dossier.DocumentRepository$Regel(d.id, d.soort, d.titel, d.datum, d.aangemaaktOp,"
            + " d.afzender, d.status, d.verzondenOp, d.verzendkanaal) from Document d where d.dossier.id = :dossierId"
            + " order by d.aangemaaktOp, d.id")
    List<Regel> regelsVanDossier(Long dossierId);
}
