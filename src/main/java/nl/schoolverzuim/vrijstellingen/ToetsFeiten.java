package nl.schoolverzuim.vrijstellingen;

import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.schoolverzuim.domein.Leeftijd;

/**
 * The facts decision {@code vrijstelling-toets} reads, from the dates and documents of an aanvraag. Only facts: the
 * requirements themselves (one month, 1 July, 16-17, which documents) are the decision's rows (MAS §7).
 */
final class ToetsFeiten {

    /** The inputs of decision vrijstelling-toets, also the process variables that carry them. */
    static final List<String> NAMEN = List.of("grond", "leeftijd", "verklaringDeskundige",
            "leerplichtigBijBeginSchooljaar", "maandenTotVijfdeVerjaardag", "dagenTot1Juli",
            "bewijsInschrijvingBuitenland", "bewijsAanwezigheidBuitenland", "alternatiefProgramma");

    private ToetsFeiten() {
    }

    /**
     * {@code schooljaarBegin}: 1 August of the school year the aanvraag is for, null when none was given. Leerplicht
     * starts on the first day of the month after the 5th birthday (MAS §2); whole months and days are counted from
     * the aanvraagdatum, which for art. 5 onder b is the date of the kennisgeving.
     */
    static Map<String, Object> van(Grond grond, LocalDate aanvraagdatum, LocalDate schooljaarBegin,
                                   LocalDate geboortedatum, LocalDate ingangsdatum, Set<Bijlage> bijlagen) {
        LocalDate vijfdeVerjaardag = geboortedatum.plusYears(5);
        LocalDate leerplichtBegin = vijfdeVerjaardag.withDayOfMonth(1).plusMonths(1);
        Map<String, Object> feiten = new HashMap<>();
        feiten.put("grond", grond.name());
        feiten.put("leeftijd", Leeftijd.op(geboortedatum, ingangsdatum));
        feiten.put("verklaringDeskundige", bijlagen.contains(Bijlage.VERKLARING_DESKUNDIGE));
        feiten.put("leerplichtigBijBeginSchooljaar",
                schooljaarBegin == null ? null : !leerplichtBegin.isAfter(schooljaarBegin));
        feiten.put("maandenTotVijfdeVerjaardag",
                (int) Period.between(aanvraagdatum, vijfdeVerjaardag).toTotalMonths());
        feiten.put("dagenTot1Juli", schooljaarBegin == null ? null
                : (int) ChronoUnit.DAYS.between(aanvraagdatum, LocalDate.of(schooljaarBegin.getYear(), Month.JULY, 1)));
        feiten.put("bewijsInschrijvingBuitenland", bijlagen.contains(Bijlage.BEWIJS_INSCHRIJVING_BUITENLAND));
        feiten.put("bewijsAanwezigheidBuitenland", bijlagen.contains(Bijlage.BEWIJS_AANWEZIGHEID_BUITENLAND));
        feiten.put("alternatiefProgramma", bijlagen.contains(Bijlage.ALTERNATIEF_PROGRAMMA));
        return feiten;
    }
}
