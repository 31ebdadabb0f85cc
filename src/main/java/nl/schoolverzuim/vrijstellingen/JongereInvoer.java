package nl.schoolverzuim.vrijstellingen;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.schoolverzuim.domein.Leeftijd;
import nl.schoolverzuim.domein.Leerplichtfase;
import nl.schoolverzuim.domein.VeldFout;
import nl.schoolverzuim.dossier.Bsn;
import nl.schoolverzuim.dossier.Persoonsgegevens;
import nl.schoolverzuim.organisatie.Gemeente;
import nl.schoolverzuim.organisatie.Gemeenten;

/**
 * The {@code jongere} of a vrijstelling or verlof request (vrijstellingen.md: as in the intake contract), checked the
 * same way for both. Whether the Jongere is leer- or kwalificatieplichtig on the peildatum is decision
 * {@code leerplicht-fase} (MAS §2), the table the routing reads too. Messages never repeat a value (MAS §10).
 */
@Component
class JongereInvoer {

    private final Gemeenten gemeenten;
    private final Leerplichtfase leerplichtfase;

    JongereInvoer(Gemeenten gemeenten, Leerplichtfase leerplichtfase) {
        this.gemeenten = gemeenten;
        this.leerplichtfase = leerplichtfase;
    }

    /** The Jongere's particulars, or null when a field is bad (each bad field is added to {@code fouten}). */
    Persoonsgegevens gecontroleerd(String bsnWaarde, String voornaamWaarde, String achternaamWaarde,
                                   String geboortedatumWaarde, String gemeenteWaarde, LocalDate peildatum,
                                   String peildatumNaam, List<VeldFout> fouten) {
        String bsn = tekst(bsnWaarde);
        if (bsn != null && !Bsn.isGeldig(bsn)) {
            fouten.add(new VeldFout("jongere.bsn", "is geen geldig BSN: 9 cijfers die aan de 11-proef voldoen"));
        }
        String voornaam = verplicht(voornaamWaarde, "jongere.voornaam", 100, fouten);
        String achternaam = verplicht(achternaamWaarde, "jongere.achternaam", 150, fouten);
        LocalDate geboortedatum = datum(geboortedatumWaarde, fouten);
        Gemeente woongemeente = null;
        String gemeente = tekst(gemeenteWaarde);
        if (gemeente == null) {
            fouten.add(new VeldFout("jongere.woongemeente", "is verplicht"));
        } else {
            woongemeente = gemeenten.zoek(gemeente).orElse(null);
            if (woongemeente == null) {
                fouten.add(new VeldFout("jongere.woongemeente", "is geen bekende gemeente (naam of CBS-code)"));
            }
        }
        if (geboortedatum != null && peildatum != null && !plichtig(geboortedatum, peildatum)) {
            String leeftijd = geboortedatum.isAfter(peildatum) ? "nog niet geboren"
                    : Leeftijd.op(geboortedatum, peildatum) + " jaar";
            fouten.add(new VeldFout("jongere.geboortedatum", "de jongere is op de " + peildatumNaam + " " + leeftijd
                    + " en niet leer- of kwalificatieplichtig (MAS §2)"));
            geboortedatum = null;
        }
        if (voornaam == null || achternaam == null || geboortedatum == null || woongemeente == null
                || (bsn != null && !Bsn.isGeldig(bsn))) {
            return null;
        }
        return new Persoonsgegevens(bsn, voornaam, achternaam, geboortedatum, woongemeente);
    }

    private boolean plichtig(LocalDate geboortedatum, LocalDate peildatum) {
        return leerplichtfase.op(new Leerplichtfase.Feiten(geboortedatum, null, null, null), peildatum)
                .map(fase -> !"GEEN".equals(fase.fase())).orElse(false);
    }

    private static LocalDate datum(String waarde, List<VeldFout> fouten) {
        String tekst = verplicht(waarde, "jongere.geboortedatum", 10, fouten);
        if (tekst == null) {
            return null;
        }
        try {
            return LocalDate.parse(tekst);
        } catch (DateTimeParseException e) {
            fouten.add(new VeldFout("jongere.geboortedatum", "is geen geldige datum (JJJJ-MM-DD)"));
            return null;
        }
    }

    private static String verplicht(String waarde, String veld, int maximum, List<VeldFout> fouten) {
        String tekst = tekst(waarde);
        if (tekst == null) {
            fouten.add(new VeldFout(veld, "is verplicht"));
        } else if (tekst.length() > maximum) {
            fouten.add(new VeldFout(veld, "mag hoogstens " + maximum + " tekens lang zijn"));
            return null;
        }
        return tekst;
    }

    /** A blank value is absent; otherwise the value without surrounding spaces. */
    static String tekst(String waarde) {
        return waarde == null || waarde.isBlank() ? null : waarde.strip();
    }
}
