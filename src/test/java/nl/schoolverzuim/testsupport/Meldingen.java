package nl.schoolverzuim.testsupport;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import nl.schoolverzuim.dossier.Bsn;

/** Request bodies for {@code POST /api/meldingen} in the shape of meldingen.md, unique per call. */
public final class Meldingen {

    private static final AtomicInteger VOLGNUMMER = new AtomicInteger(1000);

    private Meldingen() {
    }

    /** A valid WETTELIJK melding for a 14-year-old of Doetinchem, as in the contract's example. */
    public static Map<String, Object> wettelijk() {
        LocalDate meldingsdatum = LocalDate.now().minusDays(3);
        Map<String, Object> jongere = new LinkedHashMap<>();
        jongere.put("bsn", uniekBsn());
        jongere.put("voornaam", "Sanne");
        jongere.put("achternaam", "Test-" + VOLGNUMMER.incrementAndGet());
        jongere.put("geboortedatum", meldingsdatum.minusYears(14).minusMonths(2).toString());
        jongere.put("woongemeente", "Doetinchem");
        Map<String, Object> school = new LinkedHashMap<>();
        school.put("brin", "12AB");
        school.put("naam", "Houtkamp College");
        school.put("onderwijssoort", "VO");
        Map<String, Object> melding = new LinkedHashMap<>();
        melding.put("meldingnummer", "DUO-TEST-" + UUID.randomUUID());
        melding.put("verzuimsoort", "WETTELIJK");
        melding.put("meldingsdatum", meldingsdatum.toString());
        melding.put("jongere", jongere);
        melding.put("school", school);
        melding.put("urenVerzuim", 16);
        melding.put("kerenTeLaat", 0);
        melding.put("preventiefGesprek", false);
        melding.put("actieGewenst", null);
        melding.put("toelichting", "vrije tekst");
        return melding;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> jongere(Map<String, Object> melding) {
        return (Map<String, Object>) melding.get("jongere");
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> school(Map<String, Object> melding) {
        return (Map<String, Object>) melding.get("school");
    }

    /** Sets the Jongere's date of birth so they are {@code jaar} years old on the meldingsdatum. */
    public static void leeftijd(Map<String, Object> melding, int jaar) {
        LocalDate meldingsdatum = LocalDate.parse((String) melding.get("meldingsdatum"));
        jongere(melding).put("geboortedatum", meldingsdatum.minusYears(jaar).toString());
    }

    /** A BSN that passes the 11-proef and no other test has used. */
    public static String uniekBsn() {
        String bsn = null;
        while (bsn == null) {
            bsn = Bsn.metControlecijfer("2%07d".formatted(VOLGNUMMER.incrementAndGet() * 7919 % 10_000_000));
        }
        return bsn;
    }
}
