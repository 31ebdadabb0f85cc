package nl.schoolverzuim.toezicht;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.schoolverzuim.domein.OngeldigeInvoerException;
import nl.schoolverzuim.domein.Termijnen;
import nl.schoolverzuim.domein.VeldFout;
import nl.schoolverzuim.toegang.Toegang;
import nl.schoolverzuim.web.Paginering;

/**
 * {@code /api/toezicht}: the teamleider's view on overdue work and the actions on it. Only the teamleider
 * and the beheerder; officers have their own inbox.
 */
@RestController
@RequestMapping("/api/toezicht")
@Tag(name = "Toezicht", description = "Achterstanden per gemeente, behandelaar en stap; herverdelen en nieuwe vervaldatum")
@PreAuthorize("hasAnyAuthority('teamleider', 'camunda-admin')")
class ToezichtController {

    static final String CSV_KOP = "Taak;Jongere;Stap;Gemeente;Behandelaar;Vervaldatum;Dagen te laat;Tasklist";

    record TeLaatPagina(int pagina, int grootte, long totaal, List<Toezicht.TeLaat> taken) {
    }

    record Herverdeling(List<String> taken, String naar, String reden) {
    }

    record Herverdeeld(int herverdeeld) {
    }

    record NieuweVervaldatum(String taak, LocalDate vervaldatum, String motivering) {
    }

    record VervaldatumGezet(String taak, Instant vervaldatum) {
    }

    private final Toezicht toezicht;
    private final Bijsturing bijsturing;
    private final Clock clock;

    ToezichtController(Toezicht toezicht, Bijsturing bijsturing, Clock clock) {
        this.toezicht = toezicht;
        this.bijsturing = bijsturing;
        this.clock = clock;
    }

    @GetMapping("/overzicht")
    @Operation(summary = "Open en te late taken per gemeente, behandelaar (- is niet toegewezen) of stap")
    List<Toezicht.Telling> overzicht(@RequestParam(defaultValue = "gemeente") String per,
                                     @RequestParam(required = false) String gemeente,
                                     @RequestParam(required = false) String stap,
                                     @RequestParam(required = false) String behandelaar, Authentication gebruiker) {
        return toezicht.overzicht(indeling(per), filter(gemeente, stap, behandelaar, gebruiker));
    }

    @GetMapping("/ouderdom")
    @Operation(summary = "Te late taken naar dagen te laat: 0-7, 8-14, 15-30, > 30")
    List<Toezicht.Leeftijd> ouderdom(@RequestParam(required = false) String gemeente,
                                     @RequestParam(required = false) String stap,
                                     @RequestParam(required = false) String behandelaar, Authentication gebruiker) {
        return toezicht.leeftijdsbuckets(filter(gemeente, stap, behandelaar, gebruiker));
    }

    @GetMapping("/trend")
    @Operation(summary = "Open en te late taken per week, de laatste 12 weken (deze week actueel)")
    List<Toezicht.Week> trend(@RequestParam(required = false) String gemeente, Authentication gebruiker) {
        return toezicht.trend(leegIsNull(gemeente), Toegang.teamsVan(gebruiker));
    }

    @GetMapping("/te-laat")
    @Operation(summary = "Te late taken, langst te laat eerst, met link naar Tasklist")
    TeLaatPagina teLaat(@RequestParam(required = false) String gemeente,
                        @RequestParam(required = false) String stap,
                        @RequestParam(required = false) String behandelaar,
                        @RequestParam(defaultValue = "0") int pagina,
                        @RequestParam(defaultValue = "50") int grootte, Authentication gebruiker) {
        Paginering.controleer(pagina, grootte);
        Toezicht.Filter filter = filter(gemeente, stap, behandelaar, gebruiker);
        return new TeLaatPagina(pagina, grootte, toezicht.totaal(filter).teLaat(), toezicht.teLaat(filter, pagina, grootte));
    }

    @GetMapping(value = "/te-laat.csv", produces = "text/csv")
    @Operation(summary = "Alle te late taken als CSV (puntkomma, UTF-8)")
    void teLaatCsv(@RequestParam(required = false) String gemeente,
                   @RequestParam(required = false) String stap,
                   @RequestParam(required = false) String behandelaar,
                   Authentication gebruiker, HttpServletResponse response) throws IOException {
        Toezicht.Filter filter = filter(gemeente, stap, behandelaar, gebruiker);
        response.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8).toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("te-laat-" + LocalDate.now(clock) + ".csv").build().toString());
        Writer uit = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        uit.write(CSV_KOP + "\n");
        toezicht.alleTeLaat(filter, t -> {
            try {
                uit.write(String.join(";", t.taakId(), veld(t.jongere()), veld(t.stap()), veld(t.gemeente()),
                        veld(t.behandelaar()), t.vervaldatum().atZone(Termijnen.ZONE).toLocalDate().toString(),
                        String.valueOf(t.dagenTeLaat()), t.tasklist()) + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        uit.flush();
    }

    @PostMapping(value = "/herverdelingen", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Taken herverdelen aan een behandelaar van hetzelfde team, met reden (alles of niets)")
    Herverdeeld herverdeel(@RequestBody Herverdeling verzoek, Authentication gebruiker) {
        return new Herverdeeld(bijsturing.herverdeel(verzoek.taken(), verzoek.naar(), verzoek.reden(), teamleider(gebruiker)));
    }

    @PostMapping(value = "/vervaldatums", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Een taak een nieuwe vervaldatum geven, met motivering")
    VervaldatumGezet vervaldatum(@RequestBody NieuweVervaldatum verzoek, Authentication gebruiker) {
        return new VervaldatumGezet(verzoek.taak(), bijsturing.nieuweVervaldatum(verzoek.taak(), verzoek.vervaldatum(),
                verzoek.motivering(), teamleider(gebruiker)));
    }

    static Toezicht.Indeling indeling(String per) {
        try {
            return Toezicht.Indeling.valueOf(per.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new OngeldigeInvoerException(List.of(new VeldFout("per", "kies gemeente, behandelaar of stap")));
        }
    }

    /** The asked filter, within the teams of {@code gebruiker} (MAS §10: a teamleider oversees their own team). */
    static Toezicht.Filter filter(String gemeente, String stap, String behandelaar, Authentication gebruiker) {
        return new Toezicht.Filter(leegIsNull(gemeente), leegIsNull(stap), leegIsNull(behandelaar),
                Toegang.teamsVan(gebruiker));
    }

    private static String leegIsNull(String waarde) {
        return waarde == null || waarde.isBlank() ? null : waarde;
    }

    private static Bijsturing.Teamleider teamleider(Authentication gebruiker) {
        return new Bijsturing.Teamleider(gebruiker.getName(),
                gebruiker.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
    }

    /**
     * CSV field for Dutch spreadsheets (semicolon separated), quoted when needed; text that a spreadsheet would run as
     * a formula starts with an apostrophe.
     */
    private static String veld(String waarde) {
        if (waarde == null) {
            return "";
        }
        String schoon = waarde.replace("\r", " ").replace("\n", " ");
        if (!schoon.isEmpty() && "=+-@".indexOf(schoon.charAt(0)) >= 0) {
            schoon = "'" + schoon;
        }
        return schoon.contains(";") || schoon.contains("\"") ? "\"" + schoon.replace("\"", "\"\"") + "\"" : schoon;
    }
}
