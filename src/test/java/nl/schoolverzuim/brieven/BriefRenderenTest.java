package nl.schoolverzuim.brieven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import nl.schoolverzuim.engine.Bevinding;

/** Every letter of brieven/ rendered for a sample Dossier, read back from the PDF with PDFBox. */
class BriefRenderenTest {

    static final List<String> SOORTEN = Sjablonen.SOORTEN;

    @ParameterizedTest(name = "{0}")
    @FieldSource("SOORTEN")
    @DisplayName("Elke brief noemt jongere, adres van de ouders, gemeente en ambtenaar (issue Brieven; MAS §4 stap 2, §4.1, §7)")
    void elkeBriefHeeftDeGegevensVanHetDossier(String soort) throws Exception {
        String tekst = tekst(Pdf.van(render(soort, null, velden("Noor", "Proces")).html()));

        assertThat(tekst).contains("Noor Proces", "Dorpsstraat 12a", "7001 AB Doetinchem", "Gemeente Doetinchem",
                "Anna Ambtenaar", "Leerplichtambtenaar", "0314 377 377", "Kopie aan: Het Ludger");
    }

    @Test
    @DisplayName("De letters zijn ingebed: Liberation Sans normaal, vet (Onderwerp) en cursief, elk als eigen lettertype")
    void deLettertypenZijnIngebedInclusiefVetEnCursief() throws Exception {
        String html = render("waarschuwing", null, velden("Noor", "Proces")).html()
                .replace("</body>", "<p><em>cursief</em></p></body>");
        Set<String> fonts = new TreeSet<>();
        try (PDDocument pdf = Loader.loadPDF(Pdf.van(html))) {
            for (PDPage pagina : pdf.getPages()) {
                for (COSName naam : pagina.getResources().getFontNames()) {
                    PDFont font = pagina.getResources().getFont(naam);
                    assertThat(font.isEmbedded()).as(font.getName() + " ingebed").isTrue();
                    // subset prefix "ABCDEF+" dropped: the face is what counts
                    fonts.add(font.getName().substring(font.getName().indexOf('+') + 1));
                }
            }
        }
        assertThat(fonts).containsExactly("LiberationSans", "LiberationSans-Bold", "LiberationSans-Italic");
    }

    @Test
    @DisplayName("Een naam met <script> staat als tekst in de brief (velden worden ge-escaped)")
    void scriptInEenNaamIsTekst() throws Exception {
        Sjablonen.Gerenderd brief = render("waarschuwing", null, velden("<script>alert(1)</script>", "Proces"));

        assertThat(brief.html()).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(tekst(Pdf.van(brief.html()))).contains("<script>alert(1)</script> Proces");
    }

    @Test
    @DisplayName("Een gemeente met een eigen briefhoofd krijgt dat, andere de standaard")
    void gemeenteOverschrijftHetBriefhoofd() throws Exception {
        assertThat(tekst(Pdf.van(render("waarschuwing", "hengelo", velden("Noor", "Proces")).html())))
                .contains("Hazenweg 120");
        assertThat(tekst(Pdf.van(render("waarschuwing", "doetinchem", velden("Noor", "Proces")).html())))
                .doesNotContain("Hazenweg 120");
    }

    @Test
    @DisplayName("De beschikking vrijstelling zegt verleend of afgewezen naar het besluit (MAS §7)")
    void beschikkingVolgtHetBesluit() throws Exception {
        Map<String, Object> velden = velden("Noor", "Proces");
        assertThat(tekst(Pdf.van(render("beschikking-vrijstelling", null, velden).html())))
                .contains("de vrijstelling wordt verleend van 1 augustus 2026 tot en met 31 juli 2027");
        Map<String, Object> afgewezen = new HashMap<>(velden);
        afgewezen.put("keuze", Map.of("besluit", Map.of("AFWIJZEN", true)));
        assertThat(tekst(Pdf.van(render("beschikking-vrijstelling", null, afgewezen).html())))
                .contains("uw verzoek om vrijstelling wordt afgewezen").doesNotContain("wordt verleend");
    }

    @Test
    @DisplayName("De standaardsjablonen komen door de controle bij het uitrollen")
    void standaardSjablonenZijnGoed() {
        assertThat(new BriefControle().controleer(classpathBestanden(Map.of()))).isEmpty();
    }

