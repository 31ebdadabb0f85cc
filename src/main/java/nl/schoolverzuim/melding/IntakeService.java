package nl.schoolverzuim.melding;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import nl.schoolverzuim.domein.GeenToegangException;
import nl.schoolverzuim.domein.Schooljaar;
import nl.schoolverzuim.domein.Variabelen;
import nl.schoolverzuim.domein.Verzuimsoort;
import nl.schoolverzuim.dossier.Dossier;
import nl.schoolverzuim.dossier.DossierService;
import nl.schoolverzuim.dossier.Verzorgers;
import nl.schoolverzuim.dossier.Werkproces;
import nl.schoolverzuim.dossier.WerkprocesStarter;
import nl.schoolverzuim.organisatie.School;
import nl.schoolverzuim.organisatie.SchoolRepository;
import nl.schoolverzuim.toegang.Toegang;

/**
 * Intake (MAS §4 step 1): validate, store the melding, link it to the Jongere's Dossier and hand it to the werkproces
 * the routing decision names. One transaction: on any failure nothing of it is stored and no process runs.
 */
@Service
public class IntakeService {

    private final MeldingValidator validator;
    private final MeldingRepository meldingen;
    private final SchoolRepository scholen;
    private final DossierService dossiers;
    private final Verzorgers verzorgers;
    private final WerkprocesStarter werkprocessen;
    private final TransactionTemplate transactie;
    private final Toegang toegang;
    private final Clock clock;

    /** The field message of a bulk row; a single melding gets the same sentence as a 403. */
    static final String GEEN_GEMEENTE_VAN_AFZENDER =
            "u werkt niet voor deze woongemeente en mag er geen meldingen voor invoeren";

    /** How often an intake that collided with a concurrent one is run; each retry finds what the other stored. */
    static final int POGINGEN = 5;

    IntakeService(MeldingValidator validator, MeldingRepository meldingen, SchoolRepository scholen,
                  DossierService dossiers, Verzorgers verzorgers, WerkprocesStarter werkprocessen,
                  TransactionTemplate transactie, Toegang toegang, Clock clock) {
        this.validator = validator;
        this.meldingen = meldingen;
        this.scholen = scholen;
        this.dossiers = dossiers;
        this.verzorgers = verzorgers;
        this.werkprocessen = werkprocessen;
        this.transactie = transactie;
        this.toegang = toegang;
        this.clock = clock;
    }

    public record Ontvangen(Long meldingId, Long dossierId, Long werkprocesId, String processInstanceId) {
    }

    /**
     * A meldingnummer received before is refused by its unique key when the intake commits, with
     * {@link DubbeleMeldingException}: a repeat is rare, so no melding pays a query to look for one. The
     * repeat runs the whole intake, which is then rolled back; nothing of it is stored, as with a repeat sent at the
     * same moment as the first.
     * <p>
     * Meldingen arriving together can still collide where no lock orders them: a new school created by two at once
     * (unique BRIN), a werkproces that an officer's completion changes while the melding joins it (the engine's
     * optimistic lock), a deadlock the database breaks. The loser's transaction is rolled back whole, so the intake
     * is run again from the start, and then finds what the winner stored; only when that keeps failing is the error
     * passed on.
     */
    public Ontvangen ontvang(NieuweMelding invoer) {
        Authentication afzender = SecurityContextHolder.getContext().getAuthentication();
        for (int poging = 1; ; poging++) {
            try {
                return transactie.execute(status -> verwerk(toegestaan(afzender, validator.valideer(invoer))));
            } catch (DataIntegrityViolationException e) {
                String meldingnummer = MeldingValidator.meldingnummer(invoer);
                Optional<Melding> bestaand = Optional.ofNullable(meldingnummer).flatMap(meldingen::findByMeldingnummer);
                if (bestaand.isPresent()) {
                    throw new DubbeleMeldingException(bestaand.get().getId());
                }
                if (poging >= POGINGEN) {
                    throw e;
                }
            } catch (ConcurrencyFailureException | OptimisticLockingException e) {
                if (poging >= POGINGEN) {
                    throw e;
                }
            }
        }
    }

    /**
     * Whether the logged-in sender may send this melding: an officer only about Jongeren of a gemeente they work for
     * (MAS §10), so no officer adds to, or learns the ids of, another gemeente's Dossier. The application's own
     * meldingen (demo data) have no sender.
     */
    boolean magInvoeren(Authentication afzender, GeldigeMelding melding) {
        return afzender == null || toegang.magMeldingenInvoerenVoor(afzender, melding.jongere().woongemeente());
    }

    private GeldigeMelding toegestaan(Authentication afzender, GeldigeMelding melding) {
        if (!magInvoeren(afzender, melding)) {
            throw new GeenToegangException("U werkt niet voor deze woongemeente en mag er geen meldingen voor invoeren");
        }
        return melding;
    }

