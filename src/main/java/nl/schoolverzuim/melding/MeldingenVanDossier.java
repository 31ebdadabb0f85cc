package nl.schoolverzuim.melding;

import java.util.List;

import org.springframework.stereotype.Component;

import nl.schoolverzuim.dossier.DossierMeldingen;
import nl.schoolverzuim.dossier.WerkprocesResultaat;

@Component
class MeldingenVanDossier implements DossierMeldingen {

    private final MeldingRepository meldingen;

    MeldingenVanDossier(MeldingRepository meldingen) {
        this.meldingen = meldingen;
    }

    @Override
    public List<MeldingRegel> vanDossier(Long dossierId) {
        return meldingen.findByDossierIdOrderByMeldingsdatumAscIdAsc(dossierId).stream()
                .map(m -> new MeldingRegel(m.getId(), m.getMeldingnummer(), m.getVerzuimsoort().name(),
                        m.getMeldingsdatum(), m.getSchool() == null ? null : m.getSchool().getNaam(),
                        m.getSchool() == null ? null : m.getSchool().getOnderwijssoort().name(),
                        m.getUrenVerzuim(), m.getKerenTeLaat(),
                        m.getWerkproces() == null ? null : m.getWerkproces().getId(), m.isHerhaald(),
                        m.getWerkproces() != null && WerkprocesResultaat.GEOORLOOFD.name().equals(m.getWerkproces().getResultaat())))
                .toList();
    }
}
