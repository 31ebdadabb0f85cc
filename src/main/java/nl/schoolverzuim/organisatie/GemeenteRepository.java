package nl.schoolverzuim.organisatie;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Gemeenten with their regio in one query. Intake looks up a gemeente for every melding, so these are JPQL
 * that Hibernate 6 translates to SQL once and keeps: not an entity graph, not a derived (criteria) query, and no query
 * parameter inside a function such as {@code lower(?1)}. Hibernate translates each of those again on every call.
 * Intake asks through {@link Gemeenten}, which needs them only for a name or code it has not found before.
 */
public interface GemeenteRepository extends JpaRepository<Gemeente, Long> {

    @Query("select g from Gemeente g join fetch g.regio where g.cbsCode = ?1")
    Optional<Gemeente> findByCbsCode(String cbsCode);

    /** {@code naam} in lower case: lower-casing the parameter in the query would cost a translation per call. */
    @Query("select g from Gemeente g join fetch g.regio where lower(g.naam) = ?1")
    Optional<Gemeente> findByLowerCaseNaam(String naam);

    List<Gemeente> findBySamenwerkingsverbandId(Long samenwerkingsverbandId);

    @Query("select g from Gemeente g join fetch g.regio order by g.naam")
    List<Gemeente> findAllMetRegio();
}
