package nl.schoolverzuim.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.schoolverzuim.domein.VeldFout;

/**
 * The rules for an ouder/verzorger, shared by the intake's {@code ouders} (meldingen.md) and the Dossier page: a name,
 * an address that is complete or absent, a postcode {@code 9999 XX}, a well-formed e-mail and phone number.
 */
class VerzorgerInvoerTest {

    private static final VerzorgerInvoer GOED = new VerzorgerInvoer("Karin de Vries", "Dorpsstraat", "12a", "7001 AB",
            "Doetinchem", "0314-123456", "karin@example.nl", true);

    @ParameterizedTest(name = "{0} = \"{1}\": {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            naam       | NULL                        | is verplicht
            naam       | '   '                       | is verplicht
            naam       | \u00A0                      | is verplicht
            straat     | NULL                        | is verplicht in een adres (straat, huisnummer, postcode en woonplaats)
            huisnummer | NULL                        | is verplicht in een adres (straat, huisnummer, postcode en woonplaats)
            huisnummer | a12                         | is geen huisnummer: een getal, eventueel met een toevoeging (12, 12a, 12-3)
            huisnummer | 0                           | is geen huisnummer: een getal, eventueel met een toevoeging (12, 12a, 12-3)
            postcode   | NULL                        | is verplicht in een adres (straat, huisnummer, postcode en woonplaats)
            postcode   | 700 AB                      | is geen postcode: vier cijfers en twee letters (7001 AB)
            postcode   | 0701 AB                     | is geen postcode: vier cijfers en twee letters (7001 AB)
            postcode   | 7001 A1                     | is geen postcode: vier cijfers en twee letters (7001 AB)
            postcode   | 70011AB                     | is geen postcode: vier cijfers en twee letters (7001 AB)
            woonplaats | NULL                        | is verplicht in een adres (straat, huisnummer, postcode en woonplaats)
            email      | karin                       | is geen geldig e-mailadres (naam@voorbeeld.nl)
            email      | karin@                      | is geen geldig e-mailadres (naam@voorbeeld.nl)
            email      | karin@example               | is geen geldig e-mailadres (naam@voorbeeld.nl)
            email      | karin de vries@example.nl   | is geen geldig e-mailadres (naam@voorbeeld.nl)
            email      | karin@@example.nl           | is geen geldig e-mailadres (naam@voorbeeld.nl)
            telefoon   | bel maar                    | is geen telefoonnummer: 8 tot 15 cijfers, eventueel met +, spaties, streepjes of haakjes
            telefoon   | 1234567                     | is geen telefoonnummer: 8 tot 15 cijfers, eventueel met +, spaties, streepjes of haakjes
            telefoon   | 1234567890123456            | is geen telefoonnummer: 8 tot 15 cijfers, eventueel met +, spaties, streepjes of haakjes
            """)
    void eenFoutVeldWordtGenoemdMetEenNederlandseZin(String veld, String waarde, String melding) {
        List<VeldFout> fouten = new ArrayList<>();

        VerzorgerInvoer invoer = met(GOED, veld, waarde).gecontroleerd(true, v -> "ouders[0]." + v, fouten);

        assertThat(invoer).isNull();
        assertThat(fouten).containsExactly(new VeldFout("ouders[0]." + veld, melding));
    }

    /** The edges of the accepted forms: what is just valid passes, and is stored in one form. */
    @ParameterizedTest(name = "{0} = \"{1}\" → \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            postcode   | 7001AB            | 7001 AB
            postcode   | 7001 ab           | 7001 AB
            postcode   | 1000 AA           | 1000 AA
            huisnummer | 12                | 12
            huisnummer | 12-3              | 12-3
            huisnummer | 99999 bis         | 99999 bis
            telefoon   | 06 12345678       | 06 12345678
            telefoon   | +31 (0)314-123456 | +31 (0)314-123456
            telefoon   | 12345678          | 12345678
            telefoon   | 123456789012345   | 123456789012345
            email      | k.de.vries+school@mail.example.nl | k.de.vries+school@mail.example.nl
            """)
    void geldigeWaardenWordenOpgeslagenInEenVorm(String veld, String waarde, String opgeslagen) {
        List<VeldFout> fouten = new ArrayList<>();

        VerzorgerInvoer invoer = met(GOED, veld, "  " + waarde + " ").gecontroleerd(true, UnaryOperator.identity(), fouten);

        assertThat(fouten).isEmpty();
        assertThat(met(invoer, veld, null)).isEqualTo(met(GOED, veld, null));
        assertThat(waarde(invoer, veld)).isEqualTo(opgeslagen);
    }

