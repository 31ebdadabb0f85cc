package nl.schoolverzuim.leerplicht;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

import nl.schoolverzuim.domein.NietGevondenException;
import nl.schoolverzuim.domein.OngeldigeInvoerException;
import nl.schoolverzuim.domein.Variabelen;
import nl.schoolverzuim.domein.VeldFout;
import nl.schoolverzuim.dossier.DossierInzage;
import nl.schoolverzuim.dossier.Werkproces;
import nl.schoolverzuim.dossier.WerkprocesRepository;
import nl.schoolverzuim.leerplicht.RouteAdvies.PvRegels;
import nl.schoolverzuim.toegang.Toegang;
import nl.schoolverzuim.web.ApiExceptionHandler;

/**
 * Processen-verbaal kept apart under the Wpg (MAS §4.3, §10). The BOA of the gemeente draws one up and records the
 * OM's afdoening here, in table {@code proces_verbaal} only, and that completes the werkproces's task with nothing
 * but the reference {@value #REFERENTIE}. The facts never become process variables: whoever reads the werkproces
 * (the whole team in Tasklist, {@code /engine-rest}, the engine history for 5 years) does not read them, and only
 * the BOAs read them here, every read in the access log of the Dossier.
 * <p>
 * Why not let the Tasklist form submit the facts and move them out in a listener: a submitted form is written to the
 * history as form fields before any listener runs, and the engine offers no public API to remove those rows. The
 * route needs none of it either: decision {@code proces-verbaal} takes the age and verzuimsoort the werkproces
 * carries anyway, and no gateway branches on the afdoening, so not even a coarse outcome is kept as a variable.
 */
@Service
public class ProcessenVerbaal {

    /** The process variable with the id of the werkproces's latest proces-verbaal: the only trace in the engine. */
    static final String REFERENTIE = "procesVerbaalId";
    static final String OPMAKEN = "ProcesVerbaalOpmaken";
    static final String AFDOEN = "OmAfdoeningVerwerken";
    /** The afdoeningen of the OM (MAS §4.3), as the reports and the dossier show them. */
    static final List<String> AFDOENINGEN = List.of("TAAKSTRAF", "GELDBOETE", "JEUGDRECLASSERING", "VOORWAARDELIJK",
            "SEPOT", "OVERIG");
    private static final int MAX_TEKST = 4000;

    public record NieuwProcesVerbaal(Long werkprocesId, Boolean tegenOuders, Boolean tegenJongere, String datum,
                                     String feiten) {
    }

    public record Afdoening(String afdoening, String toelichting) {
    }

    public record Weergave(Long id, Long werkprocesId, Long dossierId, boolean tegenOuders, boolean tegenJongere,
                           LocalDate datum, String feiten, Instant opgemaaktOp, String opgemaaktDoor,
                           String omAfdoening, String afdoeningToelichting, Instant afgedaanOp, String afgedaanDoor) {
    }

    private final ProcesVerbaalRepository processenVerbaal;
    private final WerkprocesRepository werkprocessen;
    private final TaskService taken;
    private final RouteAdvies advies;
    private final Toegang toegang;
    private final DossierInzage inzage;
    private final Clock clock;

    ProcessenVerbaal(ProcesVerbaalRepository processenVerbaal, WerkprocesRepository werkprocessen, TaskService taken,
                     RouteAdvies advies, Toegang toegang, DossierInzage inzage, Clock clock) {
        this.processenVerbaal = processenVerbaal;
        this.werkprocessen = werkprocessen;
        this.taken = taken;
        this.advies = advies;
        this.toegang = toegang;
        this.inzage = inzage;
        this.clock = clock;
    }

