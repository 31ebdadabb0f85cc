package nl.schoolverzuim.vrijstellingen;

import java.time.LocalDate;
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

    /** Granted verlof of these gemeenten' Dossiers that has not ended on {@code vanaf} and begins by {@code tot}. */
    @Query("select v from VerlofAanvraag v join fetch v.dossier d join fetch d.jongere join fetch v.school"
            + " where v.status = nl.schoolverzuim.vrijstellingen.VerlofAanvraag.Status.VERLEEND"
            + " and v.tot >= ?2 and v.van <= ?3 and d.gemeente.id in ?1 order by v.van, v.id")
    List<VerlofAanvraag> verleendTussen(Collection<Long> gemeenteIds, LocalDate vanaf, LocalDate tot);
}
