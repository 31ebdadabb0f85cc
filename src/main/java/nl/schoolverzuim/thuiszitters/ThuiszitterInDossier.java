package nl.schoolverzuim.thuiszitters;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.schoolverzuim.dossier.DossierOnderdeel;

/** The latest thuiszitter period on the Dossier (MAS §6). */
@Component
class ThuiszitterInDossier implements DossierOnderdeel {

    record Weergave(LocalDate sinds, String reden, LocalDate beeindigdOp, String beeindigingsreden,
                    boolean aangemeldBijTafel, String tafelDeelnemers, String tafelAdvies, String regiehouder,
                    String plan, LocalDate streefdatum) {
    }

    private final ThuiszitterRepository thuiszitters;

    ThuiszitterInDossier(ThuiszitterRepository thuiszitters) {
        this.thuiszitters = thuiszitters;
    }

    @Override
    public String naam() {
        return "thuiszitter";
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Object> voor(Long dossierId) {
        return thuiszitters.findFirstByDossierIdOrderBySindsDesc(dossierId).map(t -> new Weergave(t.getSinds(),
                t.getReden(), t.getBeeindigdOp(), t.getBeeindigingsreden(), t.isAangemeldBijTafel(), t.getTafelDeelnemers(),
                t.getTafelAdvies(), t.getRegiehouder(), t.getPlan(), t.getStreefdatum()));
    }
}
