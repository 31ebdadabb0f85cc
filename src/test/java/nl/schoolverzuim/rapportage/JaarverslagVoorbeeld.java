package nl.schoolverzuim.rapportage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A rich fixed {@link Jaarverslag} for the tests of its renderings: every table filled, every number distinct (a
 * number in the wrong place cannot pass for the right one), some of them above 1.000 for the thousands separator.
 */
final class JaarverslagVoorbeeld {

    static final List<String> RESULTATEN = List.of("TERUG_NAAR_SCHOOL", "VRIJWILLIGE_HULP", "CIVIEL_KADER",
            "STRAFRECHTELIJK_KADER", "GEEN_ACTIE", "OVERGEDRAGEN");
    static final List<String> GRONDEN = List.of("ART_3B", "ART_5A", "ART_5B", "ART_5C", "ART_15");

    private int volgende = 101;

    private JaarverslagVoorbeeld() {
    }

    /** The report of regio achterhoek with these gemeenten, school year 2023-2024. */
    static Jaarverslag van(String... gemeenten) {
        return new JaarverslagVoorbeeld().verslag(List.of(gemeenten));
    }

    private int getal() {
        int getal = volgende;
        // Now and then a jump over a thousand, so Dutch separators (1.234) are printed and checked too.
        volgende += volgende % 5 == 0 ? 1013 : 7;
        return getal;
    }

    private Map<String, Integer> perCode(List<String> codes) {
        Map<String, Integer> map = new LinkedHashMap<>();
        codes.forEach(code -> map.put(code, getal()));
        return map;
    }

    private Jaarverslag verslag(List<String> gemeenten) {
        List<String> soorten = List.of("BO_SBO", "VSO_SO", "VO", "MBO", "GEEN_ONDERWIJS");
        Jaarverslag.Tabellen tabellen = new Jaarverslag.Tabellen(
                new Jaarverslag.Tabel<>(Jaarverslag.MELDINGEN, soorten.stream().map(s -> new Jaarverslag.MeldingenRij(
                        s, getal(), getal(), getal(), getal(), getal(), getal(), getal(), getal(), getal(), getal(),
                        getal())).toList()),
                new Jaarverslag.Tabel<>(Jaarverslag.MELDINGEN, soorten.stream().map(s -> new Jaarverslag.ResultatenRij(
                        s, perCode(RESULTATEN), getal())).toList()),
                new Jaarverslag.Tabel<>(Jaarverslag.VRIJSTELLINGEN, gemeenten.stream()
                        .map(g -> new Jaarverslag.VrijstellingenRij(g, perCode(GRONDEN), getal())).toList()),
                new Jaarverslag.Tabel<>(Jaarverslag.INTERVENTIES, gemeenten.stream().map(g -> new Jaarverslag.HandhavingRij(
                        g, getal(), getal(), getal(), getal(), getal(), getal())).toList()),
                new Jaarverslag.Verzuim18Plus(Jaarverslag.MELDINGEN, getal(), getal(), getal(), getal(), getal(),
                        getal()),
                new Jaarverslag.Tabel<>(Jaarverslag.JONGEREN, gemeenten.stream().map(g -> new Jaarverslag.VsvStatusRij(
                        g, getal(), getal(), getal(), getal())).toList()),
                new Jaarverslag.Tabel<>(Jaarverslag.JONGEREN, gemeenten.stream().map(g -> new Jaarverslag.VsvStatusRij(
                        g, getal(), getal(), getal(), getal())).toList()),
                new Jaarverslag.Tabel<>(Jaarverslag.JONGEREN, Stream.of("SCHOOL", "WERK_KORT", "GEEN_CONTROLE")
                        .map(c -> new Jaarverslag.NieuwOudRij(c, getal(), getal())).toList()),
                new Jaarverslag.Tabel<>(Jaarverslag.JONGEREN, Stream.of("STARTKWALIFICATIE_BEHAALD", "GEEN_DOELGROEP_MEER")
                        .map(c -> new Jaarverslag.NieuwOudRij(c, getal(), getal())).toList()),
                new Jaarverslag.Tabel<>(Jaarverslag.JONGEREN, gemeenten.stream().map(g -> new Jaarverslag.ThuiszittersRij(
                        g, getal(), getal())).toList()));
        List<Jaarverslag.TrendJaar> trend = Stream.of("2021-2022", "2022-2023").map(jaar -> new Jaarverslag.TrendJaar(
                jaar, getal(), getal(), getal(), getal(), getal(), getal(), getal(), perCode(GRONDEN), getal(), getal(),
                getal(), getal(), getal(), getal())).toList();
        return new Jaarverslag("2023-2024", "achterhoek", gemeenten.size() == 1 ? gemeenten.get(0) : null, tabellen,
                trend);
    }
}
