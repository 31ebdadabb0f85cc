package nl.schoolverzuim.dossier;

import java.time.LocalDate;

import nl.schoolverzuim.domein.KwalificatieplichtVervallen;
import nl.schoolverzuim.organisatie.Gemeente;

/**
 * The identifying data a melding carries about a Jongere, already validated, with what the melding says about the end
 * of leerplicht and kwalificatieplicht (MAS §2; null: not stated): a startkwalificatie, the number of full school
 * years completed, a ground of art. 4a lid 2.
 */
public record Persoonsgegevens(String bsn, String voornaam, String achternaam, LocalDate geboortedatum,
                               Gemeente woongemeente, Boolean startkwalificatie, Integer volledigeSchooljaren,
                               KwalificatieplichtVervallen kwalificatieplichtVervallen) {

    public Persoonsgegevens(String bsn, String voornaam, String achternaam, LocalDate geboortedatum,
                            Gemeente woongemeente) {
        this(bsn, voornaam, achternaam, geboortedatum, woongemeente, null, null, null);
    }

    @Override
    public String toString() {
        return "Persoonsgegevens[" + geboortedatum + "]";
    }
}
