package nl.schoolverzuim.leerplicht;

import java.time.LocalDate;

import nl.schoolverzuim.domein.Verzuimsoort;

/**
 * Published on the hand-off on the 18th birthday (MAS §2); the Doorstroompunt werkproces listens. {@code dspWerk} is
 * what decision {@value LeerplichtWerkproces#DSP_OVERDRACHT} gave the Doorstroompunt: {@code VERZUIM_18PLUS} for an
 * enrolled pupil, {@code VSV} for a Jongere without school and startkwalificatie, who fell out on {@code uitvaldatum}
 * (the de-registration date, else the first melding's date; null for an enrolled pupil). Without school and with the
 * startkwalificatie unknown, {@code startkwalificatieVaststellen}: verzuim 18+ contact work that establishes it, with
 * the {@code uitvaldatum} a VsvTraject would fall out on.
 */
public record OverdrachtAanDoorstroompunt(Long overdrachtId, Long dossierId, Long werkprocesId, Verzuimsoort dspWerk,
                                          LocalDate uitvaldatum, boolean startkwalificatieVaststellen, String notitie) {
}
