package nl.schoolverzuim.rapportage;

import org.springframework.stereotype.Service;

/** Computes the {@link Jaarverslag} of a school year for a regio or one of its gemeenten. */
@Service
public class Jaarverslagen {

    /**
     * The report of {@code schooljaar} (JJJJ-JJJJ) for {@code regio} (a regio code) and, when not null,
     * {@code gemeente} (its name or CBS code). A bad parameter is an OngeldigeInvoerException naming it; a reader who
     * may not read the scope gets an AccessDeniedException.
     */
    public Jaarverslag maak(String schooljaar, String regio, String gemeente) {
        throw new UnsupportedOperationException("nog niet gebouwd");
    }
}
