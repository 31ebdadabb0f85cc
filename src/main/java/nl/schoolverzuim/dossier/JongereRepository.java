package nl.schoolverzuim.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import nl.schoolverzuim.organisatie.Gemeente;

interface JongereRepository extends JpaRepository<Jongere, Long> {

    /**
     * Everyone a melding could be about: the Jongere with this BSN, and those with this name (any case) and date of
     * birth that {@code gemeente} has a Dossier of. One query, because intake asks it for every melding and most are
     * about a Jongere not seen before.
     */
    default List<Jongere> findKandidaten(String bsn, String voornaam, String achternaam, LocalDate geboortedatum,
                                         Gemeente gemeente) {
        return findKandidatenLowerCase(bsn, voornaam.toLowerCase(Locale.ROOT), achternaam.toLowerCase(Locale.ROOT),
                geboortedatum, gemeente.getId());
    }

    /** Names in lower case: lower-casing a parameter in the query would make Hibernate translate it on every call. */
    @Query("""
            select j from Jongere j
            where j.bsn = ?1
               or (j.geboortedatum = ?4 and lower(j.voornaam) = ?2 and lower(j.achternaam) = ?3
                   and exists (select d.id from Dossier d where d.jongere = j and d.gemeente.id = ?5))
            order by j.id""")
    List<Jongere> findKandidatenLowerCase(String bsn, String voornaam, String achternaam, LocalDate geboortedatum,
                                          Long gemeenteId);
}
