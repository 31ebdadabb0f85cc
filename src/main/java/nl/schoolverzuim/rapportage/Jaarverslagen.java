package nl.schoolverzuim.rapportage;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.schoolverzuim.domein.Codelijsten;
import nl.schoolverzuim.domein.GeenToegangException;
import nl.schoolverzuim.domein.OngeldigeInvoerException;
import nl.schoolverzuim.domein.Schooljaar;
import nl.schoolverzuim.domein.VeldFout;
import nl.schoolverzuim.domein.Verzuimsoort;
import nl.schoolverzuim.organisatie.Gemeente;
import nl.schoolverzuim.organisatie.GemeenteRepository;
import nl.schoolverzuim.organisatie.Gemeenten;
import nl.schoolverzuim.organisatie.Regio;
import nl.schoolverzuim.organisatie.RegioRepository;
import nl.schoolverzuim.organisatie.Teams;
import nl.schoolverzuim.rapportage.Jaarcijfers.HandhavingTelling;
import nl.schoolverzuim.rapportage.Jaarcijfers.JaarTelling;
import nl.schoolverzuim.rapportage.Jaarcijfers.MeldingTelling;
import nl.schoolverzuim.rapportage.Jaarcijfers.Telling;
import nl.schoolverzuim.rapportage.Jaarcijfers.ThuiszitterTelling;
import nl.schoolverzuim.rapportage.Jaarcijfers.Verzuim18Jaar;
import nl.schoolverzuim.rapportage.Jaarcijfers.VsvTelling;
import nl.schoolverzuim.toegang.Toegang;
import nl.schoolverzuim.vrijstellingen.Grond;
import nl.schoolverzuim.vrijstellingen.VrijstellingTellingen;

/**
 * Computes the {@link Jaarverslag} of a school year for a regio or one of its gemeenten (MAS §9), from the project's
 * own records with the queries of {@link Jaarcijfers}; the definitions are in {@code docs/jaarverslag.md}. The code
 * lists that are columns or rows (Resultaat, monitoring results, afrond redenen) come from {@code codelijsten.dmn}.
 */
@Service
public class Jaarverslagen {

    /** The onderwijssoort groups of the contract, in the order of the rows; a melding without a school is the last. */
    static final List<String> GROEPEN = List.of("BO_SBO", "VSO_SO", "VO", "MBO", "GEEN_ONDERWIJS");
    private static final Map<String, String> GROEP_VAN = Map.of("PO", "BO_SBO", "SBO", "BO_SBO", "SO", "VSO_SO",
            "VSO", "VSO_SO", "VO", "VO", "VAVO", "VO", "MBO", "MBO");

    private final Jaarcijfers cijfers;
    private final VrijstellingTellingen vrijstellingen;
    private final RegioRepository regios;
    private final GemeenteRepository gemeenteRepository;
    private final Gemeenten gemeenten;
    private final Codelijsten codelijsten;
    private final ProcessEngine engine;
    private final Clock clock;

    Jaarverslagen(Jaarcijfers cijfers, VrijstellingTellingen vrijstellingen, RegioRepository regios,
                  GemeenteRepository gemeenteRepository, Gemeenten gemeenten, Codelijsten codelijsten,
                  ProcessEngine engine, Clock clock) {
        this.cijfers = cijfers;
        this.vrijstellingen = vrijstellingen;
        this.regios = regios;
        this.gemeenteRepository = gemeenteRepository;
        this.gemeenten = gemeenten;
        this.codelijsten = codelijsten;
        this.engine = engine;
        this.clock = clock;
    }

