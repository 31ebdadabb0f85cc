package nl.schoolverzuim.rapportage;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;

import nl.schoolverzuim.brieven.Pdf;
import nl.schoolverzuim.web.Html;

/**
 * The charts of the jaarverslag (ADR 0030): a stacked bar per gemeente for vrijstellingen, handhaving and vsv status,
 * and trend lines over the school years. Drawn on the server from the display tables, so a chart shows exactly the
 * numbers of the table above it (its text alternative). One layout, two surfaces: SVG inline on the page, and
 * Java2D onto the PDF (openhtmltopdf's {@code <object>} drawer, vector with the embedded font), so no chart library
 * and no script is needed.
 */
public final class JaarverslagGrafieken {

    static final String OBJECT_TYPE = "jaarverslag-grafiek";
    /** Width of the drawing in its own units; the page scales the SVG, the PDF the Java2D drawing. */
    static final int BREEDTE = 720;
    /** Dark enough for 3:1 against white (WCAG 1.4.11); segments are also separated by a white line. */
    private static final List<String> KLEUREN = List.of("#154273", "#b35900", "#39870c", "#a90061", "#5b4b8a",
            "#007bc7", "#6b5200", "#333333", "#8f1b1b", "#2f6f6f", "#7a4b00", "#4b4b8f");
    private static final String TEKSTKLEUR = "#1a1a1a";
    private static final String RASTERKLEUR = "#c8c8c8";
    private static final int LETTER = 12;
    private static final int RIJ = 24;
    private static final int LEGENDA = 20;

    /** The tables with a bar per gemeente: their columns (but the total) are the segments. */
    private static final List<String> STAPELS = List.of("vrijstellingenPerGemeente", "handhavingPerGemeente",
            "vsvStatusNieuw", "vsvStatusOud");

    public enum Soort { STAPEL, LIJN }

    public record Reeks(String naam, List<Integer> waarden) {
    }

    /** A chart of table {@code tabel}: {@code categorieen} along one axis, one {@link Reeks} per colour. */
    public record Grafiek(String tabel, String titel, Soort soort, List<String> categorieen, List<Reeks> reeksen) {

        /** The height of the drawing for {@link #BREEDTE}. */
        public int hoogte() {
            return soort == Soort.STAPEL ? legendaHoogte(reeksen) + Math.max(1, categorieen.size()) * RIJ + 30
                    : legendaHoogte(reeksen) + 260;
        }
    }

    private JaarverslagGrafieken() {
    }

    /**
     * The charts, by the code of the table they belong to. The trend lines end in this school year, read from its own
     * tables, with the same definitions as the earlier years ({@code docs/jaarverslag.md}).
     */
    public static Map<String, Grafiek> van(Jaarverslag verslag, List<JaarverslagExportTabellen.Tabel> tabellen) {
        Map<String, Grafiek> grafieken = new LinkedHashMap<>();
        for (JaarverslagExportTabellen.Tabel tabel : tabellen) {
            if (STAPELS.contains(tabel.code()) && !tabel.rijen().isEmpty()) {
                List<JaarverslagExportTabellen.Kolom> kolommen = tabel.kolommen().stream()
                        .filter(k -> !k.code().equals("totaal")).toList();
                grafieken.put(tabel.code(), new Grafiek(tabel.code(), tabel.titel(), Soort.STAPEL,
                        tabel.rijen().stream().map(JaarverslagExportTabellen.Rij::label).toList(),
                        IntStream.range(0, kolommen.size()).mapToObj(i -> new Reeks(kolommen.get(i).label(),
                                tabel.rijen().stream().map(r -> r.waarden().get(i)).toList())).toList()));
            }
            if (tabel.code().equals("trend")) {
                grafieken.put("trend", trend(verslag, tabel));
            }
        }
        return grafieken;
    }

