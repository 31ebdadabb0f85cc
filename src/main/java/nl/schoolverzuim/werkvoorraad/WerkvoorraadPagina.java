package nl.schoolverzuim.werkvoorraad;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import nl.schoolverzuim.domein.OngeldigeInvoerException;
import nl.schoolverzuim.domein.VeldFout;
import nl.schoolverzuim.dossier.DossierZoeken;
import nl.schoolverzuim.toegang.Toegang;
import nl.schoolverzuim.web.Namen;
import nl.schoolverzuim.web.Pagina;
import nl.schoolverzuim.web.Paginering;
import nl.schoolverzuim.web.Soortlabels;

/**
 * {@code /werkvoorraad}: the officer's inbox as a page ({@code templates/werkvoorraad.html}) on the read model, with
 * the same team rule as {@code /api/werkvoorraad} (MAS §10): tabs, a search for a Jongere, sorting, paging, and bulk
 * claim through the engine ({@link Claimen}). Each row opens the task in Tasklist and the Dossier.
 */
@Pagina
class WerkvoorraadPagina {

    static final int GROOTTE = 50;

    enum Tab {
        MIJN("mijn", "Mijn taken"), TEAM("team", "Mijn team"), ONGECLAIMD("ongeclaimd", "Ongeclaimd"),
        TE_LAAT("te-laat", "Te laat");

        final String code;
        final String tekst;

        Tab(String code, String tekst) {
            this.code = code;
            this.tekst = tekst;
        }

        /** For the template, which reads no package-private fields. */
        public String getCode() {
            return code;
        }

        public String getTekst() {
            return tekst;
        }
    }

    /** What the page was asked for, valid, and how to ask for it again with one part changed. */
    record Vraag(Tab tab, String zoek, Werkvoorraad.Sortering sortering, boolean aflopend, int pagina, int grootte) {

        String adres(Tab andereTab, Werkvoorraad.Sortering andereSortering, boolean anderAflopend, int anderePagina) {
            UriComponentsBuilder adres = UriComponentsBuilder.fromPath("/werkvoorraad");
            if (andereTab != Tab.MIJN) {
                adres.queryParam("tab", andereTab.code);
            }
            if (zoek != null) {
                adres.queryParam("zoek", zoek);
            }
            if (andereSortering != Werkvoorraad.Sortering.VERVALDATUM) {
                adres.queryParam("sorteer", andereSortering.name().toLowerCase(Locale.ROOT));
            }
            if (anderAflopend) {
                adres.queryParam("richting", "af");
            }
            if (anderePagina > 0) {
                adres.queryParam("pagina", anderePagina);
            }
            if (grootte != GROOTTE) {
                adres.queryParam("grootte", grootte);
            }
            return adres.encode().build().toUriString();
        }
    }

    record TabLink(String tekst, String adres, boolean actief) {
    }

    /** A column header with the address that sorts on it; {@code ariaSort} only on the column sorted on now. */
    record Kolom(String kop, String adres, String ariaSort) {
    }

    record Rij(String taakId, String jongere, Integer leeftijd, String school, String verzuimsoort, String stap,
               Instant vervaldatum, int dagenTeLaat, String behandelaar, Long dossierId, String tasklist) {
    }

    private final Werkvoorraad werkvoorraad;
    private final DossierZoeken zoeken;
    private final Claimen claimen;
    private final Namen namen;
    private final Soortlabels soorten;

    WerkvoorraadPagina(Werkvoorraad werkvoorraad, DossierZoeken zoeken, Claimen claimen, Namen namen,
                       Soortlabels soorten) {
        this.soorten = soorten;
        this.werkvoorraad = werkvoorraad;
        this.zoeken = zoeken;
        this.claimen = claimen;
        this.namen = namen;
    }

