package nl.schoolverzuim.dossier;

import java.time.LocalDate;
import java.util.List;

/** The meldingen of a Dossier, provided by the intake module so the dossier does not depend on it. */
public interface DossierMeldingen {

    List<MeldingRegel> vanDossier(Long dossierId);

    record MeldingRegel(Long id, String meldingnummer, String verzuimsoort, LocalDate meldingsdatum, String school,
                        String onderwijssoort, int urenVerzuim, int kerenTeLaat, Long werkprocesId, boolean herhaald) {
    }
}
