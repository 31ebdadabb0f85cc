package nl.schoolverzuim.vrijstellingen;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.schoolverzuim.domein.GeenToegangException;
import nl.schoolverzuim.domein.OngeldigeInvoerException;
import nl.schoolverzuim.domein.Variabelen;
import nl.schoolverzuim.domein.VeldFout;
import nl.schoolverzuim.dossier.Dossier;
import nl.schoolverzuim.dossier.DossierService;
import nl.schoolverzuim.dossier.Persoonsgegevens;
import nl.schoolverzuim.dossier.Werkproces;
import nl.schoolverzuim.dossier.WerkprocesStarter;
import nl.schoolverzuim.organisatie.Onderwijssoort;
import nl.schoolverzuim.organisatie.School;
import nl.schoolverzuim.organisatie.SchoolRepository;
import nl.schoolverzuim.organisatie.Teams.Team;
import nl.schoolverzuim.toegang.Toegang;

/**
 * Verlof outside the school holidays (MAS §7, vrijstellingen.md): the school days asked are counted; up to
 * {@link #GRENS_DIRECTEUR} the school director decides and nothing is stored, beyond it the request is stored and a
 * werkproces {@value #PROCES} lets the LPA decide. One transaction: on any error nothing is stored.
 */
@Service
public class VerlofAanvragen {

    /** MAS §7 ([001], [003]): up to 10 school days the director decides, more than 10 the LPA. */
    public static final int GRENS_DIRECTEUR = 10;
    static final String PROCES = "verlof";

    private final Schooldagen schooldagen;
    private final JongereInvoer jongeren;
    private final DossierService dossiers;
    private final WerkprocesStarter werkprocessen;
    private final SchoolRepository scholen;
    private final VerlofAanvraagRepository aanvragen;
    private final Toegang toegang;
    private final Clock clock;

    VerlofAanvragen(Schooldagen schooldagen, JongereInvoer jongeren, DossierService dossiers,
                    WerkprocesStarter werkprocessen, SchoolRepository scholen, VerlofAanvraagRepository aanvragen,
                    Toegang toegang, Clock clock) {
        this.schooldagen = schooldagen;
        this.jongeren = jongeren;
        this.dossiers = dossiers;
        this.werkprocessen = werkprocessen;
        this.scholen = scholen;
        this.aanvragen = aanvragen;
        this.toegang = toegang;
        this.clock = clock;
    }

    public record Aangevraagd(Long id, Long dossierId, Long werkprocesId, int schooldagen, String processInstanceId) {
    }

    /** Up to {@link #GRENS_DIRECTEUR} school days: the school director decides, not the LPA (MAS §7). */
    public static class VoorDeDirecteur extends RuntimeException {
        private final int schooldagen;

        VoorDeDirecteur(int schooldagen) {
            super("Verlof van " + schooldagen + (schooldagen == 1 ? " schooldag" : " schooldagen")
                    + " beslist de directeur van de school, niet de leerplichtambtenaar: alleen verlof van meer dan "
                    + GRENS_DIRECTEUR + " schooldagen wordt bij de leerplichtambtenaar aangevraagd (MAS §7)");
            this.schooldagen = schooldagen;
        }

        public int schooldagen() {
            return schooldagen;
        }
    }

    private record Geldig(Persoonsgegevens jongere, NieuweVerlofaanvraag.School school, Onderwijssoort onderwijssoort,
                          LocalDate van, LocalDate tot, int schooldagen, String reden, LocalDate aanvraagdatum) {
    }

    @Transactional
    public Aangevraagd aanvragen(NieuweVerlofaanvraag invoer) {
        Geldig aanvraag = valideer(invoer);
        Authentication gebruiker = SecurityContextHolder.getContext().getAuthentication();
        if (gebruiker != null && !toegang.magMeldingenInvoerenVoor(gebruiker, aanvraag.jongere().woongemeente())) {
            throw new GeenToegangException("U werkt niet voor deze woongemeente en mag er geen verlof voor aanvragen");
        }
        if (aanvraag.schooldagen() <= GRENS_DIRECTEUR) {
            throw new VoorDeDirecteur(aanvraag.schooldagen());
        }
        Dossier dossier = dossiers.dossierVoor(aanvraag.jongere(), Team.LEERPLICHT, aanvraag.aanvraagdatum());
        School school = scholen.findByBrin(aanvraag.school().brin()).orElseGet(() -> scholen.save(
                new School(aanvraag.school().brin(), aanvraag.school().naam(), aanvraag.onderwijssoort())));
        VerlofAanvraag nieuw = new VerlofAanvraag(dossier, school, aanvraag.van(), aanvraag.tot(),
                aanvraag.schooldagen(), aanvraag.reden(), aanvraag.aanvraagdatum(), Instant.now(clock));
        // A verlof request is no verzuim (MAS §3): a werkproces without Verzuimsoort (ADR 0033).
        Werkproces werkproces = werkprocessen.startZonderVerzuim(dossier, PROCES, Team.LEERPLICHT,
                aanvraag.aanvraagdatum(), gestart -> {
                    nieuw.behandeldIn(gestart);
                    aanvragen.save(nieuw);
                    return procesVariabelen(nieuw, school);
                });
        return new Aangevraagd(nieuw.getId(), dossier.getId(), werkproces.getId(), nieuw.getSchooldagen(),
                werkproces.getProcessInstanceId());
    }