    @Test
    @DisplayName("Een sjabloon dat niet op te maken is wordt bij het uitrollen geweigerd, met bestand en reden")
    void kapotSjabloonWordtGeweigerd() {
        List<Bevinding> bevindingen = new BriefControle().controleer(classpathBestanden(Map.of(
                "brieven/gemeenten/borne/waarschuwing.html", "<html><body><p>{{jongere.naam}}</body></html>")));

        assertThat(bevindingen).singleElement().satisfies(b -> {
            assertThat(b.resource()).isEqualTo("brieven/gemeenten/borne/waarschuwing.html");
            assertThat(b.regel()).contains("gemeente borne", "niet op te maken");
        });
    }

    @Test
    @DisplayName("Een onbekend veld (tikfout) wordt bij het uitrollen geweigerd")
    void onbekendVeldWordtGeweigerd() {
        List<Bevinding> bevindingen = new BriefControle().controleer(classpathBestanden(Map.of(
                "brieven/_ondertekening.html", "<p>{{ambtenaar.nam}}</p>")));

        assertThat(bevindingen).isNotEmpty().allSatisfy(b -> {
            assertThat(b.resource()).isEqualTo("brieven/_ondertekening.html");
            assertThat(b.regel()).contains("ambtenaar.nam");
        });
    }

    @Test
    @DisplayName("Een veld zonder escaping ({{{ }}}, {{& }}) of met andere scheidingstekens wordt geweigerd")
    void veldZonderEscapingWordtGeweigerd() {
        for (String onveilig : List.of("{{{jongere.naam}}}", "{{& jongere.naam}}", "{{=<% %>=}}")) {
            List<Bevinding> bevindingen = new BriefControle().controleer(classpathBestanden(Map.of(
                    "brieven/afsprakenbrief.html", "<html><body><p>" + onveilig + "</p></body></html>")));
            assertThat(bevindingen).as(onveilig).singleElement().satisfies(b -> {
                assertThat(b.resource()).isEqualTo("brieven/afsprakenbrief.html");
                assertThat(b.regel()).contains("zonder escaping");
            });
        }
    }

    @Test
    @DisplayName("De titel van een brief is de <title> van het sjabloon")
    void titelUitHetSjabloon() {
        assertThat(Brief.titel(render("uitnodiging-verzuimgesprek", null, velden("Noor", "Proces")).html(),
                "uitnodiging-verzuimgesprek")).isEqualTo("Uitnodiging verzuimgesprek");
    }

    static Sjablonen.Gerenderd render(String soort, String gemeente, Map<String, Object> velden) {
        return Sjablonen.render(BriefBronnen.classpath(), soort, gemeente, velden, true);
    }

    static Map<String, Object> velden(String voornaam, String achternaam) {
        Map<String, Object> ouder = new LinkedHashMap<>();
        ouder.put("naam", "M. Proces");
        ouder.put("straat", "Dorpsstraat");
        ouder.put("huisnummer", "12a");
        ouder.put("postcode", "7001 AB");
        ouder.put("woonplaats", "Doetinchem");
        Map<String, Object> variabelen = new HashMap<>(BriefControle.voorbeeldVariabelen());
        variabelen.put("ingangsdatum", "2026-08-01");
        variabelen.put("einddatum", "2027-07-31");
        return Briefvelden.van("W7", LocalDate.of(2026, 9, 1), "Doetinchem",
                new Briefvelden.Jongere(voornaam, achternaam, LocalDate.of(2012, 3, 4), true), List.of(ouder),
                new Briefvelden.Ambtenaar("Anna Ambtenaar", "Leerplichtambtenaar", "0314 377 377", null),
                "Het Ludger", variabelen, null);
    }

    /** The templates of the classpath, with {@code wijzigingen} put over them, as a deployment holds them. */
    static Map<String, byte[]> classpathBestanden(Map<String, String> wijzigingen) {
        Map<String, byte[]> bestanden = new LinkedHashMap<>();
        Sjablonen.Bron bron = BriefBronnen.classpath();
        for (String naam : List.of("_briefhoofd.html", "_ondertekening.html", "_stijl.css",
                "gemeenten/hengelo/_briefhoofd.html")) {
            bestanden.put(Sjablonen.MAP + naam, bron.lees(Sjablonen.MAP + naam).orElseThrow().getBytes(StandardCharsets.UTF_8));
        }
        for (String soort : SOORTEN) {
            String naam = Sjablonen.MAP + soort + ".html";
            bestanden.put(naam, bron.lees(naam).orElseThrow().getBytes(StandardCharsets.UTF_8));
        }
        bestanden.put("processes/x.bpmn", new byte[0]);
        wijzigingen.forEach((naam, inhoud) -> bestanden.put(naam, inhoud.getBytes(StandardCharsets.UTF_8)));
        return bestanden;
    }

    static String tekst(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
