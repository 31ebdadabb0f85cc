package nl.schoolverzuim.dossier;

import java.time.LocalDate;

import nl.schoolverzuim.organisatie.Gemeente;

/** The identifying data a melding carries about a Jongere, already validated. */
public record Persoonsgegevens(String bsn, String voornaam, String achternaam, LocalDate geboortedatum,
                               Gemeente woongemeente) {

    @Override
    public String toString() {
        return "Persoonsgegevens[" + geboortedatum + "]";
    }
}
