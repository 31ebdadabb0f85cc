package nl.schoolverzuim.thuiszitters;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import nl.schoolverzuim.dossier.Werkproces;

interface ThuiszitterRepository extends JpaRepository<Thuiszitter, Long> {

    /**
     * Asked at the end of every werkproces. JPQL, not a derived query: Hibernate keeps the SQL of JPQL but translates
     * a derived (criteria) query again on every call, which was a tenth of a completion's CPU.
     */
    @Query("select t from Thuiszitter t where t.werkproces.id = :werkprocesId")
    Optional<Thuiszitter> findByWerkprocesId(Long werkprocesId);

    Optional<Thuiszitter> findFirstByDossierIdOrderBySindsDesc(Long dossierId);

    /**
     * Open werkprocessen of this process, of every soort (decision thuiszitter decides who is one), whose Jongere is
     * not yet a thuiszitter for them, with what the decision and starting the tafel need (Jongere, gemeente, regio) in
     * the same query instead of one query per werkproces.
     */
    @EntityGraph(attributePaths = {"dossier", "dossier.jongere", "dossier.jongere.woongemeente",
            "dossier.jongere.woongemeente.regio"})
    @Query("""
            select w from Werkproces w
            where w.afgeslotenOp is null and w.procesKey = :procesKey
              and not exists (select t from Thuiszitter t where t.werkproces = w)""")
    List<Werkproces> kandidaten(String procesKey);

    /** Thuiszitters on the peildatum among the Jongeren of one samenwerkingsverband (MAS §6). */
    @EntityGraph(attributePaths = {"dossier", "dossier.jongere", "werkproces"})
    @Query("""
            select t from Thuiszitter t
            where t.sinds <= :peildatum and (t.beeindigdOp is null or t.beeindigdOp > :peildatum)
              and t.dossier.jongere.woongemeente.samenwerkingsverband.id = :samenwerkingsverband
            order by t.sinds, t.id""")
    List<Thuiszitter> opPeildatum(LocalDate peildatum, Long samenwerkingsverband);
}
