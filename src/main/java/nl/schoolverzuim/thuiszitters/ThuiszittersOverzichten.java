package nl.schoolverzuim.thuiszitters;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.schoolverzuim.domein.GeenToegangException;
import nl.schoolverzuim.domein.NietGevondenException;
import nl.schoolverzuim.domein.Termijnen;
import nl.schoolverzuim.engine.Procesbean;
import nl.schoolverzuim.organisatie.Samenwerkingsverband;
import nl.schoolverzuim.organisatie.SamenwerkingsverbandRepository;
import nl.schoolverzuim.toegang.Toegang;

/**
 * The 3-monthly thuiszitters overview per samenwerkingsverband (MAS §5, §6), made by
 * {@code processes/thuiszitters-overzicht.bpmn} on the peildata of the cycle in row {@value #STAP} of decision
 * {@code mas-termijn}, counted from 1 January. The last {@value #BEWAARD} overviews of each are kept.
 */
@Procesbean
@Component("thuiszittersOverzichten")
@Transactional
public class ThuiszittersOverzichten {

    static final int BEWAARD = 8;
    static final String STAP = "THUISZITTERS_OVERZICHT";
    static final String KOP = "Jongere;Geboortedatum;School;Thuiszitter sinds;Reden;Aangemeld bij tafel;Plan;Streefdatum;Regiehouder";

    private final ThuiszitterRepository thuiszitters;
    private final ThuiszittersOverzichtRepository overzichten;
    private final SamenwerkingsverbandRepository samenwerkingsverbanden;
    private final Toegang toegang;
    private final Termijnen termijnen;
    private final Clock clock;

    ThuiszittersOverzichten(ThuiszitterRepository thuiszitters, ThuiszittersOverzichtRepository overzichten,
                            SamenwerkingsverbandRepository samenwerkingsverbanden, Toegang toegang, Termijnen termijnen,
                            Clock clock) {
        this.toegang = toegang;
        this.termijnen = termijnen;
        this.thuiszitters = thuiszitters;
        this.overzichten = overzichten;
        this.samenwerkingsverbanden = samenwerkingsverbanden;
        this.clock = clock;
    }

    /**
     * Whether today is a peildatum: 1 January and every termijn of row {@value #STAP} after it (with 3 months: 1
     * January, April, July and October). A cycle that does not divide the year starts again on 1 January.
     */
    public boolean isPeildatum(DelegateExecution execution) {
        LocalDate vandaag = LocalDate.now(clock);
        return termijnen.inReeks(vandaag.withDayOfYear(1), cyclus(execution.getProcessEngineServices()), vandaag);
    }

    /** The cycle as the designer set it, also for the page's explanation. */
    Termijnen.Termijn cyclus(ProcessEngineServices engine) {
        return termijnen.termijn(engine, STAP, null);
    }

    /** thuiszitters-overzicht on a peildatum: today's overview for every samenwerkingsverband. */
    public void maak(DelegateExecution execution) {
        LocalDate peildatum = LocalDate.now(clock);
        samenwerkingsverbanden.findAll().forEach(swv -> maak(swv, peildatum));
    }

    ThuiszittersOverzicht maak(Samenwerkingsverband samenwerkingsverband, LocalDate peildatum) {
        List<Thuiszitter> lijst = thuiszitters.opPeildatum(peildatum, samenwerkingsverband.getId());
        String csv = lijst.stream().map(ThuiszittersOverzichten::regel)
                .collect(Collectors.joining("\n", KOP + "\n", lijst.isEmpty() ? "" : "\n"));
        ThuiszittersOverzicht overzicht = overzichten.save(
                new ThuiszittersOverzicht(samenwerkingsverband, peildatum, Instant.now(clock), lijst.size(), csv));
        List<ThuiszittersOverzicht> alle = overzichten.findBySamenwerkingsverbandIdOrderByPeildatumDescIdDesc(samenwerkingsverband.getId());
        if (alle.size() > BEWAARD) {
            overzichten.deleteAll(alle.subList(BEWAARD, alle.size()));
        }
        return overzicht;
    }

    /**
     * The kept overviews {@code gebruiker} may read, newest first; the page and the API show the same list. Access is
     * decided once per samenwerkingsverband, not once per overview (there is one every 3 months).
     */
    @Transactional(readOnly = true)
    public List<ThuiszittersOverzicht> zichtbaarVoor(Authentication gebruiker) {
        Map<Long, Boolean> mag = new HashMap<>();
        return overzichten.findAllByOrderByPeildatumDescIdDesc().stream()
                .filter(o -> mag.computeIfAbsent(o.getSamenwerkingsverband().getId(),
                        id -> toegang.magSamenwerkingsverbandZien(gebruiker, o.getSamenwerkingsverband()))).toList();
    }

    @Transactional(readOnly = true)
    public ThuiszittersOverzicht lees(Long id, Authentication gebruiker) {
        ThuiszittersOverzicht overzicht = overzichten.findById(id)
                .orElseThrow(() -> new NietGevondenException("Overzicht", id));
        if (!toegang.magSamenwerkingsverbandZien(gebruiker, overzicht.getSamenwerkingsverband())) {
            throw new GeenToegangException("U werkt niet voor een gemeente van "
                    + overzicht.getSamenwerkingsverband().getNaam() + " en mag dit overzicht niet inzien");
        }
        return overzicht;
    }

    private static String regel(Thuiszitter t) {
        var jongere = t.getDossier().getJongere();
        return String.join(";", veld(jongere.volledigeNaam()), jongere.getGeboortedatum().toString(), veld(t.getSchool()),
                t.getSinds().toString(), veld(t.getReden()), t.isAangemeldBijTafel() ? "ja" : "nee", veld(t.getPlan()),
                t.getStreefdatum() == null ? "" : t.getStreefdatum().toString(), veld(t.getRegiehouder()));
    }

    /** CSV field for Dutch spreadsheets (semicolon separated), quoted when needed. */
    private static String veld(String waarde) {
        if (waarde == null) {
            return "";
        }
        String schoon = waarde.replace("\r", " ").replace("\n", " ");
        return schoon.contains(";") || schoon.contains("\"") ? "\"" + schoon.replace("\"", "\"\"") + "\"" : schoon;
    }
}
