package nl.schoolverzuim.melding;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.validation.Validator;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.schoolverzuim.domein.Bovengrens;
import nl.schoolverzuim.domein.KwalificatieplichtVervallen;
import nl.schoolverzuim.domein.Leeftijd;
import nl.schoolverzuim.domein.Leerplichtfase;
import nl.schoolverzuim.domein.Leerplichtfase.Fase;
import nl.schoolverzuim.domein.Leerplichtfase.Feiten;
import nl.schoolverzuim.domein.OngeldigeInvoerException;
import nl.schoolverzuim.domein.VeldFout;
import nl.schoolverzuim.domein.Verzuimsoort;
import nl.schoolverzuim.dossier.Bsn;
import nl.schoolverzuim.dossier.Persoonsgegevens;
import nl.schoolverzuim.dossier.VerzorgerInvoer;
import nl.schoolverzuim.melding.GeldigeMelding.SchoolOpgave;
import nl.schoolverzuim.melding.WerkprocesRoutering.Route;
import nl.schoolverzuim.organisatie.Gemeente;
import nl.schoolverzuim.organisatie.Gemeenten;
import nl.schoolverzuim.organisatie.Onderwijssoort;

/**
 * The rules of the intake contract (meldingen.md), checked all at once so the answer names every bad field.
 * Messages never repeat the rejected value: it may be a BSN (MAS §10).
 */
@Component
class MeldingValidator {

    /** MAS §1: 4-year-olds only for information; the contract's lower bound. */
    static final int MINIMUM_LEEFTIJD = 4;

    private static final String DATUMVORM = "is geen geldige datum (JJJJ-MM-DD)";

    private final Validator beanValidator;
    private final Gemeenten gemeenten;
    private final WerkprocesRoutering routering;
    private final Bovengrens bovengrens;
    private final Leerplichtfase leerplichtfase;
    private final MessageSource labels;
    private final Clock clock;

    MeldingValidator(Validator beanValidator, Gemeenten gemeenten, WerkprocesRoutering routering, Bovengrens bovengrens,
                     Leerplichtfase leerplichtfase, MessageSource labels, Clock clock) {
        this.beanValidator = beanValidator;
        this.leerplichtfase = leerplichtfase;
        this.labels = labels;
        this.bovengrens = bovengrens;
        this.gemeenten = gemeenten;
        this.routering = routering;
        this.clock = clock;
    }