    /**
     * Stores a validated melding whose meldingnummer is new, and starts or joins its werkproces; the one path of
     * single and bulk intake. Runs in the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Ontvangen verwerk(GeldigeMelding melding) {
        Dossier dossier = dossiers.dossierVoor(melding.jongere(), melding.route().team(), melding.meldingsdatum());
        verzorgers.uitMelding(dossier, melding.ouders());
        Melding nieuw = new Melding(melding.meldingnummer(), melding.verzuimsoort(), melding.meldingsdatum(),
                Instant.now(clock), melding.urenVerzuim(), melding.kerenTeLaat(), melding.preventiefGesprek(),
                melding.actieGewenst(), melding.toelichting(), melding.uitschrijfdatum(), herhaald(melding, dossier),
                school(melding), dossier);
        // A melding that starts its werkproces is stored with the link (Hibernate inserts what it was given at save;
        // a link set after that is one update more); one joining a running werkproces is stored before it correlates.
        Werkproces werkproces = werkprocessen.voegToeAanLopend(dossier, melding.verzuimsoort(),
                        () -> aanvulling(opgeslagen(nieuw)))
                .orElseGet(() -> werkprocessen.start(dossier, melding.verzuimsoort(), melding.preventiefGesprek(),
                        melding.route().procesKey(), melding.route().team(), melding.meldingsdatum(), gestart -> {
                            nieuw.behandeldIn(gestart);
                            return procesVariabelen(opgeslagen(nieuw), melding);
                        }));
        nieuw.behandeldIn(werkproces);
        return new Ontvangen(opgeslagen(nieuw).getId(), dossier.getId(), werkproces.getId(),
                werkproces.getProcessInstanceId());
    }

    /**
     * MAS §3 (our definition): a WETTELIJK melding is herhaald when the same Jongere had a WETTELIJK melding earlier in
     * the same school year (1 August - 31 July). One that triage found geoorloofd was no verzuim and does not count.
     */
    private boolean herhaald(GeldigeMelding melding, Dossier dossier) {
        if (melding.verzuimsoort() != Verzuimsoort.WETTELIJK) {
            return false;
        }
        return meldingen.eerdereWettelijkeMelding(dossier.getJongere().getId(),
                Schooljaar.van(melding.meldingsdatum()).begin(), melding.meldingsdatum());
    }

    /** Saved once, when first needed; a meldingnummer received before fails on the unique key at commit. */
    private Melding opgeslagen(Melding melding) {
        return melding.getId() == null ? meldingen.save(melding) : melding;
    }

    /** What a running werkproces learns of a melding that is attached to it. */
    private static Map<String, Object> aanvulling(Melding melding) {
        Map<String, Object> variabelen = new HashMap<>();
        variabelen.put("nieuweMeldingId", melding.getId());
        variabelen.put("nieuweMeldingSoort", melding.getVerzuimsoort().name());
        variabelen.put("nieuweMeldingUren", melding.getUrenVerzuim());
        variabelen.put("nieuweMeldingToelichting", melding.getToelichting());
        if (melding.getVerzuimsoort() == Verzuimsoort.VSV) {
            // A de-registration joining verzuim 18+ starts a VsvTraject that fell out on this date (MAS §2, §8);
            // contract uitschrijfdatum: the meldingsdatum when the melding left it out.
            variabelen.put(Variabelen.NIEUWE_UITSCHRIJFDATUM, Variabelen.alsDate(melding.getUitschrijfdatum() != null
                    ? melding.getUitschrijfdatum() : melding.getMeldingsdatum()));
        }
        return variabelen;
    }

    private School school(GeldigeMelding melding) {
        GeldigeMelding.SchoolOpgave opgave = melding.school();
        if (opgave == null) {
            return null;
        }
        return scholen.findByBrin(opgave.brin())
                .orElseGet(() -> scholen.save(new School(opgave.brin(), opgave.naam(), opgave.onderwijssoort())));
    }

    /** The melding's part of what the werkproces shows; the Jongere's part is added by the WerkprocesStarter. */
    private static Map<String, Object> procesVariabelen(Melding opgeslagen, GeldigeMelding melding) {
        Map<String, Object> variabelen = new HashMap<>();
        variabelen.put("meldingsdatum", Variabelen.alsDate(melding.meldingsdatum()));
        variabelen.put(Variabelen.LEEFTIJD, melding.leeftijd());
        variabelen.put("urenVerzuim", melding.urenVerzuim());
        variabelen.put("kerenTeLaat", melding.kerenTeLaat());
        variabelen.put("preventiefGesprek", melding.preventiefGesprek());
        variabelen.put("actieGewenst", melding.actieGewenst());
        if (melding.uitschrijfdatum() != null) {
            // Contract uitschrijfdatum: ABSOLUUT and VSV only; the meldingsdatum when the melding left it out.
            variabelen.put("uitschrijfdatum", Variabelen.alsDate(melding.uitschrijfdatum()));
        }
        if (opgeslagen.getSchool() != null) {
            variabelen.put(Variabelen.SCHOOL_NAAM, opgeslagen.getSchool().getNaam());
        }
        return variabelen;
    }
}
