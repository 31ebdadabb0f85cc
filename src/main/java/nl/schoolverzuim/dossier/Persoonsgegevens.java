package nl.schoolverzuim.dossier;

import java.time.LocalDate;

import nl.schoolverzuim.organisatie.Gemeente;

/**
 * The identifying data a melding carries about a Jongere, already validated, with whether the melding says the
 * Jongere has a startkwalificatie (MAS §2; null: not stated).
 */
public record Persoonsgegevens(String bsn, String voornaam, String achternaam, LocalDate geboortedatum,
                               Gemeente woongemeente, Boolean startkwalificatie) {

    public Persoonsgegevens(String bsn, String voornaam, String achternaam, LocalDate geboortedatum,
                            Gemeente woongemeente) {
        this(bsn, voornaam, achternaam, geboortedatum, woongemeente, null);
    }

    @Override
    public String toString() {
        return "Persoonsgegevens[" + geboortedatum + "]";
    }
}