    GeldigeMelding valideer(NieuweMelding melding) {
        List<VeldFout> fouten = new ArrayList<>();
        beanValidator.validate(melding).forEach(v -> fouten.add(new VeldFout(v.getPropertyPath().toString(), v.getMessage())));
        verplicht(melding.verzuimsoort(), "verzuimsoort", fouten);
        verplicht(melding.meldingsdatum(), "meldingsdatum", fouten);

        Verzuimsoort soort = enumWaarde(Verzuimsoort.class, melding.verzuimsoort(), "verzuimsoort", fouten);
        LocalDate meldingsdatum = datum(melding.meldingsdatum(), "meldingsdatum", fouten);
        if (meldingsdatum != null && meldingsdatum.isAfter(LocalDate.now(clock))) {
            fouten.add(new VeldFout("meldingsdatum", "mag niet in de toekomst liggen"));
            meldingsdatum = null;
        }

        NieuweMelding.JongereGegevens jongere = melding.jongere();
        Persoonsgegevens persoon = null;
        Integer leeftijd = null;
        LocalDate geboortedatum = null;
        KwalificatieplichtVervallen vervallen = null;
        if (jongere != null) {
            verplicht(jongere.voornaam(), "jongere.voornaam", fouten);
            verplicht(jongere.achternaam(), "jongere.achternaam", fouten);
            verplicht(jongere.geboortedatum(), "jongere.geboortedatum", fouten);
            verplicht(jongere.woongemeente(), "jongere.woongemeente", fouten);
            String bsn = leegAlsNull(jongere.bsn());
            if (bsn != null && !Bsn.isGeldig(bsn)) {
                fouten.add(new VeldFout("jongere.bsn", "is geen geldig BSN: 9 cijfers die aan de 11-proef voldoen"));
            }
            Gemeente woongemeente = null;
            String gemeente = leegAlsNull(jongere.woongemeente());
            if (gemeente != null) {
                woongemeente = gemeenten.zoek(gemeente).orElse(null);
                if (woongemeente == null) {
                    fouten.add(new VeldFout("jongere.woongemeente", "is geen bekende gemeente (naam of CBS-code)"));
                }
            }
            geboortedatum = datum(jongere.geboortedatum(), "jongere.geboortedatum", fouten);
            if (geboortedatum != null && meldingsdatum != null) {
                leeftijd = leeftijdBinnenGrenzen(geboortedatum, meldingsdatum, woongemeente, fouten);
            }
            vervallen = enumWaarde(KwalificatieplichtVervallen.class,
                    jongere.kwalificatieplichtVervallen(), "jongere.kwalificatieplichtVervallen", fouten);
            if (vervallen != null && Boolean.TRUE.equals(jongere.startkwalificatie())) {
                fouten.add(new VeldFout("jongere.kwalificatieplichtVervallen", "kan niet samen met een "
                        + "startkwalificatie: art. 4a lid 2 geldt voor wie zonder startkwalificatie het vso of "
                        + "praktijkonderwijs verlaat (MAS §2)"));
            }
            String voornaam = leegAlsNull(jongere.voornaam());
            String achternaam = leegAlsNull(jongere.achternaam());
            if (geboortedatum != null && woongemeente != null && voornaam != null && achternaam != null) {
                persoon = new Persoonsgegevens(bsn, voornaam, achternaam, geboortedatum, woongemeente,
                        jongere.startkwalificatie(), jongere.volledigeSchooljaren(), vervallen);
            }
        }

        SchoolOpgave school = school(melding.school(), soort, fouten);
        if (Boolean.TRUE.equals(melding.preventiefGesprek()) && soort != null && soort != Verzuimsoort.OVERIG) {
            fouten.add(new VeldFout("preventiefGesprek", "kan alleen bij verzuimsoort OVERIG (MAS §4.1)"));
        }
        if (soort == Verzuimsoort.VERZUIM_18PLUS && melding.actieGewenst() == null) {
            fouten.add(new VeldFout("actieGewenst", "is verplicht bij verzuimsoort VERZUIM_18PLUS"));
        } else if (soort != null && soort != Verzuimsoort.VERZUIM_18PLUS && melding.actieGewenst() != null) {
            fouten.add(new VeldFout("actieGewenst", "kan alleen bij verzuimsoort VERZUIM_18PLUS"));
        }

        LocalDate uitschrijfdatum = uitschrijfdatum(melding.uitschrijfdatum(), soort, meldingsdatum, geboortedatum, fouten);
        List<VerzorgerInvoer> ouders = ouders(melding.ouders(), fouten);

        Route route = null;
        if (soort != null && leeftijd != null) {
            Boolean startkwalificatie = jongere.startkwalificatie();
            Fase fase = leerplichtfase.op(new Feiten(geboortedatum, jongere.volledigeSchooljaren(), startkwalificatie,
                    vervallen), meldingsdatum).orElse(null);
            route = routering.bepaal(leeftijd, fase, startkwalificatie, soort).orElse(null);
            if (route == null) {
                fouten.add(new VeldFout("verzuimsoort", "een melding " + soort.name() + " past niet bij een jongere van "
                        + leeftijd + " jaar die op de meldingsdatum " + faseLabel(fase)
                        + " is (MAS §2, §3): leerplicht begint op de eerste dag van de maand na de 5e verjaardag en "
                        + "eindigt na het schooljaar waarin de jongere 16 wordt of 12 volledige schooljaren heeft "
                        + "gehad; de kwalificatieplicht eindigt op de 18e verjaardag, met een startkwalificatie of "
                        + "volgens art. 4a lid 2; een startkwalificatie beëindigt ook de begeleiding door het "
                        + "Doorstroompunt"));
            }
        }

        if (!fouten.isEmpty()) {
            // A blank field can be reported by bean validation and by verplicht(...) alike.
            throw new OngeldigeInvoerException(fouten.stream().distinct().toList());
        }
        return new GeldigeMelding(meldingnummer(melding), soort, meldingsdatum, persoon, leeftijd, school,
                geheel(melding.urenVerzuim()), geheel(melding.kerenTeLaat()),
                Boolean.TRUE.equals(melding.preventiefGesprek()), melding.actieGewenst(),
                leegAlsNull(melding.toelichting()), uitschrijfdatum, route, ouders);
    }

