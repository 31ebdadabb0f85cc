package nl.schoolverzuim.rapportage;

import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import nl.schoolverzuim.brieven.Pdf;
import nl.schoolverzuim.domein.Termijnen;
import nl.schoolverzuim.web.Opmaak;

/**
 * The jaarverslag as CSV and as PDF (ADR 0030), with the parameters, refusals and numbers of
 * {@code GET /api/jaarverslag}: both print the display tables of {@link JaarverslagExportTabellen}, made from the
 * one {@link Jaarverslag} value. CSV: UTF-8 with a byte order mark and {@code ;} between fields, which Excel in Dutch
 * opens as columns with ë intact; one section per table with its title, counting unit, Dutch headings and the JSON
 * codes beneath them.
 */
@RestController
@Tag(name = "Jaarverslag", description = "Het jaarverslag (art. 25 Leerplichtwet) als CSV en PDF")
class JaarverslagExport {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final String BOM = "\uFEFF";
    private static final String EINDE = "\r\n";

    private final Jaarverslagen jaarverslagen;
    private final JaarverslagExportTabellen tabellen;
    private final ITemplateEngine sjablonen;
    private final Opmaak opmaak;
    private final Clock clock;

    JaarverslagExport(Jaarverslagen jaarverslagen, JaarverslagExportTabellen tabellen, ITemplateEngine sjablonen,
                      Opmaak opmaak, Clock clock) {
        this.jaarverslagen = jaarverslagen;
        this.tabellen = tabellen;
        this.sjablonen = sjablonen;
        this.opmaak = opmaak;
        this.clock = clock;
    }

    @GetMapping(value = "/api/jaarverslag.csv", produces = "text/csv")
    @Operation(summary = "Het jaarverslag als CSV: per tabel een blok met titel, eenheid, Nederlandse kolomkoppen en "
            + "de codes van de JSON (puntkomma, UTF-8 met BOM)")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String schooljaar,
                               @RequestParam(required = false) String regio,
                               @RequestParam(required = false) String gemeente) {
        Jaarverslag verslag = jaarverslagen.maak(schooljaar, regio, gemeente);
        return bestand(verslag, "csv", CSV, (BOM + csv(verslag)).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping(value = "/api/jaarverslag.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Het jaarverslag als PDF in het Nederlands, met de grafieken")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) String schooljaar,
                               @RequestParam(required = false) String regio,
                               @RequestParam(required = false) String gemeente) {
        Jaarverslag verslag = jaarverslagen.maak(schooljaar, regio, gemeente);
        List<JaarverslagExportTabellen.Tabel> lijst = tabellen.van(verslag);
        Map<String, JaarverslagGrafieken.Grafiek> grafieken = JaarverslagGrafieken.van(verslag, lijst);
        Context context = new Context(NL);
        context.setVariable("verslag", verslag);
        context.setVariable("tabellen", lijst);
        context.setVariable("grafieken", grafieken);
        context.setVariable("gebied", gebied(verslag));
        context.setVariable("opgemaakt", opmaak.datum(LocalDate.now(clock.withZone(Termijnen.ZONE))));
        context.setVariable("lettertype", Pdf.LETTERTYPE);
        String html = sjablonen.process("jaarverslag-pdf", context);
        return bestand(verslag, "pdf", MediaType.APPLICATION_PDF, Pdf.van(html, JaarverslagGrafieken.tekenaars(grafieken)));
    }

    /** "Regio achterhoek" or "Gemeente Doetinchem (regio achterhoek)". */
    static String gebied(Jaarverslag verslag) {
        return verslag.gemeente() == null ? "Regio " + verslag.regio()
                : "Gemeente " + verslag.gemeente() + " (regio " + verslag.regio() + ")";
    }

    /** A number as Dutch readers write it: 1.157. */
    static String getal(int getal) {
        return NumberFormat.getIntegerInstance(NL).format(getal);
    }

    String csv(Jaarverslag verslag) {
        StringBuilder csv = new StringBuilder();
        regel(csv, "Jaarverslag", "Schooljaar", "Regio", "Gemeente", "Opgemaakt op");
        regel(csv, tabellen.label("jaarverslag.titel", "Jaarverslag"), verslag.schooljaar(), verslag.regio(),
                verslag.gemeente() == null ? "" : verslag.gemeente(),
                LocalDate.now(clock.withZone(Termijnen.ZONE)).toString());
        for (JaarverslagExportTabellen.Tabel tabel : tabellen.van(verslag)) {
            csv.append(EINDE);
            regel(csv, "Tabel", tabel.titel(), tabel.code());
            regel(csv, "Eenheid", tabel.eenheid());
            regel(csv, Stream.concat(Stream.of(tabel.sleutel().label(), "Omschrijving"),
                    tabel.kolommen().stream().map(JaarverslagExportTabellen.Kolom::label)).toArray(String[]::new));
            regel(csv, Stream.concat(Stream.of(tabel.sleutel().code(), "omschrijving"),
                    tabel.kolommen().stream().map(JaarverslagExportTabellen.Kolom::code)).toArray(String[]::new));
            tabel.rijen().forEach(rij -> rij(csv, rij));
            if (tabel.totaal() != null) {
                rij(csv, tabel.totaal());
            }
        }
        return csv.toString();
    }

    private static void rij(StringBuilder csv, JaarverslagExportTabellen.Rij rij) {
        regel(csv, Stream.concat(Stream.of(rij.sleutel(), rij.label()), rij.waarden().stream().map(String::valueOf))
                .toArray(String[]::new));
    }

    private static void regel(StringBuilder csv, String... velden) {
        csv.append(Stream.of(velden).map(JaarverslagExport::veld).collect(Collectors.joining(";"))).append(EINDE);
    }

    /**
     * Quoted when it holds a separator, quote or line break; a text starting with = + - @ gets a leading ' so that
     * a spreadsheet shows it instead of running it as a formula (a gemeente name is data, not a formula).
     */
    static String veld(String waarde) {
        String tekst = waarde == null ? "" : waarde;
        if (!tekst.isEmpty() && "=+-@\t\r".indexOf(tekst.charAt(0)) >= 0) {
            tekst = "'" + tekst;
        }
        return tekst.contains(";") || tekst.contains("\"") || tekst.contains("\n") || tekst.contains("\r")
                ? "\"" + tekst.replace("\"", "\"\"") + "\"" : tekst;
    }

    private static ResponseEntity<byte[]> bestand(Jaarverslag verslag, String extensie, MediaType type, byte[] inhoud) {
        String naam = Stream.of("jaarverslag", verslag.schooljaar(), verslag.regio(), verslag.gemeente())
                .filter(deel -> deel != null).map(deel -> deel.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-"))
                .collect(Collectors.joining("-")) + "." + extensie;
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(naam).build().toString())
                .contentType(type)
                .body(inhoud);
    }
}
