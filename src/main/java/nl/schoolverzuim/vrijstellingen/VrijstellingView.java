package nl.schoolverzuim.vrijstellingen;

import java.time.LocalDate;
import java.util.List;

/** A vrijstelling as the API shows it (vrijstellingen.md); no BSN (MAS §10). */
record VrijstellingView(Long id, Long dossierId, Long werkprocesId, Status status, Grond grond, String grondLabel,
                        LocalDate aanvraagdatum, String schooljaar, Aanvrager aanvrager, LocalDate ingangsdatum,
                        LocalDate einddatum, List<Bijlage> bijlagen, LocalDate besluitdatum, String motivering,
                        String intrekkingsreden, Toets toets) {

    record Toets(boolean voldoet, List<String> redenen) {
    }

    static VrijstellingView van(Vrijstelling v, String grondLabel) {
        return new VrijstellingView(v.getId(), v.getDossier().getId(), v.getWerkproces().getId(), v.getStatus(),
                v.getGrond(), grondLabel, v.getAanvraagdatum(), v.getSchooljaar(), v.getAanvrager(),
                v.getIngangsdatum(), v.getEinddatum(), v.getBijlagen().stream().sorted().toList(), v.getBesluitdatum(),
                v.getMotivering(), v.getIntrekkingsreden(),
                new Toets(Boolean.TRUE.equals(v.getToetsVoldoet()), v.getToetsRedenen()));
    }
}
