package nl.schoolverzuim.vrijstellingen;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.schoolverzuim.domein.GeenToegangException;
import nl.schoolverzuim.domein.NietGevondenException;
import nl.schoolverzuim.domein.OngeldigeInvoerException;
import nl.schoolverzuim.domein.VeldFout;
import nl.schoolverzuim.domein.Variabelen;
import nl.schoolverzuim.domein.Weigering;
import nl.schoolverzuim.dossier.Dossier;
import nl.schoolverzuim.dossier.DossierInzage;
import nl.schoolverzuim.dossier.DossierService;
import nl.schoolverzuim.dossier.DossierToegang;
import nl.schoolverzuim.dossier.WerkprocesStarter;
import nl.schoolverzuim.engine.DecisionCache;
import nl.schoolverzuim.organisatie.Gemeente;
import nl.schoolverzuim.organisatie.Teams;
import nl.schoolverzuim.organisatie.Teams.Team;
import nl.schoolverzuim.toegang.Toegang;

/**
 * The vrijstellingen API (vrijstellingen.md): an aanvraag is validated, linked to the Jongere's Dossier as the intake
 * does, and handed to its werkproces, which tests it against decision vrijstelling-toets; the besluit completes the
 * same user task the Tasklist form completes; revocation is the werkproces's message. One transaction per request:
 * on any error nothing is stored.
 */
@Service
public class VrijstellingAanvragen {

    private static final String BESLUIT_TAAK = "VrijstellingBesluiten";

    private final AanvraagValidator validator;
    private final VrijstellingRepository vrijstellingen;
    private final DossierService dossiers;
    private final DossierToegang dossierToegang;
    private final DossierInzage inzage;
    private final WerkprocesStarter werkprocessen;
    private final Toegang toegang;
    private final ProcessEngine engine;
    private final DecisionCache beslissingen;
    private final TaskService taken;
    private final RuntimeService runtime;
    private final Clock clock;

    VrijstellingAanvragen(AanvraagValidator validator, VrijstellingRepository vrijstellingen, DossierService dossiers,
                          DossierToegang dossierToegang, DossierInzage inzage, WerkprocesStarter werkprocessen,
                          Toegang toegang, ProcessEngine engine, DecisionCache beslissingen, TaskService taken,
                          RuntimeService runtime, Clock clock) {
        this.validator = validator;
        this.vrijstellingen = vrijstellingen;
        this.dossiers = dossiers;
        this.dossierToegang = dossierToegang;
        this.inzage = inzage;
        this.werkprocessen = werkprocessen;
        this.toegang = toegang;
        this.engine = engine;
        this.beslissingen = beslissingen;
        this.taken = taken;
        this.runtime = runtime;
        this.clock = clock;
    }

    /** Registers a well-formed aanvraag, met the law or not (the LPA must still decide, contract). */
    @Transactional
    public Vrijstelling registreer(NieuweVrijstelling invoer) {
        AanvraagValidator.GeldigeAanvraag aanvraag = validator.valideer(invoer);
        Authentication afzender = SecurityContextHolder.getContext().getAuthentication();
        // As at intake: an officer only for a gemeente they work for (MAS §10); the application's own (demo) has none.
        if (afzender != null && !toegang.magMeldingenInvoerenVoor(afzender, aanvraag.jongere().woongemeente())) {
            throw new GeenToegangException("U werkt niet voor deze woongemeente en mag er geen vrijstellingen voor "
                    + "registreren");
        }
        Dossier dossier = dossiers.dossierVoor(aanvraag.jongere(), Team.LEERPLICHT, aanvraag.aanvraagdatum());
        Vrijstelling[] nieuw = new Vrijstelling[1];
        werkprocessen.startZonderVerzuim(dossier, Vrijstellingen.PROCES, Team.LEERPLICHT,
                aanvraag.aanvraagdatum(), werkproces -> {
                    nieuw[0] = vrijstellingen.save(new Vrijstelling(dossier, werkproces, aanvraag.grond(),
                            aanvraag.aanvraagdatum(), aanvraag.schooljaar(), aanvraag.aanvrager(),
                            aanvraag.ingangsdatum(), aanvraag.einddatum(), aanvraag.bijlagen(), aanvraag.toelichting(),
                            Instant.now(clock)));
                    return procesVariabelen(nieuw[0], aanvraag);
                });
        return nieuw[0];
    }

