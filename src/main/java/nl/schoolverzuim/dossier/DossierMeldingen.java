package nl.schoolverzuim.dossier;

import java.time.LocalDate;
import java.util.List;

/** The meldingen of a Dossier, provided by the intake module so the dossier does not depend on it. */
public interface DossierMeldingen {

    List<MeldingRegel> vanDossier(Long dossierId);

    /**
     * {@code herhaald}: an earlier WETTELIJK melding in the same school year (MAS §3); {@code geoorloofd}: triage found
     * the absence geoorloofd, so the melding is no verzuim (MAS §3).
     */
    record MeldingRegel(Long id, String meldingnummer, String verzuimsoort, LocalDate meldingsdatum, String school,
                        String onderwijssoort, int urenVerzuim, int kerenTeLaat, Long werkprocesId, boolean herhaald,
                        boolean geoorloofd) {
    }
}
