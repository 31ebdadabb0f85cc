package nl.schoolverzuim.melding;

import java.time.LocalDate;
import java.util.List;

import nl.schoolverzuim.domein.Verzuimsoort;
import nl.schoolverzuim.dossier.Persoonsgegevens;
import nl.schoolverzuim.dossier.VerzorgerInvoer;
import nl.schoolverzuim.melding.WerkprocesRoutering.Route;
import nl.schoolverzuim.organisatie.Onderwijssoort;

/**
 * A {@link NieuweMelding} that passed every rule, with its values parsed and its route decided; {@code uitschrijfdatum}
 * is set (the meldingsdatum when not given) for ABSOLUUT and VSV only; {@code ouders} is never null.
 */
record GeldigeMelding(String meldingnummer, Verzuimsoort verzuimsoort, LocalDate meldingsdatum,
                      Persoonsgegevens jongere, int leeftijd, SchoolOpgave school, int urenVerzuim, int kerenTeLaat,
                      boolean preventiefGesprek, Boolean actieGewenst, String toelichting, LocalDate uitschrijfdatum,
                      Route route, List<VerzorgerInvoer> ouders) {

    record SchoolOpgave(String brin, String naam, Onderwijssoort onderwijssoort) {
    }
}
