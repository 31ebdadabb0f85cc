package nl.schoolverzuim.toezicht;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.schoolverzuim.organisatie.Gemeente;
import nl.schoolverzuim.toegang.Toegang;
import nl.schoolverzuim.web.Namen;
import nl.schoolverzuim.web.Pagina;

/**
 * {@code /toezicht}: the teamleider's dashboard, rendered on the server ({@code templates/toezicht.html}) from the same
 * {@link Toezicht} queries as {@code /api/toezicht}, so page and API show the same numbers. Filtering is a plain GET
 * form; the two actions post JSON to the API from {@code static/js/toezicht.js}.
 */
@Pagina
@PreAuthorize("hasAnyAuthority('teamleider', 'camunda-admin')")
class ToezichtPagina {

    static final int REGELS = 100;
    /** Geometry of the bar charts, in SVG user units. */
    private static final int RIJ = 24;
    private static final int BREEDTE = 420;
    private static final int TREND_HOOGTE = 120;

    /** A row of a table of counts, with the link that filters on it (null: not a filter). */
    record Regel(String naam, String adres, long open, long teLaat) {
    }

    /** A gemeente's bar: open work, with the overdue part drawn over it. */
    record Staaf(String naam, long open, long teLaat, long breedteOpen, long breedteTeLaat, int y) {
    }

    record Klasse(String klasse, long aantal, long breedte) {
    }

    record Weekstaaf(String week, String label, Long open, Long teLaat, long hoogte, int x) {
    }

    record Keuze(String waarde, String tekst, boolean gekozen) {
    }

    record Lid(String id, String naam) {
    }

    private final Toezicht toezicht;
    private final Toegang toegang;
    private final IdentityService identity;
    private final Namen namen;
    private final Clock clock;

    ToezichtPagina(Toezicht toezicht, Toegang toegang, IdentityService identity, Namen namen, Clock clock) {
        this.toezicht = toezicht;
        this.toegang = toegang;
        this.identity = identity;
        this.namen = namen;
        this.clock = clock;
    }

    @GetMapping("/toezicht")
    String pagina(@RequestParam(required = false) String gemeente, @RequestParam(required = false) String stap,
                  @RequestParam(required = false) String behandelaar, Authentication gebruiker, Model model) {
        Toezicht.Filter filter = ToezichtController.filter(gemeente, stap, behandelaar, gebruiker);
        Toezicht.Telling totaal = toezicht.totaal(filter);
        List<Toezicht.Telling> perGemeente = toezicht.overzicht(Toezicht.Indeling.GEMEENTE, filter);
        List<Toezicht.TeLaat> teLaat = toezicht.teLaat(filter, 0, REGELS);
        List<Toezicht.Telling> perBehandelaar = toezicht.overzicht(Toezicht.Indeling.BEHANDELAAR, filter);
        List<Keuze> behandelaarKeuzes = keuzes(Toezicht.Indeling.BEHANDELAAR, filter, filter.behandelaar());
        // Officers by name, all of the page's in one query.
        Map<String, String> naam = namen.namen(Stream.of(teLaat.stream().map(Toezicht.TeLaat::behandelaar),
                perBehandelaar.stream().map(Toezicht.Telling::sleutel), behandelaarKeuzes.stream().map(Keuze::waarde))
                .flatMap(Function.identity()).filter(id -> id != null && !Toezicht.NIET_TOEGEWEZEN.equals(id)).toList());
        String zoek = query(filter);

        model.addAttribute("totaal", totaal);
        model.addAttribute("gemeenteKeuzes", gemeenteKeuzes(filter));
        model.addAttribute("stapKeuzes", keuzes(Toezicht.Indeling.STAP, filter, filter.stap()));
        model.addAttribute("behandelaarKeuzes", behandelaarKeuzes.stream()
                .map(k -> new Keuze(k.waarde(), naam.getOrDefault(k.waarde(), k.waarde()), k.gekozen()))
                .sorted(Comparator.comparing(Keuze::tekst)).toList());
        model.addAttribute("namen", naam);
        model.addAttribute("nietToegewezen", new Keuze(Toezicht.NIET_TOEGEWEZEN, "Niet toegewezen",
                Toezicht.NIET_TOEGEWEZEN.equals(filter.behandelaar())));
        model.addAttribute("perGemeente", regels(perGemeente, t -> t == null ? "(onbekend)" : t,
                t -> t == null ? null : "/toezicht?gemeente=" + url(t)));
        model.addAttribute("staven", staven(perGemeente));
        model.addAttribute("grafiekHoogte", perGemeente.size() * RIJ + 30);
        model.addAttribute("legendaY", perGemeente.size() * RIJ + 10);
        model.addAttribute("klassen", klassen(toezicht.leeftijdsbuckets(filter)));
        model.addAttribute("trendGemeente", filter.gemeente());
        model.addAttribute("weken", weken(toezicht.trend(filter.gemeente(), filter.groepen())));
        model.addAttribute("perBehandelaar", regels(perBehandelaar,
                t -> Toezicht.NIET_TOEGEWEZEN.equals(t) ? "niet toegewezen" : naam.getOrDefault(t, t),
                t -> "/toezicht?" + query(new Toezicht.Filter(filter.gemeente(), filter.stap(), t))));
        model.addAttribute("perStap", regels(toezicht.overzicht(Toezicht.Indeling.STAP, filter),
                t -> t == null ? "(zonder naam)" : t,
                t -> t == null ? null : "/toezicht?" + query(new Toezicht.Filter(filter.gemeente(), t, filter.behandelaar()))));
        model.addAttribute("teLaat", teLaat);
        model.addAttribute("csv", "/api/toezicht/te-laat.csv" + (zoek.isEmpty() ? "" : "?" + zoek));
        model.addAttribute("teams", teams(teLaat));
        model.addAttribute("vandaag", LocalDate.now(clock));
        return "toezicht";
    }

