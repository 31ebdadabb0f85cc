package nl.schoolverzuim.vrijstellingen;

/**
 * The body of {@code POST /api/verlofaanvragen}, field names fixed by vrijstellingen.md. Dates and codes arrive as
 * text so that every bad field can be reported at once.
 */
public record NieuweVerlofaanvraag(Jongere jongere, School school, String van, String tot, String reden,
                                   String aanvraagdatum) {

    public record Jongere(String bsn, String voornaam, String achternaam, String geboortedatum, String woongemeente) {
        @Override
        public String toString() {
            return "Jongere[" + geboortedatum + ", " + woongemeente + "]"; // never the BSN (MAS §10)
        }
    }

    public record School(String brin, String naam, String onderwijssoort) {
    }
}