    private static Grafiek trend(Jaarverslag verslag, JaarverslagExportTabellen.Tabel tabel) {
        Jaarverslag.Tabellen t = verslag.tabellen();
        List<String> jaren = new ArrayList<>(tabel.rijen().stream().map(JaarverslagExportTabellen.Rij::sleutel)
                .toList());
        jaren.add(verslag.schooljaar());
        Map<String, Integer> nu = new LinkedHashMap<>();
        nu.put("totaal", t.meldingenPerOnderwijssoort().rijen().stream().mapToInt(Jaarverslag.MeldingenRij::totaal)
                .sum());
        nu.put("verzuim18PlusMeldingen", t.verzuim18Plus().meldingen());
        nu.put("vsvNieuw", t.vsvStatusNieuw().rijen().stream().mapToInt(Jaarverslag.VsvStatusRij::totaal).sum());
        nu.put("thuiszitters", t.thuiszittersPerGemeente().rijen().stream()
                .mapToInt(Jaarverslag.ThuiszittersRij::thuiszitters).sum());
        List<Reeks> reeksen = new ArrayList<>();
        nu.forEach((code, waarde) -> {
            int kolom = IntStream.range(0, tabel.kolommen().size())
                    .filter(i -> tabel.kolommen().get(i).code().equals(code)).findFirst().orElseThrow();
            List<Integer> waarden = new ArrayList<>(tabel.rijen().stream().map(r -> r.waarden().get(kolom)).toList());
            waarden.add(waarde);
            reeksen.add(new Reeks(tabel.kolommen().get(kolom).label(), waarden));
        });
        return new Grafiek("trend", tabel.titel(), Soort.LIJN, jaren, reeksen);
    }

    /** Where a chart draws: the SVG text of the page or the Java2D of the PDF. */
    interface Tekenvlak {
        enum Anker { BEGIN, MIDDEN, EINDE }

        void rechthoek(double x, double y, double breedte, double hoogte, String kleur);

        void lijn(double x1, double y1, double x2, double y2, String kleur, double dikte);

        void stip(double x, double y, double straal, String kleur);

        void tekst(double x, double y, String tekst, Anker anker, String kleur);
    }

    /**
     * The chart as an SVG element for the page, named by its title; {@code beschrijving} is the id of the element
     * that says the table above is its text alternative (aria-describedby).
     */
    public static String svg(Grafiek grafiek, String beschrijving) {
        StringBuilder svg = new StringBuilder();
        String id = "grafiek-" + grafiek.tabel();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"grafiek\" role=\"img\" viewBox=\"0 0 ")
                .append(BREEDTE).append(' ').append(grafiek.hoogte()).append("\" aria-labelledby=\"").append(id)
                .append("-titel\" aria-describedby=\"").append(Html.html(beschrijving)).append("\">")
                .append("<title id=\"").append(id).append("-titel\">").append(Html.html(grafiek.titel()))
                .append("</title>");
        teken(grafiek, new Tekenvlak() {
            @Override
            public void rechthoek(double x, double y, double breedte, double hoogte, String kleur) {
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                        + "fill=\"%s\"/>", x, y, breedte, hoogte, kleur));
            }

