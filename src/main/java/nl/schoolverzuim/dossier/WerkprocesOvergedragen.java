package nl.schoolverzuim.dossier;

/**
 * Triage found that the Jongere belongs to another gemeente (MAS §4 step 1): werkproces {@code vanWerkprocesId} was
 * closed and {@code naarWerkprocesId} started in that gemeente's Dossier; what hangs on the old one (its meldingen)
 * moves along.
 */
public record WerkprocesOvergedragen(Long vanWerkprocesId, Long naarWerkprocesId) {
}
