package nl.schoolverzuim.vrijstellingen;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SchoolvakantieRepository extends JpaRepository<Schoolvakantie, Long> {

    /** The holidays of the region that overlap {@code van} - {@code tot}. */
    @Query("select v from Schoolvakantie v where v.vakantieregio = ?1 and v.van <= ?3 and v.tot >= ?2")
    List<Schoolvakantie> overlappend(Vakantieregio regio, LocalDate van, LocalDate tot);

    boolean existsBySchooljaarAndVakantieregio(String schooljaar, Vakantieregio vakantieregio);

    List<Schoolvakantie> findAllByOrderByVanAscVakantieregioAsc();

    @Query(value = "select vakantieregio from vakantieregio_gemeente where cbs_code = ?1", nativeQuery = true)
    Optional<String> vakantieregioVan(String cbsCode);

    @Modifying
    @Query(value = "delete from vakantieregio_gemeente where cbs_code = ?1", nativeQuery = true)
    void vergeetVakantieregio(String cbsCode);

    @Modifying
    @Query(value = "insert into vakantieregio_gemeente (cbs_code, vakantieregio) values (?1, ?2)",
            nativeQuery = true)
    void legVakantieregioVast(String cbsCode, String regio);
}
