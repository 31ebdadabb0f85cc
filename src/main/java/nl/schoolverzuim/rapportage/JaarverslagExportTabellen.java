package nl.schoolverzuim.rapportage;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.schoolverzuim.domein.Codelijsten;

/**
 * The {@link Jaarverslag} as display tables with Dutch labels: what the CSV, the PDF and the page all print, so they
 * show the same numbers in the same places. Each table keeps the JSON codes of its columns and rows beside the
 * labels (the CSV prints both). Labels are {@code jaarverslag.*} in messages.properties; a Resultaat, monitoring or
 * afrond code is labelled as on the Dossier page ({@code dossier.code.*}, else its code list).
 */
@Component
public class JaarverslagExportTabellen {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final String TOTAAL = "totaal";

    /** A column: its JSON code and its Dutch heading. */
    public record Kolom(String code, String label) {
    }

    /** A row: its key as in the JSON (onderwijssoort, gemeente, code, schooljaar or field), its label, its numbers. */
    public record Rij(String sleutel, String label, List<Integer> waarden) {
    }

    /**
     * A table: {@code code} is its JSON name, {@code eenheid} the counting unit (the JSON's {@code eenheid}),
     * {@code sleutel} the column of row keys, {@code totaal} a summed line (null where a sum means nothing).
     */
    public record Tabel(String code, String titel, String eenheid, String uitleg, Kolom sleutel, List<Kolom> kolommen,
                        List<Rij> rijen, Rij totaal) {

        /** The counting unit as a sentence part: "eenheid: meldingen". */
        public String eenheidTekst() {
            return "Eenheid: " + eenheid;
        }
    }

    private final MessageSource berichten;
    private final Codelijsten codelijsten;

    JaarverslagExportTabellen(MessageSource berichten, Codelijsten codelijsten) {
        this.berichten = berichten;
        this.codelijsten = codelijsten;
    }

    /** Every table of the report, in the order of [000], the trend last. */
    public List<Tabel> van(Jaarverslag verslag) {
        Jaarverslag.Tabellen t = verslag.tabellen();
        List<Tabel> tabellen = new ArrayList<>();
        tabellen.add(vast("meldingenPerOnderwijssoort", t.meldingenPerOnderwijssoort(), "onderwijssoort",
                List.of("absoluut", "absoluutLangerDan4Weken", "absoluutLangerDan3Maanden", "absoluutWeerIngeschreven",
                        "wettelijk", "wettelijkHerhaald", "langdurigRelatief", "luxe", "overig", TOTAAL,
                        "informatieAdvies"),
                r -> r.onderwijssoort(), r -> label("jaarverslag.onderwijssoort." + r.onderwijssoort(),
                        r.onderwijssoort()),
                r -> List.of(r.absoluut(), r.absoluutLangerDan4Weken(), r.absoluutLangerDan3Maanden(),
                        r.absoluutWeerIngeschreven(), r.wettelijk(), r.wettelijkHerhaald(), r.langdurigRelatief(),
                        r.luxe(), r.overig(), r.totaal(), r.informatieAdvies())));
        tabellen.add(perCode("resultatenPerOnderwijssoort", t.resultatenPerOnderwijssoort(), "onderwijssoort",
                Jaarverslag.ResultatenRij::perResultaat, Jaarverslag.ResultatenRij::totaal,
                Jaarverslag.ResultatenRij::onderwijssoort,
                r -> label("jaarverslag.onderwijssoort." + r.onderwijssoort(), r.onderwijssoort()), this::codeLabel));
        tabellen.add(perCode("vrijstellingenPerGemeente", t.vrijstellingenPerGemeente(), "gemeente",
                Jaarverslag.VrijstellingenRij::perGrond, Jaarverslag.VrijstellingenRij::totaal,
                Jaarverslag.VrijstellingenRij::gemeente, Jaarverslag.VrijstellingenRij::gemeente,
                grond -> label("vrijstelling.grond." + grond, grond)));
        tabellen.add(vast("handhavingPerGemeente", t.handhavingPerGemeente(), "gemeente",
                List.of("haltVerwijzingen", "procesVerbaalLuxe", "procesVerbaalWettelijk", "procesVerbaalAbsoluut",
                        "procesVerbaalOverig", TOTAAL),
                Jaarverslag.HandhavingRij::gemeente, Jaarverslag.HandhavingRij::gemeente,
                r -> List.of(r.haltVerwijzingen(), r.procesVerbaalLuxe(), r.procesVerbaalWettelijk(),
                        r.procesVerbaalAbsoluut(), r.procesVerbaalOverig(), r.totaal())));
        tabellen.add(verzuim18Plus(t.verzuim18Plus()));
        for (String code : List.of("vsvStatusNieuw", "vsvStatusOud")) {
            tabellen.add(vast(code, code.equals("vsvStatusNieuw") ? t.vsvStatusNieuw() : t.vsvStatusOud(), "gemeente",
                    List.of("inBehandeling", "monitoring", "afgerond", TOTAAL),
                    Jaarverslag.VsvStatusRij::gemeente, Jaarverslag.VsvStatusRij::gemeente,
                    r -> List.of(r.inBehandeling(), r.monitoring(), r.afgerond(), r.totaal())));
        }
        for (String code : List.of("vsvMonitoringResultaten", "vsvAfgerondRedenen")) {
            tabellen.add(vast(code, code.equals("vsvMonitoringResultaten") ? t.vsvMonitoringResultaten()
                            : t.vsvAfgerondRedenen(), "code", List.of("nieuw", "oud"),
                    Jaarverslag.NieuwOudRij::code, r -> codeLabel(r.code()), r -> List.of(r.nieuw(), r.oud())));
        }
        tabellen.add(vast("thuiszittersPerGemeente", t.thuiszittersPerGemeente(), "gemeente",
                List.of("thuiszitters", "nogThuiszitterAanHetEinde"),
                Jaarverslag.ThuiszittersRij::gemeente, Jaarverslag.ThuiszittersRij::gemeente,
                r -> List.of(r.thuiszitters(), r.nogThuiszitterAanHetEinde())));
        tabellen.add(trend(verslag.trend() == null ? List.of() : verslag.trend()));
        return tabellen;
    }

