package nl.schoolverzuim.vrijstellingen;

import java.util.List;

/**
 * The body of {@code POST /api/vrijstellingen}, field names fixed by vrijstellingen.md. Dates and codes arrive as text
 * so that every bad field can be reported at once.
 */
public record NieuweVrijstelling(String grond, String aanvraagdatum, String schooljaar, String aanvrager,
                                 Jongere jongere, String ingangsdatum, String einddatum, List<String> bijlagen,
                                 String toelichting) {

    public record Jongere(String bsn, String voornaam, String achternaam, String geboortedatum, String woongemeente) {

        @Override
        public String toString() {
            return "Jongere[...]";
        }
    }
}
