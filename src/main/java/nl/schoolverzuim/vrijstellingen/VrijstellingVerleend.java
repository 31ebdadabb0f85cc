package nl.schoolverzuim.vrijstellingen;

import java.time.LocalDate;

/** A vrijstelling was granted; it holds from {@code ingangsdatum} (MAS §7) and ends thuiszitter status (MAS §6). */
public record VrijstellingVerleend(Long dossierId, LocalDate ingangsdatum) {
}
