package nl.schoolverzuim.melding;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.schoolverzuim.dossier.Werkproces;
import nl.schoolverzuim.dossier.WerkprocesOvergedragen;
import nl.schoolverzuim.dossier.WerkprocesRepository;

/**
 * The meldingen of a werkproces that triage handed to another gemeente (MAS §4 step 1) go with it: to the new
 * werkproces and the Jongere's Dossier in that gemeente, so that team counts and reads them as its own.
 */
@Component
class MeldingenOvergedragen {

    private final MeldingRepository meldingen;
    private final WerkprocesRepository werkprocessen;

    MeldingenOvergedragen(MeldingRepository meldingen, WerkprocesRepository werkprocessen) {
        this.meldingen = meldingen;
        this.werkprocessen = werkprocessen;
    }

    /** In the transaction that handed the werkproces over, so both move together or neither. */
    @EventListener
    void overgedragen(WerkprocesOvergedragen overdracht) {
        Werkproces naar = werkprocessen.getReferenceById(overdracht.naarWerkprocesId());
        meldingen.findByWerkprocesId(overdracht.vanWerkprocesId()).forEach(m -> m.overgedragenNaar(naar));
    }
}