    private List<Keuze> gemeenteKeuzes(Toezicht.Filter filter) {
        return toegang.gemeentenVan(filter.groepen()).stream().map(Gemeente::getNaam).sorted()
                .map(naam -> new Keuze(naam, naam, naam.equals(filter.gemeente()))).toList();
    }

    /** The steps or officers of all the user's work (not only the filtered part), plus the one filtered on. */
    private List<Keuze> keuzes(Toezicht.Indeling indeling, Toezicht.Filter filter, String gekozen) {
        return Stream.concat(toezicht.overzicht(indeling, Toezicht.Filter.ALLES.binnen(filter.groepen())).stream()
                                .map(Toezicht.Telling::sleutel), Stream.ofNullable(gekozen))
                .filter(sleutel -> sleutel != null && !Toezicht.NIET_TOEGEWEZEN.equals(sleutel))
                .collect(Collectors.toCollection(TreeSet::new)).stream()
                .map(sleutel -> new Keuze(sleutel, sleutel, sleutel.equals(gekozen))).toList();
    }

    private static List<Regel> regels(List<Toezicht.Telling> tellingen, Function<String, String> naam,
                                      Function<String, String> adres) {
        return tellingen.stream().map(t -> new Regel(naam.apply(t.sleutel()), adres.apply(t.sleutel()), t.open(),
                t.teLaat())).toList();
    }

    private static List<Staaf> staven(List<Toezicht.Telling> perGemeente) {
        long meeste = Math.max(1, perGemeente.stream().mapToLong(Toezicht.Telling::open).max().orElse(1));
        List<Staaf> staven = new ArrayList<>();
        for (Toezicht.Telling t : perGemeente) {
            staven.add(new Staaf(t.sleutel() == null ? "(onbekend)" : t.sleutel(), t.open(), t.teLaat(),
                    t.open() * BREEDTE / meeste, t.teLaat() * BREEDTE / meeste, staven.size() * RIJ));
        }
        return staven;
    }

    private static List<Klasse> klassen(List<Toezicht.Leeftijd> klassen) {
        long meeste = Math.max(1, klassen.stream().mapToLong(Toezicht.Leeftijd::aantal).max().orElse(1));
        return klassen.stream().map(k -> new Klasse(k.klasse(), k.aantal(), k.aantal() * 200 / meeste)).toList();
    }

    /** Overdue tasks per week as bars; a week without a measurement shows none. */
    private static List<Weekstaaf> weken(List<Toezicht.Week> weken) {
        long meeste = Math.max(1, weken.stream().map(Toezicht.Week::teLaat).filter(Objects::nonNull)
                .mapToLong(Long::longValue).max().orElse(1));
        List<Weekstaaf> staven = new ArrayList<>();
        for (Toezicht.Week w : weken) {
            staven.add(new Weekstaaf(w.week(), w.week().substring(w.week().indexOf('W')), w.open(), w.teLaat(),
                    w.teLaat() == null ? 0 : w.teLaat() * TREND_HOOGTE / meeste, 5 + staven.size() * 40));
        }
        return staven;
    }

    /** The officers a task may go to: the members of the teams of the tasks shown. */
    private Map<String, List<Lid>> teams(List<Toezicht.TeLaat> teLaat) {
        Map<String, List<Lid>> teams = new LinkedHashMap<>();
        teLaat.stream().flatMap(t -> t.kandidaatGroepen() == null ? Stream.empty()
                        : Arrays.stream(t.kandidaatGroepen().split(",")))
                .filter(groep -> !groep.isBlank()).distinct().sorted()
                .forEach(groep -> teams.put(groep, identity.createUserQuery().memberOfGroup(groep).orderByUserId().asc()
                        .list().stream().map(ToezichtPagina::lid).toList()));
        return teams;
    }

    private static Lid lid(User lid) {
        String naam = Stream.of(lid.getFirstName(), lid.getLastName()).filter(deel -> deel != null && !deel.isBlank())
                .collect(Collectors.joining(" "));
        return new Lid(lid.getId(), naam.isEmpty() ? lid.getId() : naam);
    }

    private static String query(Toezicht.Filter filter) {
        Map<String, String> delen = new LinkedHashMap<>();
        delen.put("gemeente", filter.gemeente());
        delen.put("stap", filter.stap());
        delen.put("behandelaar", filter.behandelaar());
        return delen.entrySet().stream().filter(d -> d.getValue() != null).map(d -> d.getKey() + "=" + url(d.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String url(String waarde) {
        return URLEncoder.encode(waarde, StandardCharsets.UTF_8);
    }
}
