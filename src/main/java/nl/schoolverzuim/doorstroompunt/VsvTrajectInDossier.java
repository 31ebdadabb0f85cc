package nl.schoolverzuim.doorstroompunt;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.schoolverzuim.dossier.DossierOnderdeel;

/** The VsvTraject on the Dossier (MAS §8): state, new or old vsv'er, contact attempts and monitoring checks. */
@Component
class VsvTrajectInDossier implements DossierOnderdeel {

    record Weergave(VsvStatus status, LocalDate uitvaldatum, boolean nieuweVsvEr, String gemeente,
                    String laatsteMonitoring, String afrondReden, LocalDate herbenaderenOp,
                    List<String> contactpogingen, List<String> monitoringcontroles) {
    }

    private final VsvTrajectRepository trajecten;
    private final ContactpogingRepository contactpogingen;
    private final MonitoringControleRepository controles;
    private final Clock clock;

    VsvTrajectInDossier(VsvTrajectRepository trajecten, ContactpogingRepository contactpogingen,
                        MonitoringControleRepository controles, Clock clock) {
        this.trajecten = trajecten;
        this.contactpogingen = contactpogingen;
        this.controles = controles;
        this.clock = clock;
    }

    @Override
    public String naam() {
        return "vsvTraject";
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Object> voor(Long dossierId) {
        return trajecten.findByDossierId(dossierId).map(t -> new Weergave(t.getStatus(), t.getUitvaldatum(),
                t.isNieuw(LocalDate.now(clock)), t.getGemeente().getNaam(), t.getLaatsteMonitoring(), t.getAfrondReden(),
                t.getHerbenaderenOp(),
                contactpogingen.findByVsvTrajectIdOrderByIdAsc(t.getId()).stream()
                        .map(c -> c.getSoort() + ": " + c.getUitkomst()).toList(),
                controles.findByVsvTrajectIdOrderByIdAsc(t.getId()).stream()
                        .map(c -> c.getResultaat() + ": " + c.getVervolg()).toList()));
    }
}