    private static Map<String, Object> procesVariabelen(VerlofAanvraag aanvraag, School school) {
        Map<String, Object> variabelen = new HashMap<>();
        variabelen.put("verlofaanvraagId", aanvraag.getId());
        variabelen.put("van", Variabelen.alsDate(aanvraag.getVan()));
        variabelen.put("tot", Variabelen.alsDate(aanvraag.getTot()));
        variabelen.put("schooldagen", aanvraag.getSchooldagen());
        variabelen.put("reden", aanvraag.getReden());
        variabelen.put("aanvraagdatum", Variabelen.alsDate(aanvraag.getAanvraagdatum()));
        variabelen.put(Variabelen.SCHOOL_NAAM, school.getNaam());
        return variabelen;
    }

    /** Every rule of the contract at once, so the answer names every bad field; never echoes a value (MAS §10). */
    private Geldig valideer(NieuweVerlofaanvraag invoer) {
        List<VeldFout> fouten = new ArrayList<>();
        LocalDate van = datum(verplicht(invoer.van(), "van", fouten), "van", fouten);
        LocalDate tot = datum(verplicht(invoer.tot(), "tot", fouten), "tot", fouten);
        LocalDate aanvraagdatum = datum(verplicht(invoer.aanvraagdatum(), "aanvraagdatum", fouten), "aanvraagdatum",
                fouten);
        if (aanvraagdatum != null && aanvraagdatum.isAfter(LocalDate.now(clock))) {
            fouten.add(new VeldFout("aanvraagdatum", "mag niet in de toekomst liggen"));
        }
        if (van != null && tot != null && tot.isBefore(van)) {
            fouten.add(new VeldFout("tot", "ligt voor de datum 'van'"));
            tot = null;
        }
        String reden = tekst(invoer.reden());
        if (reden == null) {
            fouten.add(new VeldFout("reden", "is verplicht"));
        } else if (reden.length() > 4000) {
            fouten.add(new VeldFout("reden", "mag hoogstens 4000 tekens lang zijn"));
        }

        Persoonsgegevens persoon = null;
        NieuweVerlofaanvraag.Jongere jongere = invoer.jongere();
        if (jongere == null) {
            fouten.add(new VeldFout("jongere", "is verplicht"));
        } else {
            persoon = jongeren.gecontroleerd(jongere.bsn(), jongere.voornaam(), jongere.achternaam(),
                    jongere.geboortedatum(), jongere.woongemeente(), van, "eerste verlofdag", fouten);
        }

        Onderwijssoort onderwijssoort = null;
        NieuweVerlofaanvraag.School school = invoer.school();
        if (school == null) {
            fouten.add(new VeldFout("school", "is verplicht"));
        } else {
            String brin = verplicht(school.brin(), "school.brin", fouten);
            if (brin != null && !brin.toUpperCase(Locale.ROOT).matches("\\d{2}[A-Z]{2}(\\d{2})?")) {
                fouten.add(new VeldFout("school.brin",
                        "is geen BRIN-code (2 cijfers en 2 letters, eventueel 2 cijfers voor de vestiging)"));
            }
            String naam = verplicht(school.naam(), "school.naam", fouten);
            if (naam != null && naam.length() > 200) {
                fouten.add(new VeldFout("school.naam", "mag hoogstens 200 tekens lang zijn"));
            }
            onderwijssoort = onderwijssoort(school.onderwijssoort(), fouten);
            school = brin == null || naam == null ? null
                    : new NieuweVerlofaanvraag.School(brin.toUpperCase(Locale.ROOT), naam, school.onderwijssoort());
        }

        Integer dagen = null;
        if (van != null && tot != null && persoon != null) {
            try {
                dagen = schooldagen.tussen(van, tot, schooldagen.vakantieregio(persoon.woongemeente()));
            } catch (Schooldagen.NietTeTellen e) {
                fouten.add(new VeldFout("van", "de schooldagen zijn niet te tellen: " + e.getMessage()));
            }
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten.stream().distinct().toList());
        }
        return new Geldig(persoon, school, onderwijssoort, van, tot, dagen, reden, aanvraagdatum);
    }

    private static Onderwijssoort onderwijssoort(String waarde, List<VeldFout> fouten) {
        String code = verplicht(waarde, "school.onderwijssoort", fouten);
        if (code == null) {
            return null;
        }
        return Arrays.stream(Onderwijssoort.values()).filter(s -> s.name().equals(code.toUpperCase(Locale.ROOT)))
                .findFirst().orElseGet(() -> {
                    fouten.add(new VeldFout("school.onderwijssoort", "is onbekend; kies uit " + Arrays.stream(
                            Onderwijssoort.values()).map(Enum::name).collect(Collectors.joining(", "))));
                    return null;
                });
    }

    private static String verplicht(String waarde, String veld, List<VeldFout> fouten) {
        String tekst = tekst(waarde);
        if (tekst == null) {
            fouten.add(new VeldFout(veld, "is verplicht"));
        }
        return tekst;
    }

    /** A date from a value {@link #verplicht} already checked; null when absent or malformed. */
    private static LocalDate datum(String tekst, String veld, List<VeldFout> fouten) {
        if (tekst == null) {
            return null;
        }
        try {
            return LocalDate.parse(tekst);
        } catch (DateTimeParseException e) {
            fouten.add(new VeldFout(veld, "is geen geldige datum (JJJJ-MM-DD)"));
            return null;
        }
    }

    private static String tekst(String waarde) {
        return waarde == null || waarde.isBlank() ? null : waarde.strip();
    }
}
