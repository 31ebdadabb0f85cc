package nl.schoolverzuim.melding;

import java.time.Instant;
import java.time.LocalDate;

import nl.schoolverzuim.dossier.Bsn;
import nl.schoolverzuim.dossier.Jongere;

/** {@code GET /api/meldingen/{id}}; the BSN only masked (MAS §10). */
record MeldingView(Long id, String meldingnummer, String verzuimsoort, LocalDate meldingsdatum, Instant ontvangenOp,
                   int urenVerzuim, int kerenTeLaat, boolean preventiefGesprek, Boolean actieGewenst,
                   String toelichting, LocalDate uitschrijfdatum, boolean herhaald, SchoolView school,
                   JongereView jongere, Long dossierId, Long werkprocesId) {

    record SchoolView(String brin, String naam, String onderwijssoort) {
    }

    /** With what is known of the end of leerplicht and kwalificatieplicht (MAS §2); null is unknown. */
    record JongereView(String voornaam, String achternaam, LocalDate geboortedatum, String bsn, String woongemeente,
                       Boolean startkwalificatie, Integer volledigeSchooljaren, String kwalificatieplichtVervallen) {
    }

    static MeldingView van(Melding melding) {
        Jongere jongere = melding.getDossier().getJongere();
        return new MeldingView(melding.getId(), melding.getMeldingnummer(), melding.getVerzuimsoort().name(),
                melding.getMeldingsdatum(), melding.getOntvangenOp(), melding.getUrenVerzuim(), melding.getKerenTeLaat(),
                melding.isPreventiefGesprek(), melding.getActieGewenst(), melding.getToelichting(),
                melding.getUitschrijfdatum(), melding.isHerhaald(),
                melding.getSchool() == null ? null : new SchoolView(melding.getSchool().getBrin(),
                        melding.getSchool().getNaam(), melding.getSchool().getOnderwijssoort().name()),
                new JongereView(jongere.getVoornaam(), jongere.getAchternaam(), jongere.getGeboortedatum(),
                        Bsn.gemaskeerd(jongere.getBsn()), melding.getDossier().getBekendeWoongemeente().getNaam(),
                        jongere.getStartkwalificatie(), jongere.getVolledigeSchooljaren(),
                        jongere.getKwalificatieplichtVervallen() == null ? null
                                : jongere.getKwalificatieplichtVervallen().name()),
                melding.getDossier().getId(),
                melding.getWerkproces() == null ? null : melding.getWerkproces().getId());
    }
}