    private Map<String, Object> procesVariabelen(Vrijstelling vrijstelling, AanvraagValidator.GeldigeAanvraag aanvraag) {
        Map<String, Object> variabelen = new HashMap<>(ToetsFeiten.van(aanvraag.grond(), aanvraag.aanvraagdatum(),
                aanvraag.schooljaarBegin(), aanvraag.jongere().geboortedatum(), aanvraag.ingangsdatum(),
                aanvraag.bijlagen()));
        variabelen.put("vrijstellingId", vrijstelling.getId());
        variabelen.put("grondLabel", label(aanvraag.grond()));
        variabelen.put("aanvraagdatum", Variabelen.alsDate(aanvraag.aanvraagdatum()));
        variabelen.put("schooljaar", aanvraag.schooljaar());
        variabelen.put("ingangsdatum", Variabelen.alsDate(aanvraag.ingangsdatum()));
        variabelen.put("einddatum", aanvraag.einddatum() == null ? null : Variabelen.alsDate(aanvraag.einddatum()));
        return variabelen;
    }

    /** The ground's label from the law, decision vrijstelling-grond (MAS §7). */
    String label(Grond grond) {
        return beslissingen.eersteRij(engine, Vrijstellingen.GROND, Map.of("grond", grond.name()))
                .map(rij -> (String) rij.get("label")).orElse(grond.name());
    }

    /** One vrijstelling, for the team of the Jongere's woongemeente, its teamleider and the beheerder; read is logged. */
    @Transactional
    public Vrijstelling lees(Long id, String verzoek) {
        Vrijstelling vrijstelling = vrijstellingen.findDetailById(id)
                .orElseThrow(() -> new NietGevondenException("Vrijstelling", id));
        dossierToegang.controleer(vrijstelling.getDossier());
        inzage.registreer(vrijstelling.getDossier().getId(), verzoek);
        return vrijstelling;
    }

    /** The vrijstellingen of the gemeenten the reader works for, optionally one gemeente, active on a day, one ground. */
    @Transactional(readOnly = true)
    public Page<Vrijstelling> zoek(Gemeente gemeente, LocalDate actiefOp, Grond grond, int pagina, int grootte) {
        List<Long> gemeenten = leesbareGemeenten().stream()
                .filter(g -> gemeente == null || g.getId().equals(gemeente.getId())).map(Gemeente::getId).toList();
        if (gemeenten.isEmpty()) {
            return Page.empty(PageRequest.of(pagina, grootte));
        }
        return vrijstellingen.zoek(gemeenten, grond == null ? EnumSet.allOf(Grond.class) : EnumSet.of(grond),
                actiefOp != null, actiefOp == null ? LocalDate.now(clock) : actiefOp,
                PageRequest.of(pagina, grootte, Sort.by(Sort.Direction.DESC, "id")));
    }

    /** MAS §7: the granted vrijstellingen in force on some day of the period, of the gemeenten the reader works for. */
    @Transactional(readOnly = true)
    public List<Vrijstelling> actiefTussen(LocalDate van, LocalDate tot) {
        List<Long> gemeenten = leesbareGemeenten().stream().map(Gemeente::getId).toList();
        return gemeenten.isEmpty() ? List.of() : vrijstellingen.actiefTussen(gemeenten, van, tot);
    }

    private List<Gemeente> leesbareGemeenten() {
        Set<String> teams = Toegang.teamsVan(SecurityContextHolder.getContext().getAuthentication());
        return toegang.gemeentenVan(teams == null ? null
                : teams.stream().filter(t -> t.startsWith(Teams.LEERPLICHT_PREFIX)).collect(Collectors.toSet()));
    }

    /**
     * The LPA's besluit: completes task VrijstellingBesluiten with the same variables as the form, so its complete
     * listener applies the same rules (Vrijstellingen#besloten). A second besluit is a conflict; a besluit before the
     * sociaal-medisch advies (art. 5 onder a) too.
     */
    @Transactional
    public Vrijstelling besluit(Long id, String besluit, String motivering) {
        Vrijstelling vrijstelling = lees(id, "POST /api/vrijstellingen/{id}/besluit");
        vanLeerplichtambtenaar(vrijstelling.getDossier());
        if (vrijstelling.isBesloten()) {
            throw new ConflictException("Over deze vrijstelling is al besloten op " + vrijstelling.getBesluitdatum());
        }
        Task taak = taken.createTaskQuery().processInstanceId(vrijstelling.getWerkproces().getProcessInstanceId())
                .taskDefinitionKey(BESLUIT_TAAK).singleResult();
        if (taak == null) {
            throw new ConflictException("Het besluit kan nog niet worden genomen: eerst moet het sociaal-medisch "
                    + "advies zijn vastgelegd (MAS §7)");
        }
        Map<String, Object> variabelen = new HashMap<>();
        variabelen.put("besluit", besluit);
        variabelen.put("motivering", motivering);
        voltooi(taak, variabelen);
        return vrijstelling;
    }

