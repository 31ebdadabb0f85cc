package nl.schoolverzuim.organisatie;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface GemeenteRepository extends JpaRepository<Gemeente, Long> {

    @EntityGraph(attributePaths = "regio")
    Optional<Gemeente> findByCbsCode(String cbsCode);

    @EntityGraph(attributePaths = "regio")
    @Query("select g from Gemeente g where lower(g.naam) = lower(?1)")
    Optional<Gemeente> findByNaamIgnoreCase(String naam);

    List<Gemeente> findBySamenwerkingsverbandId(Long samenwerkingsverbandId);

    @EntityGraph(attributePaths = "regio")
    @Query("select g from Gemeente g order by g.naam")
    List<Gemeente> findAllMetRegio();

    /** A gemeente by name (any case) or CBS code, with or without the "GM" prefix (meldingen.md). */
    default Optional<Gemeente> zoek(String naamOfCode) {
        String invoer = naamOfCode.trim();
        if (invoer.matches("(?i)(GM)?\\d{4}")) {
            String code = invoer.toUpperCase(Locale.ROOT);
            return findByCbsCode(code.startsWith("GM") ? code : "GM" + code);
        }
        return findByNaamIgnoreCase(invoer);
    }
}
