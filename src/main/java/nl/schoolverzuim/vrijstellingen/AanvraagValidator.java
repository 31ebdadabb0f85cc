package nl.schoolverzuim.vrijstellingen;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import nl.schoolverzuim.domein.Leeftijd;
import nl.schoolverzuim.domein.OngeldigeInvoerException;
import nl.schoolverzuim.domein.VeldFout;
import nl.schoolverzuim.dossier.Persoonsgegevens;

/**
 * The field rules of vrijstellingen.md, all checked at once so the answer names every bad field. Whether the aanvraag
 * meets the law is not checked here: a well-formed aanvraag is always registered, and decision vrijstelling-toets says
 * which legal requirements it misses. Messages never repeat the rejected value (it may be a BSN, MAS §10).
 */
@Component
class AanvraagValidator {

    private static final String DATUMVORM = "is geen geldige datum (JJJJ-MM-DD)";

    private final JongereInvoer jongeren;
    private final Clock clock;

    AanvraagValidator(JongereInvoer jongeren, Clock clock) {
        this.jongeren = jongeren;
        this.clock = clock;
    }

    record GeldigeAanvraag(Grond grond, LocalDate aanvraagdatum, String schooljaar, LocalDate schooljaarBegin,
                           Aanvrager aanvrager, Persoonsgegevens jongere, LocalDate ingangsdatum, LocalDate einddatum,
                           Set<Bijlage> bijlagen, String toelichting) {
    }

