package nl.schoolverzuim.organisatie;

import java.util.Optional;

/** A school by its BRIN code, asked for every melding. */
public interface SchoolOpBrin {

    Optional<School> findByBrin(String brin);
}