    /**
     * Contract ouders: each by the Dossier's rules for an ouder/verzorger, an error named after its place in the body
     * ("ouders[0].adres.postcode"); a given {@code adres} needs all four of its fields.
     */
    private static List<VerzorgerInvoer> ouders(List<NieuweMelding.OuderGegevens> ouders, List<VeldFout> fouten) {
        if (ouders == null) {
            return List.of();
        }
        List<VerzorgerInvoer> gecontroleerd = new ArrayList<>();
        for (int i = 0; i < ouders.size(); i++) {
            String plaats = "ouders[" + i + "]";
            NieuweMelding.OuderGegevens ouder = ouders.get(i);
            if (ouder == null) {
                fouten.add(new VeldFout(plaats, "is leeg"));
                continue;
            }
            NieuweMelding.AdresGegevens adres = ouder.adres();
            VerzorgerInvoer invoer = new VerzorgerInvoer(ouder.naam(), adres == null ? null : adres.straat(),
                    adres == null ? null : adres.huisnummer(), adres == null ? null : adres.postcode(),
                    adres == null ? null : adres.woonplaats(), ouder.telefoon(), ouder.email(), ouder.gezag());
            VerzorgerInvoer goed = invoer.gecontroleerd(adres != null, veld -> plaats + "."
                    + (VerzorgerInvoer.ADRESVELDEN.contains(veld) ? "adres." : "") + veld, fouten);
            if (goed != null) {
                gecontroleerd.add(goed);
            }
        }
        return gecontroleerd;
    }

    /** The phase in words, from messages.properties (the Dossier page shows the same labels). */
    private String faseLabel(Fase fase) {
        String sleutel = fase == null ? "fase.ONBEKEND" : fase.label();
        return labels.getMessage(sleutel, null, sleutel, Locale.forLanguageTag("nl"));
    }

    /**
     * Contract uitschrijfdatum: only for a Jongere who is not enrolled (ABSOLUUT, VSV), not after the meldingsdatum
     * and not before the geboortedatum; for those soorten the meldingsdatum when not given.
     */
    private static LocalDate uitschrijfdatum(String waarde, Verzuimsoort soort, LocalDate meldingsdatum,
                                             LocalDate geboortedatum, List<VeldFout> fouten) {
        LocalDate datum = datum(waarde, "uitschrijfdatum", fouten);
        boolean uitgeschreven = soort == Verzuimsoort.ABSOLUUT || soort == Verzuimsoort.VSV;
        if (leegAlsNull(waarde) != null && soort != null && !uitgeschreven) {
            fouten.add(new VeldFout("uitschrijfdatum", "kan alleen bij verzuimsoort ABSOLUUT of VSV"));
            return null;
        }
        if (datum != null && meldingsdatum != null && datum.isAfter(meldingsdatum)) {
            fouten.add(new VeldFout("uitschrijfdatum", "mag niet na de meldingsdatum liggen"));
            return null;
        }
        if (datum != null && geboortedatum != null && datum.isBefore(geboortedatum)) {
            fouten.add(new VeldFout("uitschrijfdatum", "mag niet voor de geboortedatum liggen"));
            return null;
        }
        if (!uitgeschreven) {
            return null;
        }
        return datum != null ? datum : meldingsdatum;
    }

    /** meldingen.md: the Jongere is 4 up to the regio's upper age (23, or 27) on the meldingsdatum. */
    private Integer leeftijdBinnenGrenzen(LocalDate geboortedatum, LocalDate meldingsdatum, Gemeente woongemeente,
                                          List<VeldFout> fouten) {
        if (geboortedatum.isAfter(meldingsdatum)) {
            fouten.add(new VeldFout("jongere.geboortedatum", "ligt na de meldingsdatum"));
            return null;
        }
        int leeftijd = Leeftijd.op(geboortedatum, meldingsdatum);
        if (woongemeente == null) {
            return leeftijd;
        }
        int grens = bovengrens.leeftijd(woongemeente.getRegio().getCode());
        if (leeftijd < MINIMUM_LEEFTIJD || leeftijd >= grens) {
            fouten.add(new VeldFout("jongere.geboortedatum", "de jongere is op de meldingsdatum " + leeftijd
                    + " jaar; meldingen gaan over jongeren van " + MINIMUM_LEEFTIJD + " tot " + grens + " jaar"));
            return null;
        }
        return leeftijd;
    }

