package nl.schoolverzuim.vrijstellingen;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface VrijstellingRepository extends JpaRepository<Vrijstelling, Long> {

    @Query("select v from Vrijstelling v join fetch v.dossier d join fetch d.jongere join fetch d.gemeente "
            + "join fetch v.werkproces where v.id = :id")
    Optional<Vrijstelling> findDetailById(@Param("id") Long id);

    /** Granted and in force on {@code op}: ingangsdatum on or before it and no einddatum or one on or after it. */
    @Query("select count(v) > 0 from Vrijstelling v where v.dossier.id = :dossierId "
            + "and v.status = nl.schoolverzuim.vrijstellingen.Status.VERLEEND "
            + "and v.ingangsdatum <= :op and (v.einddatum is null or v.einddatum >= :op)")
    boolean actief(@Param("dossierId") Long dossierId, @Param("op") LocalDate op);

    @Query("select distinct v.dossier.id from Vrijstelling v where v.dossier.id in :dossiers "
            + "and v.status = nl.schoolverzuim.vrijstellingen.Status.VERLEEND "
            + "and v.ingangsdatum <= :op and (v.einddatum is null or v.einddatum >= :op)")
    List<Long> actieveDossiers(@Param("dossiers") Collection<Long> dossiers, @Param("op") LocalDate op);

    @Query("select v from Vrijstelling v where v.dossier.id = :dossierId order by v.ingangsdatum desc, v.id desc")
    List<Vrijstelling> findByDossierId(@Param("dossierId") Long dossierId);

    /**
     * The list of the API: only the gemeenten the reader works for, these grounds, and with {@code alleenActief} only
     * those in force on {@code op}. No parameter is null: PostgreSQL cannot type a null parameter in "is null".
     */
    @Query(value = "select v from Vrijstelling v join fetch v.dossier d join fetch d.gemeente g join fetch v.werkproces "
            + "where g.id in :gemeenten and v.grond in :gronden and (:alleenActief = false or "
            + "(v.status = nl.schoolverzuim.vrijstellingen.Status.VERLEEND and v.ingangsdatum <= :op "
            + "and (v.einddatum is null or v.einddatum >= :op)))",
            countQuery = "select count(v) from Vrijstelling v join v.dossier d join d.gemeente g "
            + "where g.id in :gemeenten and v.grond in :gronden and (:alleenActief = false or "
            + "(v.status = nl.schoolverzuim.vrijstellingen.Status.VERLEEND and v.ingangsdatum <= :op "
            + "and (v.einddatum is null or v.einddatum >= :op)))")
    Page<Vrijstelling> zoek(@Param("gemeenten") Collection<Long> gemeenten, @Param("gronden") Collection<Grond> gronden,
                            @Param("alleenActief") boolean alleenActief, @Param("op") LocalDate op, Pageable pagina);

    /** MAS §7, DUO's vrijstellingenregister: granted and in force on some day of [van, tot]. */
    @Query("select v from Vrijstelling v join fetch v.dossier d join fetch d.jongere join fetch d.gemeente g "
            + "where g.id in :gemeenten and v.status = nl.schoolverzuim.vrijstellingen.Status.VERLEEND "
            + "and v.ingangsdatum <= :tot and (v.einddatum is null or v.einddatum >= :van) order by v.id")
    List<Vrijstelling> actiefTussen(@Param("gemeenten") Collection<Long> gemeenten, @Param("van") LocalDate van,
                                    @Param("tot") LocalDate tot);

    /** The page's "te beslissen" and the like: one status, of these gemeenten, oldest aanvraag first. */
    @Query("select v from Vrijstelling v join fetch v.dossier d join fetch d.jongere join fetch d.gemeente g "
            + "where g.id in :gemeenten and v.status = :status order by v.aanvraagdatum, v.id")
    List<Vrijstelling> metStatus(@Param("status") Status status, @Param("gemeenten") Collection<Long> gemeenten);

    /** Granted and in force on {@code op}, of these gemeenten, the first to end first (an open end last). */
    @Query("select v from Vrijstelling v join fetch v.dossier d join fetch d.jongere join fetch d.gemeente g "
            + "where g.id in :gemeenten and v.status = nl.schoolverzuim.vrijstellingen.Status.VERLEEND "
            + "and v.ingangsdatum <= :op and (v.einddatum is null or v.einddatum >= :op) "
            + "order by case when v.einddatum is null then 1 else 0 end, v.einddatum, v.id")
    List<Vrijstelling> actiefOp(@Param("gemeenten") Collection<Long> gemeenten, @Param("op") LocalDate op);

    /**
     * MAS §9, the jaarverslag's vrijstellingen per article and gemeente: granted ones (still in force, expired or
     * revoked since) by the school year of their ingangsdatum, for ingangsdatum in [van, tot]. The school year begins
     * on 1 August: its first calendar year is the year of the ingangsdatum from August on, the year before until July.
     */
    @Query("select g.id, v.grond, case when month(v.ingangsdatum) >= 8 then year(v.ingangsdatum) "
            + "else year(v.ingangsdatum) - 1 end, count(v) from Vrijstelling v join v.dossier d join d.gemeente g "
            + "where g.id in :gemeenten and v.status in (nl.schoolverzuim.vrijstellingen.Status.VERLEEND, "
            + "nl.schoolverzuim.vrijstellingen.Status.VERLOPEN, nl.schoolverzuim.vrijstellingen.Status.INGETROKKEN) "
            + "and v.besluitdatum is not null and v.ingangsdatum between :van and :tot "
            + "group by g.id, v.grond, case when month(v.ingangsdatum) >= 8 then year(v.ingangsdatum) "
            + "else year(v.ingangsdatum) - 1 end")
    List<Object[]> tellingen(@Param("gemeenten") Collection<Long> gemeenten, @Param("van") LocalDate van,
                             @Param("tot") LocalDate tot);

    @Modifying
    @Query("delete from Vrijstelling v where v.werkproces.id in :werkprocessen")
    void verwijderVanWerkprocessen(@Param("werkprocessen") Collection<Long> werkprocessen);
}