    GeldigeAanvraag valideer(NieuweVrijstelling aanvraag) {
        List<VeldFout> fouten = new ArrayList<>();
        Grond grond = keuze(Grond.class, aanvraag.grond(), "grond", fouten);
        LocalDate aanvraagdatum = datum(aanvraag.aanvraagdatum(), "aanvraagdatum", true, fouten);
        if (aanvraagdatum != null && aanvraagdatum.isAfter(LocalDate.now(clock))) {
            fouten.add(new VeldFout("aanvraagdatum", "mag niet in de toekomst liggen"));
        }
        LocalDate schooljaarBegin = schooljaar(aanvraag.schooljaar(), grond, fouten);
        Aanvrager aanvrager = keuze(Aanvrager.class, aanvraag.aanvrager(), "aanvrager", fouten);
        LocalDate ingangsdatum = datum(aanvraag.ingangsdatum(), "ingangsdatum", true, fouten);
        LocalDate einddatum = datum(aanvraag.einddatum(), "einddatum", grond != null && grond != Grond.ART_5A, fouten);
        if (ingangsdatum != null && einddatum != null && !einddatum.isAfter(ingangsdatum)) {
            fouten.add(new VeldFout("einddatum", "moet na de ingangsdatum liggen"));
            einddatum = null;
        }
        if (schooljaarBegin != null && (grond == Grond.ART_5B || grond == Grond.ART_5C)) {
            LocalDate schooljaarEinde = LocalDate.of(schooljaarBegin.getYear() + 1, Month.JULY, 31);
            if (ingangsdatum != null && (ingangsdatum.isBefore(schooljaarBegin) || ingangsdatum.isAfter(schooljaarEinde))) {
                fouten.add(new VeldFout("ingangsdatum", "moet in het schooljaar liggen: een vrijstelling op grond van "
                        + grond.name() + " geldt voor één schooljaar"));
            }
            if (einddatum != null && einddatum.isAfter(schooljaarEinde)) {
                fouten.add(new VeldFout("einddatum", "mag niet na 31 juli van het schooljaar liggen: een vrijstelling "
                        + "op grond van " + grond.name() + " geldt voor één schooljaar"));
            }
        }
        Persoonsgegevens jongere = jongere(aanvraag.jongere(), ingangsdatum, fouten);
        if (aanvrager == Aanvrager.JONGERE && grond != null && grond != Grond.ART_15) {
            fouten.add(new VeldFout("aanvrager", "JONGERE kan alleen bij grond ART_15; anders vragen de ouders aan"));
        } else if (aanvrager == Aanvrager.JONGERE && jongere != null && aanvraagdatum != null
                && Leeftijd.op(jongere.geboortedatum(), aanvraagdatum) < 16) {
            fouten.add(new VeldFout("aanvrager", "een jongere vraagt pas vanaf 16 jaar zelf aan"));
        }
        Set<Bijlage> bijlagen = bijlagen(aanvraag.bijlagen(), fouten);
        String toelichting = JongereInvoer.tekst(aanvraag.toelichting());
        if (toelichting != null && toelichting.length() > 4000) {
            fouten.add(new VeldFout("toelichting", "mag hoogstens 4000 tekens lang zijn"));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten.stream().distinct().toList());
        }
        return new GeldigeAanvraag(grond, aanvraagdatum, schooljaarBegin == null ? null : JongereInvoer.tekst(aanvraag.schooljaar()),
                schooljaarBegin, aanvrager, jongere, ingangsdatum, einddatum, bijlagen, toelichting);
    }

    /** JJJJ-JJJJ, two consecutive years (1 August - 31 July); required for ART_5B and ART_5C. */
    private static LocalDate schooljaar(String waarde, Grond grond, List<VeldFout> fouten) {
        String tekst = JongereInvoer.tekst(waarde);
        if (tekst == null) {
            if (grond == Grond.ART_5B || grond == Grond.ART_5C) {
                fouten.add(new VeldFout("schooljaar", "is verplicht bij grond " + grond.name()
                        + ", die voor één schooljaar geldt"));
            }
            return null;
        }
        if (!tekst.matches("\\d{4}-\\d{4}")
                || Integer.parseInt(tekst.substring(5)) != Integer.parseInt(tekst.substring(0, 4)) + 1) {
            fouten.add(new VeldFout("schooljaar", "is geen schooljaar (JJJJ-JJJJ, twee opeenvolgende jaren)"));
            return null;
        }
        return LocalDate.of(Integer.parseInt(tekst.substring(0, 4)), Month.AUGUST, 1);
    }

    private Persoonsgegevens jongere(NieuweVrijstelling.Jongere jongere, LocalDate ingangsdatum, List<VeldFout> fouten) {
        if (jongere == null) {
            fouten.add(new VeldFout("jongere", "is verplicht"));
            return null;
        }
        return jongeren.gecontroleerd(jongere.bsn(), jongere.voornaam(), jongere.achternaam(), jongere.geboortedatum(),
                jongere.woongemeente(), ingangsdatum, "ingangsdatum", fouten);
    }

    private static Set<Bijlage> bijlagen(List<String> waarden, List<VeldFout> fouten) {
        Set<Bijlage> bijlagen = EnumSet.noneOf(Bijlage.class);
        if (waarden == null) {
            return bijlagen;
        }
        for (int i = 0; i < waarden.size(); i++) {
            Bijlage bijlage = keuze(Bijlage.class, waarden.get(i), "bijlagen[" + i + "]", fouten);
            if (bijlage != null) {
                bijlagen.add(bijlage);
            }
        }
        return bijlagen;
    }

    private static <E extends Enum<E>> E keuze(Class<E> type, String waarde, String veld, List<VeldFout> fouten) {
        String naam = JongereInvoer.tekst(waarde);
        if (naam == null) {
            fouten.add(new VeldFout(veld, "is verplicht"));
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(naam.toUpperCase(Locale.ROOT)))
                .findFirst().orElseGet(() -> {
                    fouten.add(new VeldFout(veld, "is onbekend; kies uit " + Arrays.stream(type.getEnumConstants())
                            .map(Enum::name).collect(Collectors.joining(", "))));
                    return null;
                });
    }

    private static LocalDate datum(String waarde, String veld, boolean verplicht, List<VeldFout> fouten) {
        String tekst = JongereInvoer.tekst(waarde);
        if (tekst == null) {
            if (verplicht) {
                fouten.add(new VeldFout(veld, "is verplicht"));
            }
            return null;
        }
        try {
            return LocalDate.parse(tekst);
        } catch (DateTimeParseException e) {
            fouten.add(new VeldFout(veld, DATUMVORM));
            return null;
        }
    }
}
