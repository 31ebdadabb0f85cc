package nl.schoolverzuim.vrijstellingen;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.schoolverzuim.domein.GeenToegangException;
import nl.schoolverzuim.domein.NietGevondenException;
import nl.schoolverzuim.domein.OngeldigeInvoerException;
import nl.schoolverzuim.domein.Schooljaar;
import nl.schoolverzuim.domein.VeldFout;
import nl.schoolverzuim.organisatie.Gemeente;
import nl.schoolverzuim.organisatie.Gemeenten;
import nl.schoolverzuim.toegang.Toegang;

/**
 * The reference tables of {@link Schooldagen}: the school holidays per vakantieregio and the vakantieregio of each
 * gemeente. Everyone signed in reads them; only the beheerder changes them.
 */
@RestController
@RequestMapping("/api/schoolvakanties")
@Tag(name = "Schoolvakanties", description = "Schoolvakanties per vakantieregio, voor het tellen van schooldagen")
class SchoolvakantiesController {

    private final SchoolvakantieRepository vakanties;
    private final Gemeenten gemeenten;

    SchoolvakantiesController(SchoolvakantieRepository vakanties, Gemeenten gemeenten) {
        this.vakanties = vakanties;
        this.gemeenten = gemeenten;
    }

    record SchoolvakantieView(Long id, String schooljaar, String vakantieregio, String naam, LocalDate van,
                              LocalDate tot) {
        static SchoolvakantieView van(Schoolvakantie v) {
            return new SchoolvakantieView(v.getId(), v.getSchooljaar(), v.getVakantieregio().name(), v.getNaam(),
                    v.getVan(), v.getTot());
        }
    }

    record NieuweSchoolvakantie(String schooljaar, String vakantieregio, String naam, String van, String tot) {
    }

    record Regioindeling(String vakantieregio) {
    }

    @GetMapping
    @Operation(summary = "Alle schoolvakanties")
    List<SchoolvakantieView> alle() {
        return vakanties.findAllByOrderByVanAscVakantieregioAsc().stream().map(SchoolvakantieView::van).toList();
    }

    @PostMapping
    @Transactional
    @Operation(summary = "Een schoolvakantie vastleggen (beheerder)")
    ResponseEntity<SchoolvakantieView> vastleggen(Authentication gebruiker, @RequestBody NieuweSchoolvakantie invoer) {
        alleenBeheerder(gebruiker);
        List<VeldFout> fouten = new ArrayList<>();
        Vakantieregio regio = regio(invoer.vakantieregio(), fouten);
        LocalDate van = datum(invoer.van(), "van", fouten);
        LocalDate tot = datum(invoer.tot(), "tot", fouten);
        String naam = invoer.naam() == null || invoer.naam().isBlank() ? null : invoer.naam().strip();
        if (naam == null || naam.length() > 100) {
            fouten.add(new VeldFout("naam", naam == null ? "is verplicht" : "mag hoogstens 100 tekens lang zijn"));
        }
        if (van != null && tot != null && tot.isBefore(van)) {
            fouten.add(new VeldFout("tot", "ligt voor de datum 'van'"));
        }
        String schooljaar = invoer.schooljaar();
        if (schooljaar == null || !schooljaar.matches("\\d{4}-\\d{4}")) {
            fouten.add(new VeldFout("schooljaar", "is verplicht, in de vorm JJJJ-JJJJ"));
        } else if (van != null && !Schooljaar.van(van).toString().equals(schooljaar)
                && !Schooljaar.van(van.minusMonths(2)).toString().equals(schooljaar)) {
            // The zomervakantie belongs to the school year it ends, and may run into August.
            fouten.add(new VeldFout("schooljaar", "past niet bij de datum 'van'"));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        Schoolvakantie nieuw = vakanties.save(new Schoolvakantie(schooljaar, regio, naam, van, tot));
        return ResponseEntity.created(URI.create("/api/schoolvakanties/" + nieuw.getId()))
                .body(SchoolvakantieView.van(nieuw));
    }

    @DeleteMapping("/{id}")
    @Transactional
    @Operation(summary = "Een schoolvakantie verwijderen (beheerder)")
    ResponseEntity<Void> verwijderen(Authentication gebruiker, @PathVariable Long id) {
        alleenBeheerder(gebruiker);
        Schoolvakantie vakantie = vakanties.findById(id).orElseThrow(() -> new NietGevondenException("Schoolvakantie", id));
        vakanties.delete(vakantie);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/regioindeling/{gemeente}")
    @Transactional
    @Operation(summary = "De vakantieregio van een gemeente (naam of CBS-code) vastleggen (beheerder)")
    Regioindeling regioindeling(Authentication gebruiker, @PathVariable String gemeente,
                                @RequestBody Regioindeling invoer) {
        alleenBeheerder(gebruiker);
        List<VeldFout> fouten = new ArrayList<>();
        Vakantieregio regio = regio(invoer.vakantieregio(), fouten);
        Gemeente bekend = gemeenten.zoek(gemeente).orElse(null);
        if (bekend == null) {
            fouten.add(new VeldFout("gemeente", "is geen bekende gemeente (naam of CBS-code)"));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        vakanties.vergeetVakantieregio(bekend.getCbsCode());
        vakanties.legVakantieregioVast(bekend.getCbsCode(), regio.name());
        return new Regioindeling(regio.name());
    }

    private static void alleenBeheerder(Authentication gebruiker) {
        if (Toegang.teamsVan(gebruiker) != null) {
            throw new GeenToegangException("Alleen de beheerder legt schoolvakanties en vakantieregio's vast");
        }
    }

    private static Vakantieregio regio(String waarde, List<VeldFout> fouten) {
        return Arrays.stream(Vakantieregio.values())
                .filter(r -> waarde != null && r.name().equals(waarde.strip().toUpperCase(Locale.ROOT)))
                .findFirst().orElseGet(() -> {
                    fouten.add(new VeldFout("vakantieregio", "is verplicht; kies uit NOORD, MIDDEN, ZUID"));
                    return null;
                });
    }

    private static LocalDate datum(String waarde, String veld, List<VeldFout> fouten) {
        if (waarde == null || waarde.isBlank()) {
            fouten.add(new VeldFout(veld, "is verplicht"));
            return null;
        }
        try {
            return LocalDate.parse(waarde.strip());
        } catch (DateTimeParseException e) {
            fouten.add(new VeldFout(veld, "is geen geldige datum (JJJJ-MM-DD)"));
            return null;
        }
    }
}