            @Override
            public void lijn(double x1, double y1, double x2, double y2, String kleur, double dikte) {
                svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                        + "stroke=\"%s\" stroke-width=\"%.1f\"/>", x1, y1, x2, y2, kleur, dikte));
            }

            @Override
            public void stip(double x, double y, double straal, String kleur) {
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"/>",
                        x, y, straal, kleur));
            }

            @Override
            public void tekst(double x, double y, String tekst, Anker anker, String kleur) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" fill=\"%s\" "
                                + "text-anchor=\"%s\">", x, y, LETTER, kleur,
                        switch (anker) { case BEGIN -> "start"; case MIDDEN -> "middle"; case EINDE -> "end"; }))
                        .append(Html.html(tekst)).append("</text>");
            }
        });
        return svg.append("</svg>").toString();
    }

    /**
     * The PDF's drawer of {@code <object type="jaarverslag-grafiek" data-tabel="...">}: the chart of that table, scaled
     * to the object's box.
     */
    public static FSObjectDrawerFactory tekenaars(Map<String, Grafiek> grafieken) {
        DefaultObjectDrawerFactory tekenaars = new DefaultObjectDrawerFactory();
        tekenaars.registerDrawer(OBJECT_TYPE, (element, x, y, breedte, hoogte, uitvoer, context, dpp) -> {
            Grafiek grafiek = grafieken.get(element.getAttribute("data-tabel"));
            if (grafiek != null) {
                float b = (float) breedte / dpp;
                float h = (float) hoogte / dpp;
                uitvoer.drawWithGraphics((float) x, (float) y, b, h, g -> {
                    g.scale(b / BREEDTE, h / grafiek.hoogte());
                    teken(grafiek, java2d(g));
                });
            }
            return null;
        });
        return tekenaars;
    }

    private static Tekenvlak java2d(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Font letter = new Font(Pdf.LETTERTYPE, Font.PLAIN, LETTER);
        g.setFont(letter);
        return new Tekenvlak() {
            @Override
            public void rechthoek(double x, double y, double breedte, double hoogte, String kleur) {
                g.setColor(Color.decode(kleur));
                g.fill(new Rectangle2D.Double(x, y, breedte, hoogte));
            }

            @Override
            public void lijn(double x1, double y1, double x2, double y2, String kleur, double dikte) {
                g.setColor(Color.decode(kleur));
                g.setStroke(new BasicStroke((float) dikte));
                g.draw(new Line2D.Double(x1, y1, x2, y2));
            }

            @Override
            public void stip(double x, double y, double straal, String kleur) {
                g.setColor(Color.decode(kleur));
                g.fill(new Ellipse2D.Double(x - straal, y - straal, 2 * straal, 2 * straal));
            }

            @Override
            public void tekst(double x, double y, String tekst, Anker anker, String kleur) {
                // Estimated, not measured: measuring would need the font installed in Java2D, which a server lacks.
                double breedte = breedte(tekst);
                g.setColor(Color.decode(kleur));
                g.drawString(tekst, (float) (x - switch (anker) {
                    case BEGIN -> 0;
                    case MIDDEN -> breedte / 2;
                    case EINDE -> breedte;
                }), (float) y);
            }
        };
    }

    /** The width of a text in {@link #LETTER} points of Liberation Sans, closely enough for laying out labels. */
    static double breedte(String tekst) {
        return tekst.length() * LETTER * 0.55;
    }

    static void teken(Grafiek grafiek, Tekenvlak vlak) {
        int y = legenda(grafiek.reeksen(), vlak);
        if (grafiek.soort() == Soort.STAPEL) {
            stapels(grafiek, vlak, y);
        } else {
            lijnen(grafiek, vlak, y);
        }
    }

    private static int legendaHoogte(List<Reeks> reeksen) {
        return regels(reeksen).size() * LEGENDA + 8;
    }

    /** The legend's entries per line, wrapped to the width. */
    private static List<List<Integer>> regels(List<Reeks> reeksen) {
        List<List<Integer>> regels = new ArrayList<>();
        List<Integer> regel = new ArrayList<>();
        double x = 0;
        for (int i = 0; i < reeksen.size(); i++) {
            double breedte = 18 + breedte(reeksen.get(i).naam()) + 16;
            if (!regel.isEmpty() && x + breedte > BREEDTE) {
                regels.add(regel);
                regel = new ArrayList<>();
                x = 0;
            }
            regel.add(i);
            x += breedte;
        }
        if (!regel.isEmpty()) {
            regels.add(regel);
        }
        return regels;
    }

    private static int legenda(List<Reeks> reeksen, Tekenvlak vlak) {
        int y = 0;
        for (List<Integer> regel : regels(reeksen)) {
            double x = 0;
            for (int i : regel) {
                vlak.rechthoek(x, y + 4, 12, 12, kleur(i));
                vlak.tekst(x + 18, y + 14, reeksen.get(i).naam(), Tekenvlak.Anker.BEGIN, TEKSTKLEUR);
                x += 18 + breedte(reeksen.get(i).naam()) + 16;
            }
            y += LEGENDA;
        }
        return y + 8;
    }

    private static void stapels(Grafiek grafiek, Tekenvlak vlak, int boven) {
        double links = Math.min(220, grafiek.categorieen().stream().mapToDouble(JaarverslagGrafieken::breedte)
                .max().orElse(0) + 12);
        double ruimte = BREEDTE - links - 56;
        int[] sommen = IntStream.range(0, grafiek.categorieen().size()).map(c -> grafiek.reeksen().stream()
                .mapToInt(r -> r.waarden().get(c)).sum()).toArray();
        int max = IntStream.of(sommen).max().orElse(0);
        int stap = stap(max);
        int schaal = Math.max(stap, (max + stap - 1) / stap * stap);
        double onder = boven + grafiek.categorieen().size() * RIJ;
        for (int tik = 0; tik <= schaal; tik += stap) {
            double x = links + ruimte * tik / schaal;
            vlak.lijn(x, boven, x, onder, RASTERKLEUR, 1);
            vlak.tekst(x, onder + 16, getal(tik), Tekenvlak.Anker.MIDDEN, TEKSTKLEUR);
        }
        for (int c = 0; c < grafiek.categorieen().size(); c++) {
            double y = boven + c * RIJ;
            vlak.tekst(0, y + 16, kort(grafiek.categorieen().get(c), links - 12), Tekenvlak.Anker.BEGIN, TEKSTKLEUR);
            double x = links;
            for (int r = 0; r < grafiek.reeksen().size(); r++) {
                double breedte = ruimte * grafiek.reeksen().get(r).waarden().get(c) / schaal;
                if (breedte > 0) {
                    vlak.rechthoek(x, y + 4, breedte, RIJ - 8, kleur(r));
                    x += breedte;
                    vlak.lijn(x, y + 4, x, y + RIJ - 4, "#ffffff", 1);
                }
            }
            vlak.tekst(x + 6, y + 16, getal(sommen[c]), Tekenvlak.Anker.BEGIN, TEKSTKLEUR);
        }
    }

    private static void lijnen(Grafiek grafiek, Tekenvlak vlak, int boven) {
        double links = 56;
        double rechts = BREEDTE - 40;
        double onder = boven + 220;
        int max = grafiek.reeksen().stream().flatMap(r -> r.waarden().stream()).mapToInt(Integer::intValue).max()
                .orElse(0);
        int stap = stap(max);
        int schaal = Math.max(stap, (max + stap - 1) / stap * stap);
        for (int tik = 0; tik <= schaal; tik += stap) {
            double y = onder - (onder - boven - 10) * tik / schaal;
            vlak.lijn(links, y, rechts, y, RASTERKLEUR, 1);
            vlak.tekst(links - 6, y + 4, getal(tik), Tekenvlak.Anker.EINDE, TEKSTKLEUR);
        }
        int n = grafiek.categorieen().size();
        double[] xs = IntStream.range(0, n).mapToDouble(i -> n == 1 ? (links + rechts) / 2
                : links + 30 + (rechts - links - 60) * i / (n - 1)).toArray();
        for (int i = 0; i < n; i++) {
            vlak.tekst(xs[i], onder + 20, grafiek.categorieen().get(i), Tekenvlak.Anker.MIDDEN, TEKSTKLEUR);
        }
        for (int r = 0; r < grafiek.reeksen().size(); r++) {
            List<Integer> waarden = grafiek.reeksen().get(r).waarden();
            double vorigeX = 0;
            double vorigeY = 0;
            for (int i = 0; i < n; i++) {
                double y = onder - (onder - boven - 10) * waarden.get(i) / schaal;
                if (i > 0) {
                    vlak.lijn(vorigeX, vorigeY, xs[i], y, kleur(r), 2.5);
                }
                vlak.stip(xs[i], y, 4, kleur(r));
                vorigeX = xs[i];
                vorigeY = y;
            }
        }
    }

    /** A round step giving at most about five grid lines: 1, 2 or 5 times a power of ten. */
    static int stap(int max) {
        int macht = 1;
        while (true) {
            for (int factor : new int[] {1, 2, 5}) {
                if ((long) factor * macht * 5 >= max) {
                    return factor * macht;
                }
            }
            macht *= 10;
        }
    }

    private static String kort(String tekst, double ruimte) {
        int tekens = (int) (ruimte / (LETTER * 0.55));
        return tekst.length() <= tekens ? tekst : tekst.substring(0, Math.max(1, tekens - 1)) + "…";
    }

    private static String getal(int getal) {
        return JaarverslagExport.getal(getal);
    }

    private static String kleur(int i) {
        return KLEUREN.get(i % KLEUREN.size());
    }
}