    /**
     * The BOA draws up the proces-verbaal of the werkproces's open task "Proces-verbaal opmaken", against whom
     * decision {@code proces-verbaal} allows (MAS §4.3), and completes that task.
     */
    @Transactional
    public Weergave maakOp(NieuwProcesVerbaal invoer, String via) {
        if (invoer.werkprocesId() == null) {
            throw new OngeldigeInvoerException(List.of(new VeldFout("werkprocesId", "is verplicht")));
        }
        Werkproces werkproces = werkprocessen.findById(invoer.werkprocesId())
                .orElseThrow(() -> new NietGevondenException("Werkproces", invoer.werkprocesId()));
        toegang.controleerProcesVerbaal(werkproces.getKandidaatGroep());
        Task taak = openTaak(werkproces, OPMAKEN, "Proces-verbaal opmaken");
        boolean tegenOuders = Boolean.TRUE.equals(invoer.tegenOuders());
        boolean tegenJongere = Boolean.TRUE.equals(invoer.tegenJongere());
        List<VeldFout> fouten = new ArrayList<>();
        if (!tegenOuders && !tegenJongere) {
            fouten.add(new VeldFout("tegenOuders", "kies tegen wie het proces-verbaal wordt opgemaakt: de ouders, "
                    + "de jongere of beiden"));
        }
        PvRegels regels = advies.procesVerbaal(((Number) taken.getVariable(taak.getId(), Variabelen.LEEFTIJD)).intValue(),
                werkproces.verzuimsoortCode(), RouteAdvies.jaNee(taken.getVariable(taak.getId(), "eigenInitiatief")));
        if (tegenJongere && !regels.jongereToegestaan()) {
            fouten.add(new VeldFout("tegenJongere", "een proces-verbaal tegen de jongere is hier niet toegestaan: niet "
                    + "onder de 12 jaar, bij absoluut verzuim alleen tegen de ouders en bij luxe verzuim alleen als de jongere op eigen "
                    + "initiatief ging (MAS §4.3)"));
        }
        if (tegenOuders && !regels.oudersToegestaan()) {
            fouten.add(new VeldFout("tegenOuders", "een proces-verbaal tegen de ouders is hier niet toegestaan (MAS §4.3)"));
        }
        LocalDate datum = datum(invoer.datum(), fouten);
        String feiten = tekst(invoer.feiten(), "feiten", true, fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        String boa = gebruiker();
        ProcesVerbaal pv = processenVerbaal.save(new ProcesVerbaal(werkproces, tegenOuders, tegenJongere, datum, feiten,
                boa, Instant.now(clock)));
        rondAf(taak, boa, Map.of(REFERENTIE, pv.getId()));
        inzage.registreer(werkproces.getDossier().getId(), via + " " + pv.getId());
        return weergave(pv);
    }

    /** The BOA records how the OM settled the proces-verbaal (MAS §4.3) and completes "Afdoening door het OM verwerken". */
    @Transactional
    public Weergave doeAf(Long id, Afdoening invoer, String via) {
        ProcesVerbaal pv = processenVerbaal.findById(id).orElseThrow(() -> new NietGevondenException("Proces-verbaal", id));
        Werkproces werkproces = pv.getWerkproces();
        toegang.controleerProcesVerbaal(werkproces.getKandidaatGroep());
        if (pv.getAfgedaanOp() != null) {
            throw conflict("Al afgedaan", "De afdoening van dit proces-verbaal is al vastgelegd.");
        }
        Task taak = openTaak(werkproces, AFDOEN, "Afdoening door het OM verwerken");
        if (!id.equals(asLong(taken.getVariable(taak.getId(), REFERENTIE)))) {
            throw conflict("Ander proces-verbaal", "De open taak van dit werkproces hoort bij een ander proces-verbaal.");
        }
        List<VeldFout> fouten = new ArrayList<>();
        String afdoening = tekst(invoer.afdoening(), "afdoening", true, fouten);
        if (afdoening != null && !AFDOENINGEN.contains(afdoening)) {
            fouten.add(new VeldFout("afdoening", "kies een van " + String.join(", ", AFDOENINGEN)));
        }
        String toelichting = tekst(invoer.toelichting(), "toelichting", false, fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        String boa = gebruiker();
        pv.afgedaan(afdoening, toelichting, boa, Instant.now(clock));
        rondAf(taak, boa, Map.of());
        inzage.registreer(werkproces.getDossier().getId(), via + " " + id);
        return weergave(pv);
    }

    /** One proces-verbaal for a BOA of its gemeente; the read is logged (MAS §10). */
    @Transactional
    public Weergave lees(Long id, String via) {
        ProcesVerbaal pv = processenVerbaal.findById(id).orElseThrow(() -> new NietGevondenException("Proces-verbaal", id));
        toegang.controleerProcesVerbaal(pv.getWerkproces().getKandidaatGroep());
        inzage.registreer(pv.getWerkproces().getDossier().getId(), via + " " + id);
        return weergave(pv);
    }

    /**
     * The processen-verbaal of a Dossier that the current user reads as BOA, each read logged; empty for everyone
     * else, who learns nothing from it (the Dossier itself shows no proces-verbaal either).
     */
    @Transactional
    public List<Weergave> vanDossier(Long dossierId, String via) {
        Authentication gebruiker = SecurityContextHolder.getContext().getAuthentication();
        List<ProcesVerbaal> zichtbaar = processenVerbaal.findByWerkprocesDossierIdOrderByOpgemaaktOp(dossierId).stream()
                .filter(pv -> toegang.isBoaVoor(gebruiker, pv.getWerkproces().getKandidaatGroep())).toList();
        zichtbaar.forEach(pv -> inzage.registreer(dossierId, via + " " + pv.getId()));
        return zichtbaar.stream().map(ProcessenVerbaal::weergave).toList();
    }

    /** The open tasks of the Dossier's werkprocessen that the BOA completes here, by werkproces. */
    @Transactional(readOnly = true)
    public List<OpenTaak> openTaken(Long dossierId) {
        Authentication gebruiker = SecurityContextHolder.getContext().getAuthentication();
        List<OpenTaak> open = new ArrayList<>();
        for (Werkproces werkproces : werkprocessen.findByDossierIdAndAfgeslotenOpIsNullOrderByGestartOp(dossierId)) {
            if (werkproces.getProcessInstanceId() == null
                    || !toegang.isBoaVoor(gebruiker, werkproces.getKandidaatGroep())) {
                continue;
            }
            taken.createTaskQuery().processInstanceId(werkproces.getProcessInstanceId())
                    .taskDefinitionKeyIn(OPMAKEN, AFDOEN).list()
                    .forEach(taak -> open.add(new OpenTaak(werkproces.getId(), taak.getTaskDefinitionKey(),
                            taak.getName(), asLong(taken.getVariable(taak.getId(), REFERENTIE)))));
        }
        return open;
    }

    /** An open proces-verbaal task: {@code procesVerbaalId} is the one an afdoening task is about. */
    public record OpenTaak(Long werkprocesId, String taakKey, String naam, Long procesVerbaalId) {
    }

    private Task openTaak(Werkproces werkproces, String key, String naam) {
        Task taak = werkproces.getProcessInstanceId() == null ? null : taken.createTaskQuery()
                .processInstanceId(werkproces.getProcessInstanceId()).taskDefinitionKey(key).singleResult();
        if (taak == null) {
            throw conflict("Geen open taak", "Voor dit werkproces staat de taak '" + naam + "' niet open.");
        }
        return taak;
    }

    /** The BOA becomes the assignee, so the task history says who completed it. */
    private void rondAf(Task taak, String boa, Map<String, Object> variabelen) {
        taken.setAssignee(taak.getId(), boa);
        taken.complete(taak.getId(), variabelen);
    }

    private LocalDate datum(String waarde, List<VeldFout> fouten) {
        if (waarde == null || waarde.isBlank()) {
            fouten.add(new VeldFout("datum", "is verplicht"));
            return null;
        }
        try {
            LocalDate datum = LocalDate.parse(waarde.strip());
            if (datum.isAfter(LocalDate.now(clock))) {
                fouten.add(new VeldFout("datum", "ligt in de toekomst"));
            }
            return datum;
        } catch (DateTimeParseException e) {
            fouten.add(new VeldFout("datum", "is geen datum (jjjj-mm-dd)"));
            return null;
        }
    }

    private static String tekst(String waarde, String veld, boolean verplicht, List<VeldFout> fouten) {
        String tekst = waarde == null || waarde.isBlank() ? null : waarde.strip();
        if (tekst == null && verplicht) {
            fouten.add(new VeldFout(veld, "is verplicht"));
        } else if (tekst != null && tekst.length() > MAX_TEKST) {
            fouten.add(new VeldFout(veld, "is langer dan " + MAX_TEKST + " tekens"));
        }
        return tekst;
    }

    private static Long asLong(Object waarde) {
        return waarde instanceof Number nummer ? nummer.longValue() : null;
    }

    private static String gebruiker() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }

    private static ErrorResponseException conflict(String titel, String detail) {
        return new ErrorResponseException(HttpStatus.CONFLICT,
                ApiExceptionHandler.probleem(HttpStatus.CONFLICT, titel, detail), null);
    }

    private static Weergave weergave(ProcesVerbaal pv) {
        return new Weergave(pv.getId(), pv.getWerkproces().getId(), pv.getWerkproces().getDossier().getId(),
                pv.isTegenOuders(), pv.isTegenJongere(), pv.getDatum(), pv.getFeiten(), pv.getOpgemaaktOp(),
                pv.getOpgemaaktDoor(), pv.getOmAfdoening(), pv.getAfdoeningToelichting(), pv.getAfgedaanOp(),
                pv.getAfgedaanDoor());
    }
}
