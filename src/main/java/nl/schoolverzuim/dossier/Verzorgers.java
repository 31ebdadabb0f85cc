package nl.schoolverzuim.dossier;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.schoolverzuim.domein.NietGevondenException;
import nl.schoolverzuim.domein.OngeldigeInvoerException;
import nl.schoolverzuim.domein.VeldFout;

/**
 * The ouders/verzorgers of the Jongere in a Dossier, to whom letters go. They come from a melding's
 * {@code ouders} or are entered, changed and removed by an officer who may read the Dossier, each change with the
 * same access check and access log line as a read (MAS §10) and an entry in the journal naming who did what (never a
 * BSN: an ouder has none here). A Dossier holds one row per person, found by name ({@link VerzorgerInvoer#sleutel}).
 */
@Service
public class Verzorgers {

    /** The journal entries of this section: field and label of table {@code notitie}. */
    static final String JOURNAALVELD = "ouders";
    static final String JOURNAALLABEL = "Ouders/verzorgers";
    private static final String DUBBEL = "staat al bij de ouders/verzorgers van dit dossier";

    private final VerzorgerRepository rijen;
    private final DossierRepository dossiers;
    private final DossierToegang toegang;
    private final DossierInzage inzage;
    private final Notities journaal;
    private final Clock clock;

    Verzorgers(VerzorgerRepository rijen, DossierRepository dossiers, DossierToegang toegang, DossierInzage inzage,
               Notities journaal, Clock clock) {
        this.rijen = rijen;
        this.dossiers = dossiers;
        this.toegang = toegang;
        this.inzage = inzage;
        this.journaal = journaal;
        this.clock = clock;
    }

    /**
     * The ouders/verzorgers of the Dossier in the order they were recorded, for letters and the Dossier's views. No
     * access check: the caller reads the Dossier already (the page and API through {@link DossierLezer}) or is the
     * werkproces itself.
     */
    @Transactional(readOnly = true)
    public List<Verzorger> van(Long dossierId) {
        return List.copyOf(rijen.findByDossierIdOrderById(dossierId));
    }

    /**
     * The ouders a melding names, already checked, in the intake's transaction. A new person is added; one the Dossier
     * has (by name) is completed where the Dossier knows nothing yet, and where the melding says something else the
     * journal says so and the officer decides: an officer's correction is not undone by a school's older data
     * (ADR 0026).
     * Only that difference is a journal entry: the row's {@code bron} says where an ouder came from.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void uitMelding(Dossier dossier, List<VerzorgerInvoer> ouders) {
        Instant nu = Instant.now(clock);
        for (VerzorgerInvoer ouder : ouders) {
            var bestaand = rijen.findByDossierIdAndNaamSleutel(dossier.getId(), VerzorgerInvoer.sleutel(ouder.naam()));
            if (bestaand.isEmpty()) {
                rijen.saveAndFlush(new Verzorger(dossier.getId(), ouder, Verzorger.Bron.MELDING, nu, null));
                continue;
            }
            List<String> anders = bestaand.get().vulAan(ouder, nu);
            if (!anders.isEmpty()) {
                schrijf(dossier.getId(), nu, "Een melding noemt voor ouder/verzorger " + bestaand.get().getNaam()
                        + " andere gegevens dan het dossier (" + String.join("; ", anders)
                        + "). Het dossier is niet aangepast: wijzig de gegevens zo nodig zelf.");
            }
        }
    }

    /** Adds an ouder/verzorger the officer entered on the Dossier page. */
    @Transactional
    public Verzorger toevoegen(Long dossierId, VerzorgerInvoer invoer, String via) {
        Dossier dossier = gelezen(dossierId, via);
        VerzorgerInvoer gecontroleerd = gecontroleerd(invoer, null, dossier);
        Instant nu = Instant.now(clock);
        Verzorger nieuw = rijen.saveAndFlush(new Verzorger(dossier.getId(), gecontroleerd, Verzorger.Bron.AMBTENAAR, nu,
                aangemeld()));
        schrijf(dossier.getId(), nu, "Ouder/verzorger " + nieuw.getNaam() + " toegevoegd.");
        return nieuw;
    }

    /** Replaces the data of an ouder/verzorger with what the officer entered (an empty field becomes unknown). */
    @Transactional
    public Verzorger wijzigen(Long dossierId, Long id, VerzorgerInvoer invoer, String via) {
        Dossier dossier = gelezen(dossierId, via);
        Verzorger verzorger = rijen.findByIdAndDossierId(id, dossier.getId())
                .orElseThrow(() -> new NietGevondenException("Ouder/verzorger", id));
        VerzorgerInvoer gecontroleerd = gecontroleerd(invoer, id, dossier);
        String eerder = verzorger.getNaam();
        verzorger.neemOver(gecontroleerd, Instant.now(clock), aangemeld());
        rijen.saveAndFlush(verzorger);
        schrijf(dossier.getId(), verzorger.getGewijzigdOp(), "Gegevens van ouder/verzorger " + eerder + " gewijzigd"
                + (eerder.equals(verzorger.getNaam()) ? "." : " (nu: " + verzorger.getNaam() + ")."));
        return verzorger;
    }

    @Transactional
    public void verwijderen(Long dossierId, Long id, String via) {
        Dossier dossier = gelezen(dossierId, via);
        Verzorger verzorger = rijen.findByIdAndDossierId(id, dossier.getId())
                .orElseThrow(() -> new NietGevondenException("Ouder/verzorger", id));
        rijen.delete(verzorger);
        schrijf(dossier.getId(), Instant.now(clock), "Ouder/verzorger " + verzorger.getNaam() + " verwijderd.");
    }

    /** The officer's checks on a change: may read the Dossier, and the change is logged as an access (MAS §10). */
    private Dossier gelezen(Long dossierId, String via) {
        Dossier dossier = dossiers.findById(dossierId)
                .orElseThrow(() -> new NietGevondenException("Dossier", dossierId));
        toegang.controleer(dossier);
        inzage.registreer(dossier.getId(), via);
        return dossier;
    }

    /** The form's rules, and no second person of the same name in the Dossier ({@code id}: the one being changed). */
    private VerzorgerInvoer gecontroleerd(VerzorgerInvoer invoer, Long id, Dossier dossier) {
        List<VeldFout> fouten = new ArrayList<>();
        VerzorgerInvoer gecontroleerd = invoer.gecontroleerd(invoer.heeftAdres(), UnaryOperator.identity(), fouten);
        if (gecontroleerd != null) {
            rijen.findByDossierIdAndNaamSleutel(dossier.getId(), VerzorgerInvoer.sleutel(gecontroleerd.naam()))
                    .filter(ander -> !ander.getId().equals(id))
                    .ifPresent(ander -> fouten.add(new VeldFout("naam", DUBBEL)));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        return gecontroleerd;
    }

    private void schrijf(Long dossierId, Instant op, String tekst) {
        journaal.schrijf(new Notities.Notitie(dossierId, null, null, null, null, null, JOURNAALVELD, JOURNAALLABEL,
                aangemeld(), op, tekst));
    }

    private static String aangemeld() {
        Authentication wie = SecurityContextHolder.getContext().getAuthentication();
        return wie == null || !wie.isAuthenticated() ? null : wie.getName();
    }
}
