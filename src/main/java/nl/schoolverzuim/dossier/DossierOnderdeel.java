package nl.schoolverzuim.dossier;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A section another module adds to {@code GET /api/dossiers/{id}} (the VsvTraject, later decisions and documents),
 * so the Dossier shows everything about the Jongere without depending on those modules.
 */
public interface DossierOnderdeel {

    /** The key of the section in the dossier's {@code onderdelen}. */
    String naam();

    /** The section for this Dossier, empty when the module has nothing about the Jongere. */
    Optional<Object> voor(Long dossierId);

    /** What this module adds to the Dossier's timeline. */
    default List<Gebeurtenis> gebeurtenissen(Long dossierId) {
        return List.of();
    }

    /** One moment on the timeline of a Dossier. */
    record Gebeurtenis(Instant op, String wat) {
    }
}