    /** A table with fixed columns; the total line sums each column. */
    private <R> Tabel vast(String code, Jaarverslag.Tabel<R> tabel, String sleutel, List<String> kolommen,
                           Function<R, String> sleutelVan, Function<R, String> labelVan,
                           Function<R, List<Integer>> waarden) {
        List<Rij> rijen = tabel.rijen().stream()
                .map(r -> new Rij(sleutelVan.apply(r), labelVan.apply(r), waarden.apply(r))).toList();
        return tabel(code, tabel.eenheid(), sleutel, kolommen.stream().map(k -> kolom(k)).toList(), rijen);
    }

    /** A table whose columns are codes of a list (Resultaat, Grond), in the service's order, then the total. */
    private <R> Tabel perCode(String code, Jaarverslag.Tabel<R> tabel, String sleutel,
                              Function<R, Map<String, Integer>> perCode, Function<R, Integer> totaal,
                              Function<R, String> sleutelVan, Function<R, String> labelVan,
                              Function<String, String> codeLabel) {
        Set<String> codes = new LinkedHashSet<>();
        tabel.rijen().forEach(r -> codes.addAll(perCode.apply(r).keySet()));
        List<Kolom> kolommen = new ArrayList<>(codes.stream().map(c -> new Kolom(c, codeLabel.apply(c))).toList());
        kolommen.add(kolom(TOTAAL));
        List<Rij> rijen = tabel.rijen().stream().map(r -> {
            List<Integer> waarden = new ArrayList<>(codes.stream()
                    .map(c -> Objects.requireNonNullElse(perCode.apply(r).get(c), 0)).toList());
            waarden.add(totaal.apply(r));
            return new Rij(sleutelVan.apply(r), labelVan.apply(r), waarden);
        }).toList();
        return tabel(code, tabel.eenheid(), sleutel, kolommen, rijen);
    }

