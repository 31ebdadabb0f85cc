package nl.schoolverzuim.dossier;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JongereRepository extends JpaRepository<Jongere, Long> {

    Optional<Jongere> findByBsn(String bsn);

    /** Without a BSN a Jongere is recognised by name and date of birth; one with a different BSN is someone else. */
    @Query("""
            select j from Jongere j
            where j.geboortedatum = ?3 and lower(j.voornaam) = lower(?1) and lower(j.achternaam) = lower(?2)
            order by j.id""")
    java.util.List<Jongere> findByNaamEnGeboortedatum(String voornaam, String achternaam, LocalDate geboortedatum);
}
