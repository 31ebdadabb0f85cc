package nl.schoolverzuim.dossier;

/**
 * The old woongemeente's team confirmed a reported move (MAS §10): the Jongere now lives in another gemeente, whose
 * Dossier of the Jongere is {@code nieuwDossierId}; the Doorstroompunt transfers a traject on it (MAS §8).
 */
public record JongereVerhuisd(Long dossierId, Long nieuwDossierId, Long vorigeGemeenteId, Long nieuweGemeenteId) {
}