    /**
     * Revocation with a reason (MAS §7): of a granted vrijstelling, also before its ingangsdatum (neither MAS §7 nor
     * the contract limits it to one in force), once its werkproces waits for it. Not of one that was never granted or
     * has ended, and not while a step of the werkproces is open (409, naming it).
     */
    @Transactional
    public Vrijstelling trekIn(Long id, String reden) {
        Vrijstelling vrijstelling = lees(id, "POST /api/vrijstellingen/{id}/intrekking");
        vanLeerplichtambtenaar(vrijstelling.getDossier());
        if (reden == null || reden.isBlank()) {
            throw new OngeldigeInvoerException(List.of(new VeldFout("reden", "is verplicht")));
        }
        String nietInTeTrekken = nietInTeTrekken(vrijstelling);
        if (nietInTeTrekken != null) {
            throw new ConflictException(nietInTeTrekken);
        }
        String instantie = vrijstelling.getWerkproces().getProcessInstanceId();
        boolean ontvangen = !runtime.createMessageCorrelation(Vrijstellingen.INTREKKEN)
                .processInstanceId(instantie)
                .setVariable("intrekkingsreden", reden.strip())
                .correlateAllWithResult().isEmpty();
        if (!ontvangen) {
            String stap = taken.createTaskQuery().processInstanceId(instantie).list().stream().map(Task::getName)
                    .findFirst().orElse("een stap van het werkproces");
            throw new ConflictException("De vrijstelling kan nu niet worden ingetrokken: eerst moet '" + stap
                    + "' worden afgerond.");
        }
        return vrijstelling;
    }

    /** Why this vrijstelling can never be revoked; null when it is granted. */
    private static String nietInTeTrekken(Vrijstelling vrijstelling) {
        return switch (vrijstelling.getStatus()) {
            case AANGEVRAAGD -> "Over deze vrijstelling is nog niet besloten; alleen een verleende vrijstelling kan "
                    + "worden ingetrokken.";
            case AFGEWEZEN -> "Deze vrijstelling is afgewezen op " + vrijstelling.getBesluitdatum()
                    + "; alleen een verleende vrijstelling kan worden ingetrokken.";
            case VERLOPEN -> "Deze vrijstelling is verlopen (einddatum " + vrijstelling.getEinddatum()
                    + "); een beëindigde vrijstelling kan niet meer worden ingetrokken.";
            case INGETROKKEN -> "Deze vrijstelling is al ingetrokken.";
            case VERLEEND -> null;
        };
    }

    /** A refusal of the listener names the field it is about, as a 400 (contract). */
    private void voltooi(Task taak, Map<String, Object> variabelen) {
        try {
            taken.complete(taak.getId(), variabelen);
        } catch (Weigering weigering) {
            throw new OngeldigeInvoerException(List.of(new VeldFout(weigering.veld(), weigering.getMessage())));
        } catch (RuntimeException e) {
            Weigering weigering = oorzaak(e);
            if (weigering == null) {
                throw e;
            }
            throw new OngeldigeInvoerException(List.of(new VeldFout(weigering.veld(), weigering.getMessage())));
        }
    }

    private static Weigering oorzaak(Throwable fout) {
        for (Throwable t = fout; t != null; t = t.getCause()) {
            if (t instanceof Weigering weigering) {
                return weigering;
            }
        }
        return null;
    }

    /** MAS §7: the LPA of the woongemeente decides (a teamleider through membership, and the beheerder). */
    private static void vanLeerplichtambtenaar(Dossier dossier) {
        Authentication gebruiker = SecurityContextHolder.getContext().getAuthentication();
        Set<String> groepen = gebruiker == null ? Set.of() : gebruiker.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        boolean lpa = groepen.contains(Teams.BEHEERDER) || dossier.gemeentenMetInzage().stream()
                .anyMatch(g -> groepen.contains(Teams.leerplicht(g)));
        if (!lpa) {
            throw new GeenToegangException("Alleen de leerplichtambtenaar van de woongemeente besluit over een "
                    + "vrijstelling (MAS §7)");
        }
    }
}
