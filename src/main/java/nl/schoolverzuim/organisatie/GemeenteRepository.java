package nl.schoolverzuim.organisatie;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

/**
 * Gemeenten with their regio in one query. Intake looks up a gemeente for every melding (issue 8), so these are JPQL
 * that Hibernate 6 translates to SQL once and keeps: not an entity graph, not a derived (criteria) query, and no query
 * parameter inside a function such as {@code lower(?1)}. Hibernate translates each of those again on every call.
 * The lookups of intake are cached with their gemeente and regio (kernel.Referentiegegevens): after the first melding
 * of a gemeente they cost no query.
 */
public interface GemeenteRepository extends JpaRepository<Gemeente, Long> {

    @Query("select g from Gemeente g join fetch g.regio where g.cbsCode = ?1")
    @QueryHints(@QueryHint(name = HibernateHints.HINT_CACHEABLE, value = "true"))
    Optional<Gemeente> findByCbsCode(String cbsCode);

    /** {@code naam} in lower case: lower-casing the parameter in the query would cost a translation per call. */
    @Query("select g from Gemeente g join fetch g.regio where lower(g.naam) = ?1")
    @QueryHints(@QueryHint(name = HibernateHints.HINT_CACHEABLE, value = "true"))
    Optional<Gemeente> findByLowerCaseNaam(String naam);

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
        return findByLowerCaseNaam(invoer.toLowerCase(Locale.ROOT));
    }
}
