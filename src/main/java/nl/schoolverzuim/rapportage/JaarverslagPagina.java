package nl.schoolverzuim.rapportage;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

import nl.schoolverzuim.domein.GeenToegangException;
import nl.schoolverzuim.domein.OngeldigeInvoerException;
import nl.schoolverzuim.domein.Schooljaar;
import nl.schoolverzuim.domein.Termijnen;
import nl.schoolverzuim.organisatie.Gemeente;
import nl.schoolverzuim.organisatie.Teams;
import nl.schoolverzuim.toegang.Toegang;
import nl.schoolverzuim.web.Pagina;

/**
 * {@code /jaarverslag}: the art. 25 report (MAS §9) in the shared layout, with the tables, charts and downloads of the
 * same {@link Jaarverslag} as the API. Filters are a plain GET form; without them it shows this school year for the
 * reader's regio, or for an officer their own gemeente. A refusal of the service is a Dutch sentence above the form.
 */
@Pagina
class JaarverslagPagina {

    /** School years offered in the filter: this one and so many before it. */
    static final int EERDERE_JAREN = 5;

    record Keuze(String waarde, String tekst) {
    }

    /** A table with its chart (SVG, null when it has none) and the id of the sentence describing that chart. */
    record Onderdeel(JaarverslagExportTabellen.Tabel tabel, String svg, String grafiekTitel) {
    }

    private final Jaarverslagen jaarverslagen;
    private final JaarverslagExportTabellen tabellen;
    private final Toegang toegang;
    private final Clock clock;

    JaarverslagPagina(Jaarverslagen jaarverslagen, JaarverslagExportTabellen tabellen, Toegang toegang, Clock clock) {
        this.jaarverslagen = jaarverslagen;
        this.tabellen = tabellen;
        this.toegang = toegang;
        this.clock = clock;
    }

    @GetMapping("/jaarverslag")
    @Transactional(readOnly = true)
    ModelAndView pagina(@RequestParam(required = false) String schooljaar,
                        @RequestParam(required = false) String regio,
                        @RequestParam(required = false) String gemeente, Authentication gebruiker) {
        Set<String> teams = Toegang.teamsVan(gebruiker);
        List<Gemeente> zichtbaar = toegang.gemeentenVan(teams);
        Schooljaar nu = Schooljaar.van(LocalDate.now(clock.withZone(Termijnen.ZONE)));
        String gekozenJaar = leeg(schooljaar) ? nu.toString() : schooljaar.strip();
        String gekozenRegio = leeg(regio) ? zichtbaar.stream().map(g -> g.getRegio().getCode()).findFirst().orElse(null)
                : regio.strip();
        // An officer reads their own gemeente; the teamleider and the beheerder the whole regio (the contract).
        boolean regiobreed = teams == null || teams.contains(Teams.TEAMLEIDER);
        String gekozenGemeente = !leeg(gemeente) ? gemeente.strip() : leeg(regio) && !regiobreed ? zichtbaar.stream()
                .filter(g -> g.getRegio().getCode().equals(gekozenRegio)).map(Gemeente::getNaam).findFirst()
                .orElse(null) : null;

        ModelAndView pagina = new ModelAndView("jaarverslag");
        pagina.addObject("schooljaren", IntStream.rangeClosed(0, EERDERE_JAREN)
                .mapToObj(i -> Schooljaar.van(nu.begin().minusYears(i)).toString())
                .map(jaar -> new Keuze(jaar, jaar)).toList());
        Map<String, String> regios = new LinkedHashMap<>();
        zichtbaar.stream().sorted(Comparator.comparing(g -> g.getRegio().getNaam()))
                .forEach(g -> regios.putIfAbsent(g.getRegio().getCode(), g.getRegio().getNaam()));
        pagina.addObject("regios", regios.entrySet().stream().map(e -> new Keuze(e.getKey(), e.getValue())).toList());
        List<Keuze> gemeenten = new ArrayList<>();
        gemeenten.add(new Keuze("", "Alle gemeenten van de regio"));
        zichtbaar.stream().filter(g -> g.getRegio().getCode().equals(gekozenRegio)).map(Gemeente::getNaam).sorted()
                .forEach(naam -> gemeenten.add(new Keuze(naam, naam)));
        pagina.addObject("gemeenten", gemeenten);
        pagina.addObject("schooljaar", gekozenJaar);
        pagina.addObject("regio", gekozenRegio);
        pagina.addObject("gemeente", gekozenGemeente == null ? "" : gekozenGemeente);
        pagina.addObject("opgemaakt", LocalDate.now(clock.withZone(Termijnen.ZONE)));

        Jaarverslag verslag;
        try {
            verslag = jaarverslagen.maak(gekozenJaar, gekozenRegio, gekozenGemeente);
        } catch (OngeldigeInvoerException e) {
            pagina.setStatus(HttpStatus.BAD_REQUEST);
            pagina.addObject("fout", "Het jaarverslag kan zo niet worden gemaakt. " + e.fouten().stream()
                    .map(f -> "Filter " + f.field() + ": " + f.message() + ".").collect(Collectors.joining(" ")));
            return pagina;
        } catch (GeenToegangException e) {
            pagina.setStatus(HttpStatus.FORBIDDEN);
            pagina.addObject("fout", "U mag het jaarverslag van dit gebied niet inzien. Een leerplichtambtenaar ziet "
                    + "het jaarverslag van de eigen gemeente, de teamleider dat van de regio.");
            return pagina;
        }
        List<JaarverslagExportTabellen.Tabel> lijst = tabellen.van(verslag);
        Map<String, JaarverslagGrafieken.Grafiek> grafieken = JaarverslagGrafieken.van(verslag, lijst);
        pagina.addObject("verslag", verslag);
        pagina.addObject("gebied", JaarverslagExport.gebied(verslag));
        pagina.addObject("onderdelen", lijst.stream().map(tabel -> {
            JaarverslagGrafieken.Grafiek grafiek = grafieken.get(tabel.code());
            return new Onderdeel(tabel, grafiek == null ? null
                    : JaarverslagGrafieken.svg(grafiek, "bijschrift-" + tabel.code()),
                    grafiek == null ? null : grafiek.titel());
        }).toList());
        pagina.addObject("csv", download("/api/jaarverslag.csv", verslag));
        pagina.addObject("pdf", download("/api/jaarverslag.pdf", verslag));
        return pagina;
    }

    /** The download with the parameters of the report shown. */
    private static String download(String pad, Jaarverslag verslag) {
        UriComponentsBuilder adres = UriComponentsBuilder.fromPath(pad)
                .queryParam("schooljaar", verslag.schooljaar()).queryParam("regio", verslag.regio());
        if (verslag.gemeente() != null) {
            adres.queryParam("gemeente", verslag.gemeente());
        }
        return adres.encode().build().toUriString();
    }

    private static boolean leeg(String tekst) {
        return tekst == null || tekst.isBlank();
    }
}
