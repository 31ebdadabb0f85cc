package nl.schoolverzuim.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.schoolverzuim.dossier.DossierMeldingen.MeldingRegel;

/** {@code GET /api/dossiers/{id}}: the Jongere, all meldingen and the werkprocessen with their current step. */
record DossierView(Long id, Instant aangemaaktOp, JongereView jongere, List<MeldingRegel> meldingen,
                   List<WerkprocesView> werkprocessen, Map<String, Object> onderdelen,
                   List<DossierOnderdeel.Gebeurtenis> tijdlijn) {

    record JongereView(Long id, String voornaam, String achternaam, LocalDate geboortedatum, int leeftijd, String bsn,
                       String woongemeente, String regio) {
    }

    enum Status { LOPEND, AFGEROND }

    record WerkprocesView(Long id, String verzuimsoort, String procesKey, String team, String kandidaatGroep,
                          Instant gestartOp, Status status, Instant afgerondOp, WerkprocesResultaat resultaat,
                          String resultaatDetail, List<StapView> huidigeStappen) {
    }

    record StapView(String taakId, String naam, Instant vervaldatum, String toegewezenAan) {
    }
}
