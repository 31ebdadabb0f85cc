package nl.schoolverzuim.organisatie;

import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;

/**
 * By the BRIN as natural id, so a school seen before comes from the second-level cache without a query. A
 * cached query would also remember that a BRIN was not found, and miss a school another node has added since.
 */
class SchoolOpBrinImpl implements SchoolOpBrin {

    private final EntityManager entityManager;

    SchoolOpBrinImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<School> findByBrin(String brin) {
        return entityManager.unwrap(Session.class).bySimpleNaturalId(School.class).loadOptional(brin);
    }
}
