package nl.schoolverzuim.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JongereRepository extends JpaRepository<Jongere, Long> {

    Optional<Jongere> findByBsn(String bsn);

    /**
     * Everyone a melding could be about: the Jongere with this BSN and those with this name (given in lower case) and
     * date of birth. One query, because intake asks it for every melding and most are about a Jongere not seen before
     * (issue 8); the names are lower-cased by the caller, as a parameter inside {@code lower()} would make Hibernate
     * translate the query again on every call.
     */
    @Query("""
            select j from Jongere j
            where j.bsn = ?1
               or (j.geboortedatum = ?4 and lower(j.voornaam) = ?2 and lower(j.achternaam) = ?3)
            order by j.id""")
    List<Jongere> findKandidaten(String bsn, String voornaam, String achternaam, LocalDate geboortedatum);
}
