package nl.schoolverzuim.organisatie;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Gemeenten with their regio in one query. Fetched with {@code join fetch}, not an entity graph: Hibernate does not
 * cache the SQL of a query with an entity graph and translates it again on every call, and intake looks up a
 * gemeente for every melding (issue 8).
 */
public interface GemeenteRepository extends JpaRepository<Gemeente, Long> {

    @Query("select g from Gemeente g join fetch g.regio where g.cbsCode = ?1")
    Optional<Gemeente> findByCbsCode(String cbsCode);

    @Query("select g from Gemeente g join fetch g.regio where lower(g.naam) = lower(?1)")
    Optional<Gemeente> findByNaamIgnoreCase(String naam);

    List<Gemeente> findBySamenwerkingsverbandId(Long samenwerkingsverbandId);

    @Query("select g from Gemeente g join fetch g.regio order by g.naam")
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