    @GetMapping("/werkvoorraad")
    String pagina(@RequestParam(required = false) String tab, @RequestParam(required = false) String zoek,
                  @RequestParam(required = false) String sorteer, @RequestParam(required = false) String richting,
                  @RequestParam(required = false) String pagina, @RequestParam(required = false) String grootte,
                  Authentication gebruiker, Model model, HttpServletResponse antwoord) {
        List<VeldFout> fouten = new ArrayList<>();
        Vraag vraag = new Vraag(tab(tab, fouten), zoekterm(zoek, fouten), sortering(sorteer, fouten),
                aflopend(richting, fouten), getal("pagina", pagina, 0, fouten), getal("grootte", grootte, GROOTTE, fouten));
        if (fouten.isEmpty()) {
            try {
                Paginering.controleer(vraag.pagina(), vraag.grootte());
            } catch (OngeldigeInvoerException ongeldig) {
                fouten.addAll(ongeldig.fouten());
            }
        }
        model.addAttribute("vraag", vraag);
        String hier = vraag.adres(vraag.tab(), vraag.sortering(), vraag.aflopend(), vraag.pagina());
        model.addAttribute("terug", hier.substring("/werkvoorraad".length()));
        model.addAttribute("zonderZoek", new Vraag(vraag.tab(), null, vraag.sortering(), vraag.aflopend(), 0,
                vraag.grootte()).adres(vraag.tab(), vraag.sortering(), vraag.aflopend(), 0));
        model.addAttribute("tabs", Arrays.stream(Tab.values())
                .map(t -> new TabLink(t.tekst, vraag.adres(t, vraag.sortering(), vraag.aflopend(), 0), t == vraag.tab()))
                .toList());
        model.addAttribute("kolommen", kolommen(vraag));
        model.addAttribute("fouten", fouten);
        if (!fouten.isEmpty()) {
            antwoord.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("rijen", List.of());
            return "werkvoorraad";
        }
        Set<String> groepen = Toegang.teamsVan(gebruiker);
        Werkvoorraad.Filter filter = new Werkvoorraad.Filter(groepen,
                vraag.tab() == Tab.MIJN ? gebruiker.getName() : null, vraag.tab() == Tab.TE_LAAT, null,
                vraag.tab() == Tab.ONGECLAIMD, vraag.zoek() == null ? null : zoeken.vraag(vraag.zoek()),
                vraag.sortering(), vraag.aflopend());
        List<Werkvoorraad.Taak> taken = werkvoorraad.rijen(filter, (long) vraag.pagina() * vraag.grootte(),
                vraag.grootte() + 1);
        boolean meer = taken.size() > vraag.grootte();
        List<Werkvoorraad.Taak> getoond = meer ? taken.subList(0, vraag.grootte()) : taken;
        Map<String, String> behandelaars = namen.namen(getoond.stream().map(Werkvoorraad.Taak::toegewezenAan)
                .filter(Objects::nonNull).toList());
        model.addAttribute("rijen", getoond.stream().map(t -> new Rij(t.taakId(), t.jongere(), t.leeftijd(), t.school(),
                soorten.van(t.verzuimsoort(), t.procesKey()), t.naam(), t.vervaldatum(), t.dagenTeLaat() == null ? 0 : t.dagenTeLaat(),
                behandelaars.get(t.toegewezenAan()), t.dossierId(),
                "/camunda/app/tasklist/default/#/?task=" + t.taakId())).toList());
        model.addAttribute("vorige", vraag.pagina() == 0 ? null
                : vraag.adres(vraag.tab(), vraag.sortering(), vraag.aflopend(), vraag.pagina() - 1));
        model.addAttribute("volgende", meer
                ? vraag.adres(vraag.tab(), vraag.sortering(), vraag.aflopend(), vraag.pagina() + 1) : null);
        return "werkvoorraad";
    }

