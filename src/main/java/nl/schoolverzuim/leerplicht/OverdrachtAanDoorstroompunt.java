package nl.schoolverzuim.leerplicht;

/** Published after commit-ready hand-off on the 18th birthday (MAS §2); the Doorstroompunt werkproces listens. */
public record OverdrachtAanDoorstroompunt(Long overdrachtId, Long dossierId, Long werkprocesId) {
}
