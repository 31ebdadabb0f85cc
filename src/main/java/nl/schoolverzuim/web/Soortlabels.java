package nl.schoolverzuim.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.schoolverzuim.domein.Verzuimsoort;

/**
 * The kind a page shows for a melding or werkproces: the Verzuimsoort's Dutch name, or, for a werkproces without
 * verzuim (a vrijstelling, a verlof request; ADR 0033), the label of its process ({@code werkproces.soort.<procesKey>}
 * in messages.properties).
 */
@Component
public class Soortlabels {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");

    private final MessageSource berichten;

    Soortlabels(MessageSource berichten) {
        this.berichten = berichten;
    }

    /** {@code verzuimsoort} a code of {@link Verzuimsoort} or null; null when neither is known. */
    public String van(String verzuimsoort, String procesKey) {
        if (verzuimsoort != null) {
            try {
                return Verzuimsoort.valueOf(verzuimsoort).omschrijving();
            } catch (IllegalArgumentException onbekend) {
                return verzuimsoort;
            }
        }
        return procesKey == null ? null : berichten.getMessage("werkproces.soort." + procesKey, null, null, NL);
    }
}
