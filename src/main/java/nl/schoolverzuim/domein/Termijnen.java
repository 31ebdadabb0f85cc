package nl.schoolverzuim.domein;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.ProcessEngineServicesAware;
import org.camunda.bpm.engine.delegate.VariableScope;

import nl.schoolverzuim.engine.DecisionCache;
import nl.schoolverzuim.engine.Procesbean;

/**
 * Due dates of the MAS §5 deadline table. The lengths live in the DMN decision {@code mas-termijn}
 * ({@code processes/mas-termijnen.dmn}) so a procesontwerper can change them per regio without code;
 * this class only does the calendar arithmetic. Used from BPMN as
 * {@code ${termijnen.vervaldatum(execution, 'MELDING_TRIEREN', meldingsdatum)}}.
 */
@Procesbean
public class Termijnen {

    public static final String DECISION_KEY = "mas-termijn";
    /** Deadlines end at the close of the officer's working day. */
    static final LocalTime EINDE_WERKDAG = LocalTime.of(17, 0);
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    public enum Eenheid { WERKDAGEN, DAGEN, WEKEN, MAANDEN }

    public record Termijn(int aantal, Eenheid eenheid) {
    }

    private final Werkdagen werkdagen;
    private final DecisionCache beslissingen;

    public Termijnen(Werkdagen werkdagen, DecisionCache beslissingen) {
        this.werkdagen = werkdagen;
        this.beslissingen = beslissingen;
    }

    /** Due date for {@code stap}, counted from {@code vanaf} (a date; the process variable {@code regio} selects regional rows). */
    public Date vervaldatum(VariableScope scope, String stap, Object vanaf) {
        Termijn termijn = termijn(engine(scope), stap, regio(scope));
        return eindeWerkdag(bereken(Variabelen.datum(vanaf), termijn));
    }

    private static String regio(VariableScope scope) {
        return scope.hasVariable(Variabelen.REGIO) ? (String) scope.getVariable(Variabelen.REGIO) : null;
    }

    private static ProcessEngineServices engine(VariableScope scope) {
        if (!(scope instanceof ProcessEngineServicesAware engine)) {
            throw new IllegalArgumentException("Termijnen vraagt een execution of task, geen " + scope.getClass());
        }
        return engine.getProcessEngineServices();
    }

    /** The date {@code stap}'s termijn before {@code datum}, e.g. the preparation a month before the 18th birthday. */
    public Date voor(VariableScope scope, String stap, Object datum) {
        Termijn termijn = termijn(engine(scope), stap, regio(scope));
        return Variabelen.alsDate(bereken(Variabelen.datum(datum), new Termijn(-termijn.aantal(), termijn.eenheid())));
    }

    /** The start of the day the Jongere turns {@code leeftijd} (MAS §2: the hand-off to the DSP on the 18th birthday). */
    public Date verjaardag(Object geboortedatum, int leeftijd) {
        return Variabelen.alsDate(Variabelen.datum(geboortedatum).plusYears(leeftijd));
    }

    /** The end of the school year {@code datum} falls in (31 July, end of the working day). */
    public Date eindeSchooljaar(Object datum) {
        return eindeWerkdag(Schooljaar.van(Variabelen.datum(datum)).einde());
    }

    /** Evaluated per user task, so through the {@link DecisionCache}: the table is the same for every Jongere. */
    public Termijn termijn(ProcessEngineServices engine, String stap, String regio) {
        Map<String, Object> invoer = new HashMap<>();
        invoer.put("stap", stap);
        invoer.put("regio", regio);
        Map<String, Object> waarden = beslissingen.eersteRij(engine, DECISION_KEY, invoer).orElseThrow(() ->
                new IllegalStateException("Geen termijn voor stap '" + stap + "' in beslissing " + DECISION_KEY));
        return new Termijn(((Number) waarden.get("aantal")).intValue(), Eenheid.valueOf((String) waarden.get("eenheid")));
    }

    public LocalDate bereken(LocalDate vanaf, Termijn termijn) {
        return switch (termijn.eenheid()) {
            case WERKDAGEN -> termijn.aantal() >= 0 ? werkdagen.plusWerkdagen(vanaf, termijn.aantal())
                    : werkdagen.minWerkdagen(vanaf, -termijn.aantal());
            case DAGEN -> vanaf.plusDays(termijn.aantal());
            case WEKEN -> vanaf.plusWeeks(termijn.aantal());
            case MAANDEN -> vanaf.plusMonths(termijn.aantal());
        };
    }

    /**
     * Whether {@code datum} is in the series {@code begin}, {@code begin} + termijn, + 2 termijnen, ...: the peildata of
     * a cycle such as the 3-monthly thuiszitters overview (MAS §5).
     */
    public boolean inReeks(LocalDate begin, Termijn termijn, LocalDate datum) {
        if (termijn.aantal() <= 0) {
            throw new IllegalStateException("Een cyclus vraagt een termijn van minstens 1, niet " + termijn.aantal());
        }
        LocalDate peildatum = begin;
        for (int stappen = 1; peildatum.isBefore(datum); stappen++) {
            // Each date from the begin, not from the previous one: a month from 31 January is no drift to the 28th.
            peildatum = bereken(begin, new Termijn(termijn.aantal() * stappen, termijn.eenheid()));
        }
        return peildatum.equals(datum);
    }

    /**
     * The last day a termijn may start on and have ended (end of the working day) by {@code moment}; for example the
     * latest due date that is overdue by the escalation delay now. Every unit only moves forward, so all earlier days
     * have ended too.
     */
    public LocalDate laatsteBeginVerlopenOp(Termijn termijn, Instant moment) {
        LocalDate begin = moment.atZone(ZONE).toLocalDate();
        while (eindeWerkdag(bereken(begin, termijn)).toInstant().isAfter(moment)) {
            begin = begin.minusDays(1);
        }
        return begin;
    }

    public static Date eindeWerkdag(LocalDate datum) {
        return Date.from(ZonedDateTime.of(datum, EINDE_WERKDAG, ZONE).toInstant());
    }
}