    /** [000] Tabel 3 as a list of figures: each field of the JSON is a row. */
    private Tabel verzuim18Plus(Jaarverslag.Verzuim18Plus v) {
        List<String> velden = List.of("meldingen", "actieGewenst", "percentageActieGewenst", "uniekeJongeren",
                "recidive", "eenMelding");
        List<Integer> waarden = List.of(v.meldingen(), v.actieGewenst(), v.percentageActieGewenst(),
                v.uniekeJongeren(), v.recidive(), v.eenMelding());
        List<Rij> rijen = IntStream.range(0, velden.size()).mapToObj(i -> new Rij(velden.get(i),
                label("jaarverslag.kolom." + velden.get(i), velden.get(i)), List.of(waarden.get(i)))).toList();
        return new Tabel("verzuim18Plus", titel("verzuim18Plus"), v.eenheid(), uitleg("verzuim18Plus"),
                kolom("veld"), List.of(kolom("aantal")), rijen, null);
    }

    private Tabel trend(List<Jaarverslag.TrendJaar> trend) {
        Set<String> gronden = new LinkedHashSet<>();
        trend.forEach(j -> gronden.addAll(j.vrijstellingenPerGrond().keySet()));
        List<Kolom> kolommen = new ArrayList<>();
        for (String k : List.of("absoluut", "wettelijk", "langdurigRelatief", "luxe", "overig")) {
            kolommen.add(kolom(k));
        }
        kolommen.add(new Kolom(TOTAAL, label("jaarverslag.kolom.totaalMeldingen", TOTAAL)));
        kolommen.add(kolom("informatieAdvies"));
        gronden.forEach(g -> kolommen.add(new Kolom("vrijstellingenPerGrond." + g, "Vrijstellingen "
                + label("vrijstelling.grond." + g, g))));
        for (String k : List.of("haltVerwijzingen", "processenVerbaal", "verzuim18PlusMeldingen",
                "verzuim18PlusActieGewenst", "vsvNieuw", "thuiszitters")) {
            kolommen.add(kolom(k));
        }
        List<Rij> rijen = trend.stream().map(j -> {
            List<Integer> waarden = new ArrayList<>(List.of(j.absoluut(), j.wettelijk(), j.langdurigRelatief(),
                    j.luxe(), j.overig(), j.totaal(), j.informatieAdvies()));
            gronden.forEach(g -> waarden.add(Objects.requireNonNullElse(j.vrijstellingenPerGrond().get(g), 0)));
            waarden.addAll(List.of(j.haltVerwijzingen(), j.processenVerbaal(), j.verzuim18PlusMeldingen(),
                    j.verzuim18PlusActieGewenst(), j.vsvNieuw(), j.thuiszitters()));
            return new Rij(j.schooljaar(), j.schooljaar(), waarden);
        }).toList();
        return new Tabel("trend", titel("trend"), label("jaarverslag.eenheid.trend", "zie de kolomkop"),
                uitleg("trend"), kolom("schooljaar"), kolommen, rijen, null);
    }

    /** With a total line when there is more than one row: every column of a partition sums. */
    private Tabel tabel(String code, String eenheid, String sleutel, List<Kolom> kolommen, List<Rij> rijen) {
        Rij totaal = rijen.size() < 2 ? null : new Rij(TOTAAL, label("jaarverslag.totaal", "Totaal"),
                IntStream.range(0, kolommen.size()).mapToObj(i -> rijen.stream()
                        .mapToInt(r -> r.waarden().get(i)).sum()).toList());
        return new Tabel(code, titel(code), eenheid, uitleg(code), kolom(sleutel), kolommen, rijen, totaal);
    }

    private Kolom kolom(String code) {
        return new Kolom(code, label("jaarverslag.kolom." + code, code));
    }

    private String titel(String tabel) {
        return label("jaarverslag.tabel." + tabel, tabel);
    }

    private String uitleg(String tabel) {
        return label("jaarverslag.uitleg." + tabel, "");
    }

    /** A code of a code list (Resultaat, monitoring, afrond reden) by its label, as the Dossier page shows it. */
    String codeLabel(String code) {
        String eigen = berichten.getMessage("jaarverslag.code." + code, null, null, NL);
        if (eigen != null) {
            return eigen;
        }
        return Objects.requireNonNullElseGet(berichten.getMessage("dossier.code." + code, null, null, NL),
                () -> codelijsten.label(code).orElse(code));
    }

    String label(String sleutel, String anders) {
        return berichten.getMessage(sleutel, null, anders, NL);
    }
}
