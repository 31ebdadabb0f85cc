package nl.schoolverzuim.leerplicht;

import org.camunda.bpm.engine.HistoryService;
import org.springframework.stereotype.Component;

import nl.schoolverzuim.dossier.DoorstroompuntBetrokken;
import nl.schoolverzuim.dossier.Werkproces;
import nl.schoolverzuim.dossier.WerkprocesRepository;
import nl.schoolverzuim.organisatie.Teams.Team;

/**
 * MAS §2: a month before the 18th birthday the LPA prepares the hand-off to the Doorstroompunt (task
 * {@value #TAAK} of {@code processes/leerplicht-verzuim.bpmn}). From then until the birthday the Doorstroompunt
 * reads the Dossier it is about to take over; a werkproces that closes before the birthday ends that.
 */
@Component
class OverdrachtInVoorbereiding implements DoorstroompuntBetrokken.Overdracht {

    static final String TAAK = "OverdrachtVoorbereiden";

    private final WerkprocesRepository werkprocessen;
    private final HistoryService historie;

    OverdrachtInVoorbereiding(WerkprocesRepository werkprocessen, HistoryService historie) {
        this.werkprocessen = werkprocessen;
        this.historie = historie;
    }

    @Override
    public boolean inVoorbereiding(Long dossierId) {
        return werkprocessen.findByDossierIdAndAfgeslotenOpIsNullOrderByGestartOp(dossierId).stream()
                .filter(w -> w.getTeam() == Team.LEERPLICHT && w.getProcessInstanceId() != null)
                .map(Werkproces::getProcessInstanceId)
                .anyMatch(instantie -> historie.createHistoricActivityInstanceQuery().processInstanceId(instantie)
                        .activityId(TAAK).count() > 0);
    }
}
