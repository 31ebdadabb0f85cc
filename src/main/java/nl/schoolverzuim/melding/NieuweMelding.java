package nl.schoolverzuim.melding;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/meldingen}, field names fixed by meldingen.md. Dates and codes arrive as text so
 * that every bad field can be reported at once instead of the first parse failure.
 */
public record NieuweMelding(
        @Size(max = 64, message = "mag hoogstens 64 tekens lang zijn") String meldingnummer,
        @NotBlank(message = "is verplicht") String verzuimsoort,
        @NotBlank(message = "is verplicht") String meldingsdatum,
        @NotNull(message = "is verplicht") @Valid JongereGegevens jongere,
        @Valid SchoolGegevens school,
        @PositiveOrZero(message = "moet 0 of meer zijn") Integer urenVerzuim,
        @PositiveOrZero(message = "moet 0 of meer zijn") Integer kerenTeLaat,
        Boolean preventiefGesprek,
        Boolean actieGewenst,
        @Size(max = 4000, message = "mag hoogstens 4000 tekens lang zijn") String toelichting,
        String uitschrijfdatum,
        @Size(max = 10, message = "mag hoogstens 10 ouders/verzorgers bevatten") List<OuderGegevens> ouders) {

    /** Without the optional {@code ouders}. */
    public NieuweMelding(String meldingnummer, String verzuimsoort, String meldingsdatum, JongereGegevens jongere,
                         SchoolGegevens school, Integer urenVerzuim, Integer kerenTeLaat, Boolean preventiefGesprek,
                         Boolean actieGewenst, String toelichting, String uitschrijfdatum) {
        this(meldingnummer, verzuimsoort, meldingsdatum, jongere, school, urenVerzuim, kerenTeLaat, preventiefGesprek,
                actieGewenst, toelichting, uitschrijfdatum, null);
    }

    /** Without the optional {@code uitschrijfdatum} and {@code ouders}. */
    public NieuweMelding(String meldingnummer, String verzuimsoort, String meldingsdatum, JongereGegevens jongere,
                         SchoolGegevens school, Integer urenVerzuim, Integer kerenTeLaat, Boolean preventiefGesprek,
                         Boolean actieGewenst, String toelichting) {
        this(meldingnummer, verzuimsoort, meldingsdatum, jongere, school, urenVerzuim, kerenTeLaat, preventiefGesprek,
                actieGewenst, toelichting, null, null);
    }

    public record JongereGegevens(
            String bsn,
            @NotBlank(message = "is verplicht") @Size(max = 100, message = "mag hoogstens 100 tekens lang zijn")
            String voornaam,
            @NotBlank(message = "is verplicht") @Size(max = 150, message = "mag hoogstens 150 tekens lang zijn")
            String achternaam,
            @NotBlank(message = "is verplicht") String geboortedatum,
            @NotBlank(message = "is verplicht") String woongemeente,
            Boolean startkwalificatie,
            @PositiveOrZero(message = "moet 0 of meer zijn") Integer volledigeSchooljaren,
            String kwalificatieplichtVervallen) {

        /** Without the optional {@code startkwalificatie} (unknown). */
        public JongereGegevens(String bsn, String voornaam, String achternaam, String geboortedatum,
                               String woongemeente) {
            this(bsn, voornaam, achternaam, geboortedatum, woongemeente, null);
        }

        /** Without the optional end-of-leerplicht facts {@code volledigeSchooljaren} and art. 4a lid 2 (unknown). */
        public JongereGegevens(String bsn, String voornaam, String achternaam, String geboortedatum,
                               String woongemeente, Boolean startkwalificatie) {
            this(bsn, voornaam, achternaam, geboortedatum, woongemeente, startkwalificatie, null, null);
        }

        @Override
        public String toString() {
            return "JongereGegevens[...]";
        }
    }

    public record SchoolGegevens(
            @NotBlank(message = "is verplicht") String brin,
            @NotBlank(message = "is verplicht") @Size(max = 200, message = "mag hoogstens 200 tekens lang zijn")
            String naam,
            @NotBlank(message = "is verplicht") String onderwijssoort) {
    }

    /** An ouder/verzorger of the Jongere (meldingen.md {@code ouders}), checked by the Dossier's rules. */
    public record OuderGegevens(String naam, AdresGegevens adres, String telefoon, String email, Boolean gezag) {

        @Override
        public String toString() {
            return "OuderGegevens[...]";
        }
    }

    public record AdresGegevens(String straat, String huisnummer, String postcode, String woonplaats) {

        @Override
        public String toString() {
            return "AdresGegevens[...]";
        }
    }
}
