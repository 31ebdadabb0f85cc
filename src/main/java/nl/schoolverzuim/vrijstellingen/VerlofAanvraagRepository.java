package nl.schoolverzuim.vrijstellingen;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VerlofAanvraagRepository extends JpaRepository<VerlofAanvraag, Long> {

    Optional<VerlofAanvraag> findByWerkprocesId(Long werkprocesId);

    /** The open requests of these gemeenten' Dossiers, oldest first: the team's "te beslissen". */
    @Query("select v from VerlofAanvraag v join fetch v.dossier d join fetch d.jongere join fetch v.school"
            + " where v.status = ?1 and d.gemeente.id in ?2 order by v.aanvraagdatum, v.id")
    List<VerlofAanvraag> metStatusIn(VerlofAanvraag.Status status, Collection<Long> gemeenteIds);
}
