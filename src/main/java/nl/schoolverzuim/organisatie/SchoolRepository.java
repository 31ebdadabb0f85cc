package nl.schoolverzuim.organisatie;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SchoolRepository extends JpaRepository<School, Long> {

    /** Asked for every melding: JPQL, whose SQL Hibernate keeps, where a derived query is translated every call. */
    @Query("select s from School s where s.brin = ?1")
    Optional<School> findByBrin(String brin);
}