    /**
     * The report of {@code schooljaar} (JJJJ-JJJJ) for {@code regio} (a regio code) and, when not null,
     * {@code gemeente} (its name or CBS code). A bad parameter is an OngeldigeInvoerException naming it; a reader who
     * may not read the scope (MAS §10: the beheerder and the regio's teamleider read all of it, an officer their own
     * gemeente) gets a GeenToegangException.
     */
    @Transactional(readOnly = true)
    public Jaarverslag maak(String schooljaar, String regio, String gemeente) {
        List<VeldFout> fouten = new ArrayList<>();
        Schooljaar jaar = Schooljaar.uitTekst(schooljaar, fouten);
        Regio gekozenRegio = null;
        if (regio == null || regio.isBlank()) {
            fouten.add(new VeldFout("regio", "is verplicht (code, bijvoorbeeld achterhoek)"));
        } else {
            gekozenRegio = regios.findByCode(regio.strip()).orElse(null);
            if (gekozenRegio == null) {
                fouten.add(new VeldFout("regio", "is geen bekende regio (code, bijvoorbeeld achterhoek)"));
            }
        }
        Gemeente gekozen = null;
        if (gemeente != null && !gemeente.isBlank()) {
            gekozen = gemeenten.zoek(gemeente).orElse(null);
            if (gekozen == null) {
                fouten.add(new VeldFout("gemeente", "is geen bekende gemeente (naam of CBS-code)"));
            } else if (gekozenRegio != null && !gekozen.getRegio().getId().equals(gekozenRegio.getId())) {
                fouten.add(new VeldFout("gemeente", "ligt niet in regio " + gekozenRegio.getCode()));
            }
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        controleerToegang(gekozenRegio, gekozen);
        Long regioId = gekozenRegio.getId();
        Gemeente enkel = gekozen;
        List<Gemeente> bereik = enkel != null ? List.of(enkel) : gemeenteRepository.findAllMetRegio().stream()
                .filter(g -> g.getRegio().getId().equals(regioId)).toList();
        LocalDate vandaag = LocalDate.now(clock);
        LocalDate peildatum = jaar.einde().isAfter(vandaag) ? vandaag : jaar.einde();
        return new Jaarverslag(jaar.toString(), gekozenRegio.getCode(), enkel == null ? null : enkel.getNaam(),
                tabellen(bereik, jaar, peildatum), trend(bereik, jaar));
    }

    /** MAS §10: the beheerder, the teamleiders of the regio, and for one gemeente the officers of its team. */
    private static void controleerToegang(Regio regio, Gemeente gemeente) {
        Set<String> teams = Toegang.teamsVan(SecurityContextHolder.getContext().getAuthentication());
        if (teams == null || teams.contains(Teams.teamleider(regio))
                || gemeente != null && teams.contains(Teams.leerplicht(gemeente))) {
            return;
        }
        throw new GeenToegangException(gemeente == null
                ? "Alleen de teamleider van de regio en de beheerder lezen het jaarverslag van de hele regio; "
                + "vraag het jaarverslag van uw eigen gemeente op (parameter gemeente)."
                : "U leest alleen het jaarverslag van de gemeente waarvoor u werkt.");
    }

    private Jaarverslag.Tabellen tabellen(List<Gemeente> bereik, Schooljaar jaar, LocalDate peildatum) {
        List<Long> ids = bereik.stream().map(Gemeente::getId).toList();
        Map<Long, Map<Grond, Long>> vrijgesteld = new HashMap<>();
        vrijstellingen.perGemeenteEnJaar(ids, jaar, jaar).forEach((sleutel, perGrond) ->
                vrijgesteld.put(sleutel.gemeente(), perGrond));
        Map<Long, List<HandhavingTelling>> handhaving = new HashMap<>();
        cijfers.handhaving(ids, jaar, jaar).forEach(t ->
                handhaving.computeIfAbsent(t.gemeente(), g -> new ArrayList<>()).add(t));
        Map<Long, Map<String, Integer>> nieuw = new HashMap<>();
        Map<Long, Map<String, Integer>> oud = new HashMap<>();
        for (VsvTelling t : cijfers.vsvStatus(ids, jaar, peildatum)) {
            (t.nieuw() ? nieuw : oud).computeIfAbsent(t.gemeente(), g -> new HashMap<>()).merge(t.status(), t.aantal(),
                    Integer::sum);
        }
        Map<Long, ThuiszitterTelling> thuiszitters = new HashMap<>();
        cijfers.thuiszitters(ids, jaar, peildatum).forEach(t -> thuiszitters.put(t.gemeente(), t));
        Jaarcijfers.Verzuim18 achttien = cijfers.verzuim18Plus(ids, jaar);
        return new Jaarverslag.Tabellen(
                new Jaarverslag.Tabel<>(Jaarverslag.MELDINGEN, meldingen(cijfers.meldingen(ids, jaar, peildatum))),
                new Jaarverslag.Tabel<>(Jaarverslag.MELDINGEN, resultaten(cijfers.resultaten(ids, jaar))),
                new Jaarverslag.Tabel<>(Jaarverslag.VRIJSTELLINGEN, bereik.stream().map(g -> vrijstellingenRij(
                        g.getNaam(), vrijgesteld.getOrDefault(g.getId(), Map.of()))).toList()),
                new Jaarverslag.Tabel<>(Jaarverslag.INTERVENTIES, bereik.stream().map(g -> handhavingRij(g.getNaam(),
                        handhaving.getOrDefault(g.getId(), List.of()))).toList()),
                new Jaarverslag.Verzuim18Plus(Jaarverslag.MELDINGEN, achttien.meldingen(), achttien.actieGewenst(),
                        percentage(achttien.actieGewenst(), achttien.meldingen()), achttien.jongeren(),
                        achttien.recidive(), achttien.eenMelding()),
                new Jaarverslag.Tabel<>(Jaarverslag.JONGEREN, vsvRijen(bereik, nieuw)),
                new Jaarverslag.Tabel<>(Jaarverslag.JONGEREN, vsvRijen(bereik, oud)),
                new Jaarverslag.Tabel<>(Jaarverslag.JONGEREN, nieuwOud(cijfers.monitoringResultaten(ids, jaar, peildatum),
                        codes(Codelijsten.MONITORINGRESULTAAT), Jaarcijfers.GEEN_CONTROLE)),
                new Jaarverslag.Tabel<>(Jaarverslag.JONGEREN, nieuwOud(cijfers.afgerondRedenen(ids, jaar, peildatum),
                        codes(Codelijsten.AFRONDREDEN), null)),
                new Jaarverslag.Tabel<>(Jaarverslag.JONGEREN, bereik.stream().map(g -> {
                    ThuiszitterTelling t = thuiszitters.get(g.getId());
                    return new Jaarverslag.ThuiszittersRij(g.getNaam(), t == null ? 0 : t.thuiszitters(),
                            t == null ? 0 : t.nogThuiszitter());
                }).toList()));
    }

    /** Table 1: every onderwijssoort group a row; VSV (of a Jongere under 18, see Jaarcijfers) counts as ABSOLUUT. */
    private static List<Jaarverslag.MeldingenRij> meldingen(List<MeldingTelling> tellingen) {
        Map<String, Map<Verzuimsoort, Integer>> perGroep = new HashMap<>();
        Map<String, int[]> sub = new HashMap<>();
        for (MeldingTelling t : tellingen) {
            String groep = groep(t.onderwijssoort());
            perGroep.computeIfAbsent(groep, g -> new HashMap<>()).merge(soort(t.verzuimsoort()), t.aantal(),
                    Integer::sum);
            int[] s = sub.computeIfAbsent(groep, g -> new int[4]);
            s[0] += t.langerDan3Maanden();
            s[1] += t.langerDan4Weken();
            s[2] += t.weerIngeschreven();
            s[3] += t.herhaald();
        }
        return GROEPEN.stream().map(groep -> {
            Map<Verzuimsoort, Integer> n = perGroep.getOrDefault(groep, Map.of());
            int[] s = sub.getOrDefault(groep, new int[4]);
            int absoluut = n.getOrDefault(Verzuimsoort.ABSOLUUT, 0);
            int wettelijk = n.getOrDefault(Verzuimsoort.WETTELIJK, 0);
            int langdurig = n.getOrDefault(Verzuimsoort.LANGDURIG_RELATIEF, 0);
            int luxe = n.getOrDefault(Verzuimsoort.LUXE, 0);
            int overig = n.getOrDefault(Verzuimsoort.OVERIG, 0);
            return new Jaarverslag.MeldingenRij(groep, absoluut, s[0], s[1], s[2], wettelijk, s[3], langdurig, luxe,
                    overig, n.getOrDefault(Verzuimsoort.INFORMATIE_ADVIES, 0),
                    absoluut + wettelijk + langdurig + luxe + overig);
        }).toList();
    }

    /** Table 2: a column per code of codelijst-resultaat (a stored code outside it gets a column of its own). */
    private List<Jaarverslag.ResultatenRij> resultaten(List<Telling> tellingen) {
        List<String> kolommen = new ArrayList<>(codes(Codelijsten.RESULTAAT));
        tellingen.stream().map(Telling::code).filter(c -> c != null && !kolommen.contains(c)).distinct()
                .forEach(kolommen::add);
        return GROEPEN.stream().map(groep -> {
            Map<String, Integer> perResultaat = new LinkedHashMap<>();
            kolommen.forEach(code -> perResultaat.put(code, 0));
            tellingen.stream().filter(t -> groep(t.sleutel()).equals(groep) && t.code() != null)
                    .forEach(t -> perResultaat.merge(t.code(), t.aantal(), Integer::sum));
            return new Jaarverslag.ResultatenRij(groep, Collections.unmodifiableMap(perResultaat),
                    perResultaat.values().stream().mapToInt(Integer::intValue).sum());
        }).toList();
    }

    private static Jaarverslag.VrijstellingenRij vrijstellingenRij(String gemeente, Map<Grond, Long> aantallen) {
        Map<String, Integer> perGrond = perGrond(aantallen);
        return new Jaarverslag.VrijstellingenRij(gemeente, perGrond,
                perGrond.values().stream().mapToInt(Integer::intValue).sum());
    }

    private static Map<String, Integer> perGrond(Map<Grond, Long> aantallen) {
        Map<String, Integer> perGrond = new LinkedHashMap<>();
        for (Grond grond : Grond.values()) {
            perGrond.put(grond.name(), aantallen.getOrDefault(grond, 0L).intValue());
        }
        return Collections.unmodifiableMap(perGrond);
    }

    /** Table 4: Halt-verwijzingen, and processen-verbaal by the werkproces's verzuimsoort. */
    private static Jaarverslag.HandhavingRij handhavingRij(String gemeente, List<HandhavingTelling> tellingen) {
        int halt = 0;
        int luxe = 0;
        int wettelijk = 0;
        int absoluut = 0;
        int overig = 0;
        for (HandhavingTelling t : tellingen) {
            switch (t.soort()) {
                case "HALT" -> halt += t.aantal();
                case "LUXE" -> luxe += t.aantal();
                case "WETTELIJK", "LANGDURIG_RELATIEF" -> wettelijk += t.aantal();
                case "ABSOLUUT" -> absoluut += t.aantal();
                default -> overig += t.aantal();
            }
        }
        return new Jaarverslag.HandhavingRij(gemeente, halt, luxe, wettelijk, absoluut, overig,
                halt + luxe + wettelijk + absoluut + overig);
    }

    private static List<Jaarverslag.VsvStatusRij> vsvRijen(List<Gemeente> bereik, Map<Long, Map<String, Integer>> per) {
        return bereik.stream().map(g -> {
            Map<String, Integer> n = per.getOrDefault(g.getId(), Map.of());
            int inBehandeling = n.getOrDefault("IN_BEHANDELING", 0);
            int monitoring = n.getOrDefault("MONITORING", 0);
            int afgerond = n.getOrDefault("AFGEROND", 0);
            return new Jaarverslag.VsvStatusRij(g.getNaam(), inBehandeling, monitoring, afgerond,
                    inBehandeling + monitoring + afgerond);
        }).toList();
    }

    /**
     * Tables 7 and 8: a row per code of the list, then {@code laatste} (when not null), then any stored code outside
     * the list, each with its count for new and old vsv'ers.
     */
    private static List<Jaarverslag.NieuwOudRij> nieuwOud(List<Telling> tellingen, List<String> lijst, String laatste) {
        List<String> rijen = new ArrayList<>(lijst);
        if (laatste != null) {
            rijen.add(laatste);
        }
        tellingen.stream().map(t -> t.code() == null ? "ONBEKEND" : t.code()).filter(c -> !rijen.contains(c))
                .distinct().forEach(rijen::add);
        return rijen.stream().map(code -> new Jaarverslag.NieuwOudRij(code,
                som(tellingen, code, "nieuw"), som(tellingen, code, "oud"))).toList();
    }

    private static int som(List<Telling> tellingen, String code, String nieuwOfOud) {
        return tellingen.stream().filter(t -> t.sleutel().equals(nieuwOfOud)
                && code.equals(t.code() == null ? "ONBEKEND" : t.code())).mapToInt(Telling::aantal).sum();
    }

    /** The main figures of every earlier school year from the first the records of the scope hold. */
    private List<Jaarverslag.TrendJaar> trend(List<Gemeente> bereik, Schooljaar jaar) {
        List<Long> ids = bereik.stream().map(Gemeente::getId).toList();
        LocalDate oudste = cijfers.oudsteDatum(ids);
        if (oudste == null || !oudste.isBefore(jaar.begin())) {
            return List.of();
        }
        Schooljaar van = Schooljaar.van(oudste);
        Schooljaar tot = jaar.vorige();
        Map<Integer, Map<String, Integer>> meldingen = new HashMap<>();
        cijfers.meldingenPerJaar(ids, van, tot).forEach(t -> meldingen.computeIfAbsent(t.beginjaar(),
                j -> new HashMap<>()).merge(soort(t.code()).name(), t.aantal(), Integer::sum));
        Map<Integer, Map<Grond, Long>> vrijgesteld = new HashMap<>();
        vrijstellingen.perGemeenteEnJaar(ids, van, tot).forEach((sleutel, perGrond) -> perGrond.forEach((grond, n) ->
                vrijgesteld.computeIfAbsent(sleutel.beginjaar(), j -> new HashMap<>()).merge(grond, n, Long::sum)));
        Map<Integer, int[]> handhaving = new HashMap<>();
        cijfers.handhaving(ids, van, tot).forEach(t -> handhaving.computeIfAbsent(t.beginjaar(), j -> new int[2])
                [t.soort().equals("HALT") ? 0 : 1] += t.aantal());
        Map<Integer, Verzuim18Jaar> achttien = index(cijfers.verzuim18PlusPerJaar(ids, van, tot),
                Verzuim18Jaar::beginjaar);
        Map<Integer, JaarTelling> vsvNieuw = index(cijfers.vsvNieuwPerJaar(ids, van, tot), JaarTelling::beginjaar);
        Map<Integer, JaarTelling> thuiszitters = index(cijfers.thuiszittersPerJaar(ids, van, tot),
                JaarTelling::beginjaar);
        List<Jaarverslag.TrendJaar> trend = new ArrayList<>();
        for (Schooljaar j = van; !j.begin().isAfter(tot.begin()); j = Schooljaar.van(j.einde().plusDays(1))) {
            int beginjaar = j.begin().getYear();
            Map<String, Integer> n = meldingen.getOrDefault(beginjaar, Map.of());
            int absoluut = n.getOrDefault("ABSOLUUT", 0);
            int wettelijk = n.getOrDefault("WETTELIJK", 0);
            int langdurig = n.getOrDefault("LANGDURIG_RELATIEF", 0);
            int luxe = n.getOrDefault("LUXE", 0);
            int overig = n.getOrDefault("OVERIG", 0);
            int[] h = handhaving.getOrDefault(beginjaar, new int[2]);
            Verzuim18Jaar a = achttien.get(beginjaar);
            JaarTelling v = vsvNieuw.get(beginjaar);
            JaarTelling thuis = thuiszitters.get(beginjaar);
            trend.add(new Jaarverslag.TrendJaar(j.toString(), absoluut, wettelijk, langdurig, luxe, overig,
                    n.getOrDefault("INFORMATIE_ADVIES", 0), absoluut + wettelijk + langdurig + luxe + overig,
                    perGrond(vrijgesteld.getOrDefault(beginjaar, Map.of())), h[0], h[1],
                    a == null ? 0 : a.meldingen(), a == null ? 0 : a.actieGewenst(), v == null ? 0 : v.aantal(),
                    thuis == null ? 0 : thuis.aantal()));
        }
        return trend;
    }

    private static <T> Map<Integer, T> index(List<T> tellingen, Function<T, Integer> jaar) {
        Map<Integer, T> index = new HashMap<>();
        tellingen.forEach(t -> index.put(jaar.apply(t), t));
        return index;
    }

    private List<String> codes(String codelijst) {
        return codelijsten.lijst(engine, codelijst, null).stream().map(Codelijsten.Keuze::code).toList();
    }

    private static String groep(String onderwijssoort) {
        return onderwijssoort == null ? "GEEN_ONDERWIJS" : GROEP_VAN.get(onderwijssoort);
    }

    /** A VSV melding in a leerplicht werkproces is a Jongere under 18 (Jaarcijfers): absoluut verzuim. */
    private static Verzuimsoort soort(String verzuimsoort) {
        Verzuimsoort soort = Verzuimsoort.valueOf(verzuimsoort);
        return soort == Verzuimsoort.VSV ? Verzuimsoort.ABSOLUUT : soort;
    }

    /** Round half up of 100 × deel / geheel; 0 without a geheel. */
    static int percentage(int deel, int geheel) {
        return geheel == 0 ? 0 : (200 * deel + geheel) / (2 * geheel);
    }
}
