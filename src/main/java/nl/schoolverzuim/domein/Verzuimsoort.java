package nl.schoolverzuim.domein;

import java.util.EnumSet;
import java.util.Set;

/** The kinds of melding of MAS §3. Shared by intake, the werkprocessen and reporting. */
public enum Verzuimsoort {
    ABSOLUUT("Absoluut verzuim"),
    WETTELIJK("Wettelijk (relatief) verzuim"),
    LANGDURIG_RELATIEF("Langdurig relatief verzuim"),
    LUXE("Luxe verzuim"),
    OVERIG("Overig verzuim"),
    VERZUIM_18PLUS("Verzuim 18+"),
    VSV("Voortijdig schoolverlaten"),
    ZORG_PREVENTIE("Zorg en preventie"),
    INFORMATIE_ADVIES("Informatie en advies");

    /** meldingen.md: a melding of these soorten may come without a school (not enrolled, de-registered, a question). */
    private static final Set<Verzuimsoort> ZONDER_SCHOOL = EnumSet.of(ABSOLUUT, VSV, INFORMATIE_ADVIES);

    private final String omschrijving;

    Verzuimsoort(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public boolean vereistSchool() {
        return !ZONDER_SCHOOL.contains(this);
    }
}
