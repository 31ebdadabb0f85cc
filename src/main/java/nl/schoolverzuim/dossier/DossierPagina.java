package nl.schoolverzuim.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import nl.schoolverzuim.domein.Codelijsten;
import nl.schoolverzuim.dossier.DossierView.WachtView;
import nl.schoolverzuim.dossier.DossierView.WerkprocesView;
import nl.schoolverzuim.web.Namen;
import nl.schoolverzuim.web.Opmaak;
import nl.schoolverzuim.web.Pagina;
import nl.schoolverzuim.web.Soortlabels;

/**
 * The Dossier as a page ({@code templates/dossier.html}), the case file opened from the link in every task form in
 * Tasklist: the Jongere, meldingen, each werkproces with its open steps (linked to Tasklist) or what it waits for, the
 * modules' sections (route decisions, interventions, letters, ...) and the journal of every note and Tasklist comment.
 * Codes become their Dutch labels ({@code messages.properties}, section {@code dossier.}), moments are shown in
 * Europe/Amsterdam and people by name. Same access check and access log as the API (MAS §10).
 */
@Pagina
class DossierPagina {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    /** A code, or codes joined by a comma or colon ("HALT,RVDK", "TELEFOON: BEREIKT"), as modules store them. */
    private static final Pattern CODES = Pattern.compile("[A-Z][A-Z0-9_+]*(?:\\s*[,:]\\s*[A-Z][A-Z0-9_+]*)*");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_+]*");
    private static final Pattern DATUM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MOMENT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");
    /** Keys of a module's section that are internal references, not something an officer reads. */
    private static final Set<String> VERBORGEN = Set.of("id", "werkprocesId");

    /**
     * A module's section as the template shows it, whatever its shape: a text, named fields, or a list of elements.
     */
    record Knoop(String tekst, List<Veld> velden, List<Knoop> elementen) {
    }

    record Veld(String kop, Knoop waarde) {
    }

    record Melding(LocalDate datum, String verzuimsoort, String school, int urenVerzuim, int kerenTeLaat,
                   String meldingnummer) {
    }

    record Stap(String adres, String naam, Instant vervaldatum, String behandelaar) {
    }

    record Werkproces(String titel, String verzuimsoort, String team, Instant gestartOp, String status,
                      Instant afgerondOp, List<Stap> stappen, List<String> wacht) {
    }

    record Notitie(Instant op, String auteur, String soort, String werkproces, String stap, String onderwerp,
                   String tekst) {
    }

    private final DossierLezer lezer;
    private final ObjectMapper json;
    private final MessageSource berichten;
    private final Namen namen;
    private final Opmaak opmaak;
    private final Codelijsten codelijsten;
    private final Soortlabels soorten;

    DossierPagina(DossierLezer lezer, ObjectMapper json, MessageSource berichten, Namen namen, Opmaak opmaak,
                  Codelijsten codelijsten, Soortlabels soorten) {
        this.codelijsten = codelijsten;
        this.soorten = soorten;
        this.lezer = lezer;
        this.json = json;
        this.berichten = berichten;
        this.namen = namen;
        this.opmaak = opmaak;
    }

    @GetMapping("/dossiers/{id}")
    String pagina(@PathVariable Long id, Model model) {
        DossierView dossier = lezer.lees(id, "/dossiers/{id}");
        Set<String> personen = new HashSet<>();
        dossier.werkprocessen().forEach(w -> w.huidigeStappen().forEach(s -> personen.add(s.toegewezenAan())));
        dossier.journaal().forEach(j -> personen.add(j.auteur()));
        Map<String, String> wie = namen.namen(personen);
        Map<Long, String> titels = dossier.werkprocessen().stream()
                .collect(Collectors.toMap(WerkprocesView::id, this::titel));

        List<Veld> onderdelen = new ArrayList<>();
        dossier.onderdelen().forEach((naam, inhoud) -> onderdelen.add(
                new Veld(label("dossier.onderdeel." + naam, kop(naam)), knoop(json.valueToTree(inhoud), naam))));
        model.addAttribute("dossier", dossier);
        model.addAttribute("meldingen", dossier.meldingen().stream().map(m -> new Melding(m.meldingsdatum(),
                soorten.van(m.verzuimsoort(), null) + (m.herhaald() ? label("dossier.melding.herhaald", " (herhaald)") : "")
                        + (m.geoorloofd() ? label("dossier.melding.geoorloofd", " (geoorloofd, geen verzuim)") : ""),
                m.school(), m.urenVerzuim(), m.kerenTeLaat(), m.meldingnummer())).toList());
        model.addAttribute("werkprocessen", dossier.werkprocessen().stream().map(w -> werkproces(w, titels, wie)).toList());
        model.addAttribute("onderdelen", onderdelen);
        model.addAttribute("journaal", dossier.journaal().stream().map(j -> new Notitie(j.op(),
                j.auteur() == null ? label("dossier.journaal.onbekend", "onbekend") : wie.get(j.auteur()),
                label("dossier.journaal." + j.soort().name(), j.soort().name()),
                j.werkprocesId() == null ? null : titels.get(j.werkprocesId()), j.stap(), j.onderwerp(), j.tekst()))
                .toList());
        return "dossier";
    }

    private Werkproces werkproces(WerkprocesView w, Map<Long, String> titels, Map<String, String> wie) {
        String status = label("dossier.status." + w.status().name(), w.status().name());
        if (w.resultaat() != null) {
            status += ": " + code(w.resultaat()) + (w.resultaatDetail() == null ? "" : " (" + code(w.resultaatDetail()) + ")");
        }
        return new Werkproces(titels.get(w.id()), soorten.van(w.verzuimsoort(), w.procesKey()),
                label("dossier.team." + w.team(), w.team()), w.gestartOp(), status, w.afgerondOp(),
                w.huidigeStappen().stream().map(s -> new Stap("/camunda/app/tasklist/default/#/?task=" + s.taakId(),
                        s.naam(), s.vervaldatum(), s.toegewezenAan() == null ? null : wie.get(s.toegewezenAan()))).toList(),
                w.wachtOp().stream().map(this::wacht).toList());
    }

    /** "Wacht op de follow-up tot 14 januari 2027", as the model describes the event. */
    private String wacht(WachtView wacht) {
        if (wacht.tot() == null) {
            return berichten.getMessage("dossier.wacht.bericht", new Object[] {wacht.gebeurtenis()}, NL);
        }
        return wacht.wachtOp() != null
                ? berichten.getMessage("dossier.wacht.op", new Object[] {wacht.wachtOp(), opmaak.datum(wacht.tot())}, NL)
                : berichten.getMessage("dossier.wacht.tot", new Object[] {opmaak.datum(wacht.tot()), wacht.gebeurtenis()}, NL);
    }

    private String titel(WerkprocesView w) {
        return Objects.requireNonNullElse(w.procesNaam(), label("dossier.werkproces", "Werkproces"))
                + ", gestart " + opmaak.datum(w.gestartOp());
    }

    private Knoop knoop(JsonNode waarde, String naam) {
        if (waarde.isObject()) {
            List<Veld> velden = new ArrayList<>();
            for (Map.Entry<String, JsonNode> veld : waarde.properties()) {
                JsonNode inhoud = veld.getValue();
                if (!VERBORGEN.contains(veld.getKey()) && !inhoud.isNull()
                        && !(inhoud.isContainerNode() && inhoud.isEmpty())) {
                    velden.add(new Veld(label("dossier.veld." + veld.getKey(), kop(veld.getKey())),
                            knoop(inhoud, veld.getKey())));
                }
            }
            return new Knoop(null, velden, List.of());
        }
        if (waarde.isArray()) {
            List<Knoop> elementen = new ArrayList<>();
            waarde.forEach(element -> elementen.add(knoop(element, naam)));
            return new Knoop(null, List.of(), elementen);
        }
        return new Knoop(tekst(waarde, naam), List.of(), List.of());
    }

    /** A value in Dutch: yes/no, a date or moment in Europe/Amsterdam, a person by name, codes as their labels. */
    private String tekst(JsonNode waarde, String naam) {
        if (waarde.isBoolean()) {
            return waarde.asBoolean() ? "ja" : "nee";
        }
        String tekst = waarde.asText();
        if (naam.endsWith("Door")) {
            return namen.naam(tekst);
        }
        if (DATUM.matcher(tekst).matches()) {
            return opmaak.datum(LocalDate.parse(tekst));
        }
        if (MOMENT.matcher(tekst).matches()) {
            try {
                return opmaak.tijd(OffsetDateTime.parse(tekst).toInstant());
            } catch (DateTimeParseException e) {
                return tekst;
            }
        }
        return CODES.matcher(tekst).matches() ? code(tekst) : tekst;
    }

    /** Each code in the text by its label: "HALT,RVDK" → "Halt-interventie schoolverzuim, Raad voor de Kinderbescherming". */
    private String code(String tekst) {
        // A code of a form's code list has its label in codelijsten.dmn; messages.properties has the others.
        Function<String, String> label = code -> Objects.requireNonNullElseGet(
                berichten.getMessage("dossier.code." + code, null, null, NL), () -> codelijsten.label(code).orElse(code));
        Matcher codes = CODE.matcher(tekst);
        StringBuilder uit = new StringBuilder();
        while (codes.find()) {
            codes.appendReplacement(uit, Matcher.quoteReplacement(label.apply(codes.group())));
        }
        codes.appendTail(uit);
        return uit.toString().replaceAll("\\s*,\\s*", ", ");
    }

    private String label(String sleutel, String anders) {
        return berichten.getMessage(sleutel, null, anders, NL);
    }

    /** "routebesluiten" → "Routebesluiten", "vsvTraject" → "Vsv traject": only for a key without a label. */
    private static String kop(String naam) {
        String woorden = naam.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(woorden.charAt(0)) + woorden.substring(1);
    }
}
