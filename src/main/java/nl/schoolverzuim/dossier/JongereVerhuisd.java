package nl.schoolverzuim.dossier;

/** A melding named another woongemeente than the Dossier had; the Doorstroompunt transfers a traject on it (MAS §8). */
public record JongereVerhuisd(Long dossierId, Long vorigeGemeenteId, Long nieuweGemeenteId) {
}
