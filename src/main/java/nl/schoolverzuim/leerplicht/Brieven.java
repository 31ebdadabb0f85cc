package nl.schoolverzuim.leerplicht;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import nl.schoolverzuim.domein.Termijnen;
import nl.schoolverzuim.domein.Variabelen;

/** Dutch letters the werkproces generates for the Dossier. */
@Component
class Brieven {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    /** MAS §4.1: afspraken of the preventive talk, to the ouders with a copy to the school; second talk in 6 weeks. */
    String preventiefGesprek(Map<String, Object> v) {
        return """
                Aan de ouders/verzorgers van %s

                Betreft: preventief verzuimgesprek

                Geachte ouders/verzorgers,

                Op %s heeft de leerplichtambtenaar van de gemeente %s op %s een preventief gesprek gevoerd met %s over \
                het schoolverzuim. In dat gesprek zijn de volgende afspraken gemaakt:

                %s

                Over zes weken volgt een tweede gesprek om te bespreken of het verzuim is gestopt. Blijft het verzuim \
                doorgaan, dan kan de school het verzuim opnieuw melden en volgt een onderzoek door de leerplichtambtenaar.

                Met vriendelijke groet,

                De leerplichtambtenaar van de gemeente %s

                Kopie: %s
                """.formatted(v.get("jongereNaam"), datum(v.get("gesprekDatum")), v.get("gemeente"),
                v.getOrDefault("schoolNaam", "school"), v.get("jongereNaam"), v.get("afspraken"), v.get("gemeente"),
                v.getOrDefault("schoolNaam", "de school"));
    }
    /**
     * MAS §4 step 2: the waarschuwing after the onderzoek, to the ouders (and the Jongere from 12), with a copy to the
     * school; the follow-up in 6 weeks. {@code schriftelijk}: a schriftelijke waarschuwing, else the confirmation of
     * the waarschuwingsgesprek.
     */
    String waarschuwing(Map<String, Object> v, boolean schriftelijk) {
        return """
                Aan de ouders/verzorgers van %s

                Betreft: %s

                Geachte ouders/verzorgers,

                %s De leerplichtambtenaar van de gemeente %s heeft het verzuim van %s onderzocht:

                %s

                Wij verwachten dat %s vanaf nu iedere schooldag naar school gaat. Over zes weken kijken wij met de \
                school of het verzuim is gestopt. Gaat het verzuim door, dan volgt een zwaardere maatregel, zoals een \
                verwijzing naar hulp, naar Halt of een proces-verbaal.

                Met vriendelijke groet,

                De leerplichtambtenaar van de gemeente %s

                Kopie: %s
                """.formatted(v.get("jongereNaam"), schriftelijk ? "schriftelijke waarschuwing" : "waarschuwingsgesprek",
                schriftelijk ? "Hierbij ontvangt u een schriftelijke waarschuwing." : "Deze brief bevestigt het "
                        + "waarschuwingsgesprek dat wij met u hebben gevoerd.",
                v.get("gemeente"), v.get("jongereNaam"), v.get("verzuimfeiten"), v.get("jongereNaam"), v.get("gemeente"),
                v.getOrDefault("schoolNaam", "de school"));
    }

    private static String datum(Object waarde) {
        return DATUM.format(waarde == null ? LocalDate.now(Termijnen.ZONE) : Variabelen.datum(waarde));
    }
}
