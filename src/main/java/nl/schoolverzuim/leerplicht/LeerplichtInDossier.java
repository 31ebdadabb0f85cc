package nl.schoolverzuim.leerplicht;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.schoolverzuim.dossier.DossierOnderdeel;

/**
 * The leerplicht part of the Dossier: route decisions with advice and motivation and interventions (letters are
 * the Dossier's own list of documents).
 * Processen-verbaal are politiegegevens (Wpg, MAS §10) and stay out of the general dossier view.
 */
@Component
class LeerplichtInDossier implements DossierOnderdeel {

    record Routebesluit(Long werkprocesId, String geadviseerd, String gekozen, String motivering, String beslotenDoor,
                        Instant beslotenOp) {
    }

    record Interventie(Long werkprocesId, String soort, Instant gestartOp, String uitkomst, Instant afgerondOp) {
    }

    record Weergave(List<Routebesluit> routebesluiten, List<Interventie> interventies) {
    }

    private final RoutebesluitRepository routebesluiten;
    private final InterventieRepository interventies;

    LeerplichtInDossier(RoutebesluitRepository routebesluiten, InterventieRepository interventies) {
        this.routebesluiten = routebesluiten;
        this.interventies = interventies;
    }

    @Override
    public String naam() {
        return "leerplicht";
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Object> voor(Long dossierId) {
        Weergave weergave = weergave(dossierId);
        return weergave.routebesluiten().isEmpty() && weergave.interventies().isEmpty()
                ? Optional.empty() : Optional.of(weergave);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Gebeurtenis> gebeurtenissen(Long dossierId) {
        Weergave weergave = weergave(dossierId);
        List<Gebeurtenis> tijdlijn = new ArrayList<>();
        weergave.routebesluiten().forEach(r -> tijdlijn.add(new Gebeurtenis(r.beslotenOp(), "Route gekozen: " + r.gekozen())));
        weergave.interventies().forEach(i -> {
            tijdlijn.add(new Gebeurtenis(i.gestartOp(), i.soort() + " gestart"));
            if (i.afgerondOp() != null) {
                tijdlijn.add(new Gebeurtenis(i.afgerondOp(), i.soort() + " afgerond: " + i.uitkomst()));
            }
        });
        return tijdlijn;
    }

    private Weergave weergave(Long dossierId) {
        return new Weergave(
                routebesluiten.findByWerkprocesDossierIdOrderByBeslotenOp(dossierId).stream()
                        .map(r -> new Routebesluit(r.getWerkproces().getId(), r.getGeadviseerd(), r.getGekozen(),
                                r.getMotivering(), r.getBeslotenDoor(), r.getBeslotenOp())).toList(),
                interventies.findByWerkprocesDossierIdOrderByGestartOp(dossierId).stream()
                        .map(i -> new Interventie(i.getWerkproces().getId(), i.getSoort().name(), i.getGestartOp(),
                                i.getUitkomst(), i.getAfgerondOp())).toList());
    }
}