    @Test
    void zonderAdresIsAlleenDeNaamVerplicht() {
        List<VeldFout> fouten = new ArrayList<>();
        VerzorgerInvoer alleenNaam = new VerzorgerInvoer(" Karin ", "", " ", null, null, null, "", null);

        VerzorgerInvoer invoer = alleenNaam.gecontroleerd(alleenNaam.heeftAdres(), UnaryOperator.identity(), fouten);

        assertThat(fouten).isEmpty();
        assertThat(invoer).isEqualTo(new VerzorgerInvoer("Karin", null, null, null, null, null, null, null));
    }

    @Test
    void eenHalfAdresNoemtElkOntbrekendVeld() {
        List<VeldFout> fouten = new ArrayList<>();
        VerzorgerInvoer halfAdres = new VerzorgerInvoer("Karin", null, null, "7001 AB", null, null, null, null);

        assertThat(halfAdres.gecontroleerd(halfAdres.heeftAdres(), UnaryOperator.identity(), fouten)).isNull();

        assertThat(fouten).extracting(VeldFout::field).containsExactly("straat", "huisnummer", "woonplaats");
    }

    @Test
    void teLangeVeldenWordenGenoemd() {
        List<VeldFout> fouten = new ArrayList<>();
        VerzorgerInvoer lang = new VerzorgerInvoer("n".repeat(201), "s".repeat(201), "12", "7001 AB",
                "w".repeat(101), null, "a".repeat(250) + "@example.nl", null);

        assertThat(lang.gecontroleerd(true, UnaryOperator.identity(), fouten)).isNull();

        assertThat(fouten).containsExactly(new VeldFout("naam", "mag hoogstens 200 tekens lang zijn"),
                new VeldFout("straat", "mag hoogstens 200 tekens lang zijn"),
                new VeldFout("woonplaats", "mag hoogstens 100 tekens lang zijn"),
                new VeldFout("email", "mag hoogstens 254 tekens lang zijn"));
    }

    /** ADR 0026: one person per Dossier, recognised by name whatever the case or spacing. */
    @Test
    void deSleutelNegeertHoofdlettersEnSpaties() {
        assertThat(VerzorgerInvoer.sleutel("  Karin   de\u00A0Vries ")).isEqualTo(VerzorgerInvoer.sleutel("karin de vries"))
                .isEqualTo("karin de vries");
        assertThat(VerzorgerInvoer.sleutel("Karin de Vries")).isNotEqualTo(VerzorgerInvoer.sleutel("Karin Vries"));
    }

    @Test
    void deTekstvormNoemtGeenPersoonsgegevens() {
        assertThat(GOED.toString()).doesNotContain("Karin", "Dorpsstraat", "7001", "karin@");
    }

    private static VerzorgerInvoer met(VerzorgerInvoer v, String veld, String waarde) {
        return new VerzorgerInvoer(veld.equals("naam") ? waarde : v.naam(), veld.equals("straat") ? waarde : v.straat(),
                veld.equals("huisnummer") ? waarde : v.huisnummer(), veld.equals("postcode") ? waarde : v.postcode(),
                veld.equals("woonplaats") ? waarde : v.woonplaats(), veld.equals("telefoon") ? waarde : v.telefoon(),
                veld.equals("email") ? waarde : v.email(), v.gezag());
    }

    private static String waarde(VerzorgerInvoer v, String veld) {
        return switch (veld) {
            case "postcode" -> v.postcode();
            case "huisnummer" -> v.huisnummer();
            case "telefoon" -> v.telefoon();
            case "email" -> v.email();
            default -> throw new IllegalArgumentException(veld);
        };
    }
}
