package nl.schoolverzuim.vrijstellingen;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.schoolverzuim.domein.Termijnen;
import nl.schoolverzuim.organisatie.Gemeente;
import nl.schoolverzuim.organisatie.Teams;
import nl.schoolverzuim.toegang.Toegang;
import nl.schoolverzuim.web.Pagina;

/**
 * The team's overview of MAS §7: vrijstellingen to decide, active and ending within {@value #MAANDEN} months, and
 * verlof requests to decide, running and starting within {@value #MAANDEN} months, for the gemeenten whose leerplicht
 * team the user is in (the teamleider through membership, the beheerder all; MAS §10). "Today" is Europe/Amsterdam's.
 */
@Pagina
class VrijstellingenPagina {

    /** "Binnenkort": within 2 months (the horizon for expiring vrijstellingen). */
    static final int MAANDEN = 2;

    private final VerlofAanvraagRepository aanvragen;
    private final VrijstellingRepository vrijstellingen;
    private final Toegang toegang;
    private final Clock clock;

    VrijstellingenPagina(VerlofAanvraagRepository aanvragen, VrijstellingRepository vrijstellingen, Toegang toegang,
                         Clock clock) {
        this.aanvragen = aanvragen;
        this.vrijstellingen = vrijstellingen;
        this.toegang = toegang;
        this.clock = clock;
    }

    /** A vrijstelling as a row; no BSN (MAS §10). Grond and status are codes the page labels (messages.properties). */
    record VrijstellingRegel(Long dossierId, String jongere, String gemeente, Grond grond, Status status,
                             LocalDate aanvraagdatum, LocalDate ingangsdatum, LocalDate einddatum, Boolean toetsVoldoet) {

        static VrijstellingRegel van(Vrijstelling v) {
            return new VrijstellingRegel(v.getDossier().getId(), v.getDossier().getJongere().volledigeNaam(),
                    v.getDossier().getGemeente().getNaam(), v.getGrond(), v.getStatus(), v.getAanvraagdatum(),
                    v.getIngangsdatum(), v.getEinddatum(), v.getToetsVoldoet());
        }
    }

    /** Read inside the transaction, so the template touches no lazy association; no BSN (MAS §10). */
    record Regel(Long dossierId, String jongere, String gemeente, String school, LocalDate van, LocalDate tot,
                 int schooldagen, LocalDate aanvraagdatum, String reden) {

        static Regel van(VerlofAanvraag v) {
            return new Regel(v.getDossier().getId(), v.getDossier().getJongere().volledigeNaam(),
                    v.getDossier().getGemeente().getNaam(), v.getSchool().getNaam(), v.getVan(), v.getTot(),
                    v.getSchooldagen(), v.getAanvraagdatum(), v.getReden());
        }
    }

    @GetMapping("/vrijstellingen")
    @Transactional(readOnly = true)
    String pagina(Authentication gebruiker, Model model) {
        // The leerplicht teams only: the Doorstroompunt of the regio has no part in verlof (MAS §10).
        Set<String> teams = Toegang.teamsVan(gebruiker);
        List<Long> gemeenten = toegang.gemeentenVan(teams).stream()
                .filter(gemeente -> teams == null || teams.contains(Teams.leerplicht(gemeente)))
                .map(Gemeente::getId).toList();
        LocalDate vandaag = LocalDate.now(clock.withZone(Termijnen.ZONE));
        List<Vrijstelling> actief = gemeenten.isEmpty() ? List.of() : vrijstellingen.actiefOp(gemeenten, vandaag);
        LocalDate horizon = vandaag.plusMonths(MAANDEN);
        model.addAttribute("vrijstellingenTeBeslissen", gemeenten.isEmpty() ? List.of()
                : vrijstellingen.metStatus(Status.AANGEVRAAGD, gemeenten).stream().map(VrijstellingRegel::van).toList());
        model.addAttribute("vrijstellingenActief", actief.stream().map(VrijstellingRegel::van).toList());
        model.addAttribute("vrijstellingenAflopend", actief.stream()
                .filter(v -> v.getEinddatum() != null && !v.getEinddatum().isAfter(horizon))
                .map(VrijstellingRegel::van).toList());
        List<VerlofAanvraag> verleend = gemeenten.isEmpty() ? List.of()
                : aanvragen.verleendTussen(gemeenten, vandaag, horizon);
        model.addAttribute("teBeslissen", gemeenten.isEmpty() ? List.of()
                : aanvragen.metStatusIn(VerlofAanvraag.Status.AANGEVRAAGD, gemeenten).stream().map(Regel::van).toList());
        model.addAttribute("actief", verleend.stream().filter(v -> !v.getVan().isAfter(vandaag)).map(Regel::van).toList());
        model.addAttribute("binnenkort", verleend.stream().filter(v -> v.getVan().isAfter(vandaag)).map(Regel::van)
                .toList());
        model.addAttribute("maanden", MAANDEN);
        return "vrijstellingen";
    }
}