    /**
     * Claims the chosen tasks and shows each one's result on the page it came from (post, redirect, get). The
     * parameters of that page come back as they were sent; the page checks them again.
     */
    @PostMapping("/werkvoorraad/claimen")
    String claimen(@RequestParam(name = "taak", required = false) List<String> taakIds,
                   @RequestParam(required = false) String terug, Authentication gebruiker, RedirectAttributes flash) {
        Set<String> gekozen = taakIds == null ? Set.of() : new LinkedHashSet<>(taakIds);
        if (gekozen.isEmpty()) {
            flash.addFlashAttribute("claimFout", "Kies eerst een of meer taken om te claimen.");
        } else if (gekozen.size() > Paginering.MAXIMALE_GROOTTE || gekozen.stream().anyMatch(id -> id.length() > 64)) {
            flash.addFlashAttribute("claimFout", "Kies hoogstens " + Paginering.MAXIMALE_GROOTTE
                    + " taken van deze pagina om te claimen.");
        } else {
            flash.addFlashAttribute("uitkomsten", claimen.claim(gebruiker, gekozen));
        }
        // Back to our own page only: the query of the werkvoorraad, never another address.
        String query = terug != null && terug.matches("\\?[A-Za-z0-9%=&._~+-]*") ? terug : "";
        return "redirect:/werkvoorraad" + query;
    }

    private static List<Kolom> kolommen(Vraag vraag) {
        List<Kolom> kolommen = new ArrayList<>();
        for (Object[] kolom : new Object[][] {{"Jongere", Werkvoorraad.Sortering.JONGERE},
                {"Leeftijd", Werkvoorraad.Sortering.LEEFTIJD}, {"School", Werkvoorraad.Sortering.SCHOOL},
                {"Verzuimsoort", Werkvoorraad.Sortering.VERZUIMSOORT}, {"Stap", Werkvoorraad.Sortering.STAP},
                {"Vervaldatum", Werkvoorraad.Sortering.VERVALDATUM},
                {"Behandelaar", Werkvoorraad.Sortering.BEHANDELAAR}}) {
            Werkvoorraad.Sortering sortering = (Werkvoorraad.Sortering) kolom[1];
            boolean huidig = sortering == vraag.sortering();
            kolommen.add(new Kolom((String) kolom[0], vraag.adres(vraag.tab(), sortering, huidig && !vraag.aflopend(), 0),
                    !huidig ? null : vraag.aflopend() ? "descending" : "ascending"));
        }
        return kolommen;
    }

    private static Tab tab(String tab, List<VeldFout> fouten) {
        if (tab == null || tab.isBlank()) {
            return Tab.MIJN;
        }
        return Arrays.stream(Tab.values()).filter(t -> t.code.equals(tab)).findFirst().orElseGet(() -> {
            fouten.add(new VeldFout("tab", "kies mijn, team, ongeclaimd of te-laat"));
            return Tab.MIJN;
        });
    }

    private static String zoekterm(String zoek, List<VeldFout> fouten) {
        if (zoek == null || zoek.isBlank()) {
            return null;
        }
        if (zoek.strip().length() > DossierZoeken.MAXIMALE_LENGTE) {
            fouten.add(new VeldFout("zoek", "mag hoogstens " + DossierZoeken.MAXIMALE_LENGTE + " tekens lang zijn"));
            return null;
        }
        return zoek.strip();
    }

    private static Werkvoorraad.Sortering sortering(String sorteer, List<VeldFout> fouten) {
        if (sorteer == null || sorteer.isBlank()) {
            return Werkvoorraad.Sortering.VERVALDATUM;
        }
        return Arrays.stream(Werkvoorraad.Sortering.values())
                .filter(s -> s.name().toLowerCase(Locale.ROOT).equals(sorteer)).findFirst().orElseGet(() -> {
                    fouten.add(new VeldFout("sorteer", "kies jongere, leeftijd, school, verzuimsoort, stap, "
                            + "vervaldatum of behandelaar"));
                    return Werkvoorraad.Sortering.VERVALDATUM;
                });
    }

    private static boolean aflopend(String richting, List<VeldFout> fouten) {
        if (richting == null || richting.isBlank() || richting.equals("op")) {
            return false;
        }
        if (!richting.equals("af")) {
            fouten.add(new VeldFout("richting", "kies op (oplopend) of af (aflopend)"));
        }
        return richting.equals("af");
    }

    private static int getal(String veld, String waarde, int standaard, List<VeldFout> fouten) {
        if (waarde == null || waarde.isBlank()) {
            return standaard;
        }
        try {
            return Integer.parseInt(waarde.strip());
        } catch (NumberFormatException geenGetal) {
            fouten.add(new VeldFout(veld, "moet een geheel getal zijn"));
            return standaard;
        }
    }
}