    private static SchoolOpgave school(NieuweMelding.SchoolGegevens school, Verzuimsoort soort, List<VeldFout> fouten) {
        if (school == null) {
            if (soort != null && soort.vereistSchool()) {
                fouten.add(new VeldFout("school", "is verplicht bij verzuimsoort " + soort.name()));
            }
            return null;
        }
        verplicht(school.brin(), "school.brin", fouten);
        verplicht(school.naam(), "school.naam", fouten);
        verplicht(school.onderwijssoort(), "school.onderwijssoort", fouten);
        String brin = leegAlsNull(school.brin());
        if (brin != null) {
            brin = brin.toUpperCase(Locale.ROOT);
            if (!brin.matches("\\d{2}[A-Z]{2}(\\d{2})?")) {
                fouten.add(new VeldFout("school.brin", "is geen BRIN-code (2 cijfers en 2 letters, eventueel 2 cijfers voor de vestiging)"));
            }
        }
        Onderwijssoort onderwijssoort = enumWaarde(Onderwijssoort.class, school.onderwijssoort(), "school.onderwijssoort", fouten);
        String naam = leegAlsNull(school.naam());
        return brin == null || naam == null || onderwijssoort == null ? null
                : new SchoolOpgave(brin, naam, onderwijssoort);
    }

    private static <E extends Enum<E>> E enumWaarde(Class<E> type, String waarde, String veld, List<VeldFout> fouten) {
        String naam = leegAlsNull(waarde);
        if (naam == null) {
            return null; // reported as required
        }
        Optional<E> gevonden = Arrays.stream(type.getEnumConstants())
                .filter(c -> c.name().equals(naam.toUpperCase(Locale.ROOT))).findFirst();
        if (gevonden.isEmpty()) {
            fouten.add(new VeldFout(veld, "is onbekend; kies uit " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", "))));
        }
        return gevonden.orElse(null);
    }

    private static LocalDate datum(String waarde, String veld, List<VeldFout> fouten) {
        String datum = leegAlsNull(waarde);
        if (datum == null) {
            return null;
        }
        try {
            return LocalDate.parse(datum);
        } catch (DateTimeParseException e) {
            fouten.add(new VeldFout(veld, DATUMVORM));
            return null;
        }
    }

    private static int geheel(Integer waarde) {
        return waarde == null ? 0 : waarde;
    }

    /** The meldingnummer as stored and compared: trimmed, and none when blank. */
    static String meldingnummer(NieuweMelding melding) {
        return leegAlsNull(melding.meldingnummer());
    }

    /** A required field that is absent or holds only spaces (of any kind) is reported as missing. */
    private static void verplicht(String waarde, String veld, List<VeldFout> fouten) {
        if (leegAlsNull(waarde) == null) {
            fouten.add(new VeldFout(veld, "is verplicht"));
        }
    }

    /**
     * The value without the spaces around it, or null when nothing else is left. Spaces of every kind count: the
     * no-break and other Unicode spaces that copying from a document brings along are no whitespace to
     * {@link String#strip()}, and a value of only those used to pass as filled in.
     */
    static String leegAlsNull(String waarde) {
        if (waarde == null) {
            return null;
        }
        int begin = 0;
        int eind = waarde.length();
        while (begin < eind && isSpatie(waarde.charAt(begin))) {
            begin++;
        }
        while (eind > begin && isSpatie(waarde.charAt(eind - 1))) {
            eind--;
        }
        return begin == eind ? null : waarde.substring(begin, eind);
    }

    private static boolean isSpatie(char teken) {
        return Character.isWhitespace(teken) || Character.isSpaceChar(teken) || teken == '\u200B' || teken == '\uFEFF';
    }
}
