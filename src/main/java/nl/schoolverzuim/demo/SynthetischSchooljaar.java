package nl.schoolverzuim.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.schoolverzuim.domein.Schooljaar;
import nl.schoolverzuim.domein.Verzuimsoort;
import nl.schoolverzuim.dossier.Bsn;
import nl.schoolverzuim.dossier.VerzorgerInvoer;
import nl.schoolverzuim.dossier.Verzorgers;
import nl.schoolverzuim.engine.EngineKlok;
import nl.schoolverzuim.leerplicht.ProcessenVerbaal;
import nl.schoolverzuim.melding.IntakeService;
import nl.schoolverzuim.melding.NieuweMelding;
import nl.schoolverzuim.organisatie.Gemeente;
import nl.schoolverzuim.organisatie.GemeenteRepository;
import nl.schoolverzuim.organisatie.Regio;
import nl.schoolverzuim.organisatie.RegioRepository;
import nl.schoolverzuim.organisatie.Teams;
import nl.schoolverzuim.vrijstellingen.NieuweVrijstelling;
import nl.schoolverzuim.vrijstellingen.Vrijstelling;
import nl.schoolverzuim.vrijstellingen.VrijstellingAanvragen;

/**
 * A synthetic school year (MAS §9): every melding, vsv-traject and vrijstelling the parameters ask for, walked through
 * the real intake, the models and the services as officers and the job executor would, with the engine clock moved
 * to each step's date (old vsv'ers in the years they fell out). Nothing writes a result row itself: what the annual
 * report counts is what the models and process beans made of it. The steps of all werkprocessen are put on one
 * agenda and taken day by day in date order, so the clock only moves forward (ADR 0031). The same parameters (and
 * seed) give the same data.
 * The choices of paths and dates are explained in docs/synthetisch-schooljaar.md.
 */
@Component
public class SynthetischSchooljaar {

    private static final Logger LOG = LoggerFactory.getLogger(SynthetischSchooljaar.class);
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    /** An ABSOLUUT werkproces that did not end with the Jongere enrolled again: a fitting reason per Resultaat. */
    private static final Map<String, String> ABSOLUUT_REDEN = Map.of(
            "TERUG_NAAR_SCHOOL", "TIJDENS_SCHOOLVAKANTIE",
            "DAGBESTEDING_MET_SCHOOLINSCHRIJVING", "OP_ZOEK_NAAR_PASSEND_ONDERWIJS",
            "LANGDURIGE_HULPVERLENING", "OP_ZOEK_NAAR_PASSEND_ONDERWIJS",
            "TIME_OUT_VOORZIENING", "OP_ZOEK_NAAR_PASSEND_ONDERWIJS",
            "VRIJSTELLING", "VOLVERKLARING_SO",
            "TIJDELIJK_WERK", "AL_SK_BEHAALD",
            "OVERDRACHT_DSP", "TIJDELIJK_VERBLIJF_VERHUISD",
            "OVERIG", "TEN_ONRECHTE_AANGEMERKT");
    private static final String[] LUXE_REDENEN = {"SCHRIFTELIJKE_WAARSCHUWING", "SCHRIFTELIJKE_WAARSCHUWING",
            "GEOORLOOFD_NA_CONTROLE", "TE_LAAT_ONTVANGEN"};

    private final IntakeService intake;
    private final Stappen stappen;
    private final ProcessenVerbaal processenVerbaal;
    private final VrijstellingAanvragen vrijstellingen;
    private final Verzorgers verzorgers;
    private final RegioRepository regios;
    private final GemeenteRepository gemeenten;
    private final TransactionTemplate transactie;
    private final JdbcTemplate jdbc;

    SynthetischSchooljaar(IntakeService intake, Stappen stappen, ProcessenVerbaal processenVerbaal,
                          VrijstellingAanvragen vrijstellingen, Verzorgers verzorgers, RegioRepository regios,
                          GemeenteRepository gemeenten, TransactionTemplate transactie, JdbcTemplate jdbc) {
        this.intake = intake;
        this.stappen = stappen;
        this.processenVerbaal = processenVerbaal;
        this.vrijstellingen = vrijstellingen;
        this.verzorgers = verzorgers;
        this.regios = regios;
        this.gemeenten = gemeenten;
        this.transactie = transactie;
        this.jdbc = jdbc;
    }

    /** What was generated: meldingen and aanvragen walked, steps taken, and how long it took. */
    public record Samenvatting(String naam, int gevallen, int stappen, long millis) {
    }

    /** Generates the year of parameter file {@code naam} at scale {@code schaal} (null: the file's own). */
    public Samenvatting genereer(String naam, Integer schaal) {
        SchooljaarParameters parameters = SchooljaarParameters.lees(naam);
        return genereer(schaal == null ? parameters : parameters.opSchaal(schaal));
    }

    Samenvatting genereer(SchooljaarParameters parameters) {
        String prefix = "SYN-" + parameters.naam().toUpperCase() + "-";
        Integer al = jdbc.queryForObject("select count(*) from melding where meldingnummer like ?", Integer.class,
                prefix + "%");
        if (al != null && al > 0) {
            LOG.info("Synthetisch schooljaar {} bestaat al ({} meldingen); niets gegenereerd", parameters.naam(), al);
            return new Samenvatting(parameters.naam(), 0, 0, 0);
        }
        long begin = System.nanoTime();
        transactie.executeWithoutResult(status -> organisatie(parameters));
        Jaar jaar = new Jaar(parameters, prefix);
        jaar.plan();
        int genomen = jaar.loop();
        long millis = (System.nanoTime() - begin) / 1_000_000;
        LOG.info("Synthetisch schooljaar {} (schaal {}): {} meldingen en aanvragen, {} stappen in {} ms",
                parameters.naam(), parameters.schaal(), jaar.gevallen, genomen, millis);
        return new Samenvatting(parameters.naam(), jaar.gevallen, genomen, millis);
    }

    /** The regio and its gemeenten when the database does not have them yet (not the demo's). */
    private void organisatie(SchooljaarParameters parameters) {
        Regio regio = regios.findByCode(parameters.regio().code())
                .orElseGet(() -> regios.save(new Regio(parameters.regio().code(), parameters.regio().naam())));
        List<String> bekend = gemeenten.findAll().stream().map(Gemeente::getNaam).toList();
        parameters.gemeenten().stream().filter(g -> !bekend.contains(g.naam()))
                .forEach(g -> gemeenten.save(new Gemeente(g.cbsCode(), g.naam(), regio)));
    }

    /** One step of a werkproces on its date; equal dates keep the order in which they were planned. */
    private record Stap(Instant op, long volgnummer, Runnable actie) {
    }

    /** A werkproces being walked: its process instance, once the melding or aanvraag has started it. */
    private static final class Zaak {
        String processInstanceId;
        Long werkprocesId;
        Long vrijstellingId;
    }

    /** The planned year: the agenda of every step, and the random choices behind it. */
    private final class Jaar {

        private final SchooljaarParameters p;
        private final String prefix;
        private final Random random;
        private final Schooljaar sj;
        private final PriorityQueue<Stap> agenda = new PriorityQueue<>(
                Comparator.comparing(Stap::op).thenComparingLong(Stap::volgnummer));
        private long volgnummer;
        private int meldingnummer;
        private int bsnTeller;
        private int gevallen;
        private final int draden = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

        Jaar(SchooljaarParameters p, String prefix) {
            this.p = p;
            this.prefix = prefix;
            this.random = new Random(p.seed());
            String[] jaren = p.schooljaar().split("-");
            this.sj = new Schooljaar(LocalDate.of(Integer.parseInt(jaren[0]), 8, 1),
                    LocalDate.of(Integer.parseInt(jaren[1]), 7, 31));
        }

        int n(int aantal) {
            return aantal * p.schaal();
        }

        void plan() {
            p.meldingen().forEach(this::leerplicht);
            p.vrijstellingen().forEach(this::vrijstellingen);
            verzuim18Plus();
            vsv();
        }

        /**
         * Takes the steps day by day in date order with the engine clock on the day's first step; the steps of one day
         * belong to different werkprocessen (no walk has two steps on a day), so they run side by side.
         */
        int loop() {
            int genomen = 0;
            ExecutorService werkers = Executors.newFixedThreadPool(draden);
            try {
                while (!agenda.isEmpty()) {
                    LocalDate dag = dagVan(agenda.peek());
                    List<Stap> vandaag = new ArrayList<>();
                    while (!agenda.isEmpty() && dagVan(agenda.peek()).equals(dag)) {
                        vandaag.add(agenda.poll());
                    }
                    EngineKlok.zet(vandaag.get(0).op());
                    List<Future<?>> klaar = new ArrayList<>();
                    vandaag.forEach(stap -> klaar.add(werkers.submit(stap.actie())));
                    for (Future<?> stap : klaar) {
                        wacht(stap);
                    }
                    int voor = genomen;
                    genomen += vandaag.size();
                    if (genomen / 2000 > voor / 2000) {
                        LOG.info("Synthetisch schooljaar: {} stappen genomen, {} te gaan", genomen, agenda.size());
                    }
                }
            } finally {
                werkers.shutdownNow();
                EngineKlok.naarNu();
            }
            return genomen;
        }

        private LocalDate dagVan(Stap stap) {
            return stap.op().atZone(NL).toLocalDate();
        }

        /** A step on {@code dag} during office hours. */
        void op(LocalDate dag, Runnable actie) {
            Instant moment = dag.atTime(9, 0).atZone(NL).toInstant().plusSeconds(volgnummer % 28_000);
            agenda.add(new Stap(moment, volgnummer++, actie));
        }

        // ---------------------------------------------------------------- leerplicht (Fixture 2, 3: handhaving)

        /** A leerplicht melding as planned: who, what, when, and how its werkproces ends. */
        private final class Geval {
            String groep;
            Verzuimsoort soort;
            boolean naarOverig;
            String gemeente;
            LocalDate meldingsdatum;
            LocalDate uitschrijfdatum;
            LocalDate afsluitdatum;
            String resultaat;
            String afsluitReden;
            String route = "GEWOON";
            Geval herhaling;
            NieuweMelding.JongereGegevens jongere;
            int uren;
        }

        void leerplicht(String groep, SchooljaarParameters.MeldingenRij rij) {
            List<Geval> gevallen = new ArrayList<>();
            List<Geval> absoluut = new ArrayList<>();
            for (int i = 0; i < n(rij.absoluut()) + ("GEEN_ONDERWIJS".equals(groep) ? n(rij.overig()) : 0); i++) {
                Geval geval = geval(groep, Verzuimsoort.ABSOLUUT);
                if (i >= n(rij.absoluut())) {
                    geval.naarOverig = true; // MAS §4 step 1: no school, so only triage makes it OVERIG
                } else {
                    absoluut.add(geval);
                }
                gevallen.add(geval);
            }
            absoluutDuur(absoluut, n(rij.absoluutLangerDan3Maanden()), n(rij.absoluutLangerDan4Weken()));
            List<Geval> wettelijk = new ArrayList<>();
            for (int i = 0; i < n(rij.wettelijk()) - n(rij.wettelijkHerhaald()); i++) {
                Geval geval = geval(groep, Verzuimsoort.WETTELIJK);
                wettelijk.add(geval);
                gevallen.add(geval);
            }
            // MAS §3: herhaald is a second WETTELIJK melding of the same Jongere in the school year, after the first
            for (int i = 0; i < n(rij.wettelijkHerhaald()); i++) {
                Geval eerste = wettelijk.get(wettelijk.size() - 1 - i);
                eerste.herhaling = geval(groep, Verzuimsoort.WETTELIJK);
                gevallen.add(eerste.herhaling);
            }
            for (int i = 0; i < n(rij.langdurigRelatief()); i++) {
                gevallen.add(geval(groep, Verzuimsoort.LANGDURIG_RELATIEF));
            }
            List<Geval> luxe = new ArrayList<>();
            for (int i = 0; i < n(rij.luxe()); i++) {
                Geval geval = geval(groep, Verzuimsoort.LUXE);
                luxe.add(geval);
                gevallen.add(geval);
            }
            if (!"GEEN_ONDERWIJS".equals(groep)) {
                for (int i = 0; i < n(rij.overig()); i++) {
                    gevallen.add(geval(groep, Verzuimsoort.OVERIG));
                }
            }
            handhaving(groep, wettelijk.subList(0, wettelijk.size() - n(rij.wettelijkHerhaald())), luxe);
            resultaten(rij, gevallen, absoluut);
            for (Geval geval : gevallen) {
                if (geval.gemeente == null) {
                    geval.gemeente = gemeente(false);
                }
            }
            for (Geval geval : gevallen) {
                if (geval.jongere == null) {
                    plan(geval);
                }
            }
            for (int i = 0; i < n(rij.informatieAdvies()); i++) {
                informatieAdvies(groep);
            }
        }

        private Geval geval(String groep, Verzuimsoort soort) {
            Geval geval = new Geval();
            geval.groep = groep;
            geval.soort = soort;
            return geval;
        }

        /** MAS §4.3 and [000] Tabel 2B: the Halt-verwijzingen and processen-verbaal of each gemeente. */
        private void handhaving(String groep, List<Geval> wettelijk, List<Geval> luxe) {
            int w = 0;
            int l = 0;
            for (Map.Entry<String, SchooljaarParameters.Handhaving> rij : p.handhaving().entrySet()) {
                SchooljaarParameters.Handhaving h = rij.getValue();
                // Halt for wettelijk verzuim in the VO; PV wettelijk there and in the MBO; PV luxe where luxe is.
                int halt = "VO".equals(groep) ? n(h.haltVerwijzingen()) : 0;
                int pvWettelijk = "VO".equals(groep) ? n(h.procesVerbaalWettelijk()) / 2
                        : "MBO".equals(groep) ? n(h.procesVerbaalWettelijk()) - n(h.procesVerbaalWettelijk()) / 2 : 0;
                int pvLuxe = "BO_SBO".equals(groep) ? n(h.procesVerbaalLuxe()) / 2
                        : "VO".equals(groep) ? n(h.procesVerbaalLuxe()) - n(h.procesVerbaalLuxe()) / 2 : 0;
                for (int i = 0; i < halt; i++) {
                    handhaving(wettelijk.get(w++), rij.getKey(), "HALT");
                }
                for (int i = 0; i < pvWettelijk; i++) {
                    handhaving(wettelijk.get(w++), rij.getKey(), "PV");
                }
                for (int i = 0; i < pvLuxe; i++) {
                    handhaving(luxe.get(l++), rij.getKey(), "PV");
                }
            }
        }

        private void handhaving(Geval geval, String gemeente, String route) {
            geval.gemeente = gemeente;
            geval.route = route;
        }

        /** [000] Tabel 1B-1J: each werkproces one Resultaat of its row; re-enrolled, Halt and PV back to school. */
        private void resultaten(SchooljaarParameters.MeldingenRij rij, List<Geval> gevallen, List<Geval> absoluut) {
            List<String> pot = new ArrayList<>();
            rij.resultaten().forEach((code, aantal) -> pot.addAll(Collections.nCopies(n(aantal), code)));
            Collections.shuffle(pot, random);
            Collections.shuffle(absoluut, random);
            for (int i = 0; i < n(rij.absoluutWeerIngeschreven()); i++) {
                absoluut.get(i).afsluitReden = "WEER_INGESCHREVEN";
            }
            for (Geval geval : gevallen) {
                if ("WEER_INGESCHREVEN".equals(geval.afsluitReden) || !"GEWOON".equals(geval.route)) {
                    geval.resultaat = "TERUG_NAAR_SCHOOL";
                    pot.remove("TERUG_NAAR_SCHOOL");
                }
            }
            for (Geval geval : gevallen) {
                if (geval.resultaat == null) {
                    geval.resultaat = pot.remove(pot.size() - 1);
                }
                if (geval.soort == Verzuimsoort.ABSOLUUT && !geval.naarOverig && geval.afsluitReden == null) {
                    geval.afsluitReden = ABSOLUUT_REDEN.get(geval.resultaat);
                } else if (geval.soort == Verzuimsoort.LUXE) {
                    geval.afsluitReden = "PV".equals(geval.route) ? "PV_OUDERS"
                            : LUXE_REDENEN[random.nextInt(LUXE_REDENEN.length)];
                }
            }
        }

        /**
         * The duration of an ABSOLUUT werkproces runs from the uitschrijfdatum to the result date (definition 1 of
         * the jaarverslag): {@code lang} more than 3 months, {@code langerDan4Weken - lang} more than 28 days but at
         * most 3 months, the rest at most 28 days.
         */
        private void absoluutDuur(List<Geval> absoluut, int lang, int langerDan4Weken) {
            Collections.shuffle(absoluut, random);
            for (int i = 0; i < absoluut.size(); i++) {
                Geval geval = absoluut.get(i);
                LocalDate m = datum(sj.begin().plusDays(20), sj.einde().minusDays(50));
                geval.meldingsdatum = m;
                if (i < lang) {
                    geval.afsluitdatum = werkdag(m.plusDays(5 + random.nextInt(35)));
                    geval.uitschrijfdatum = geval.afsluitdatum.minusMonths(3).minusDays(5 + random.nextInt(150));
                } else if (i < langerDan4Weken) {
                    geval.afsluitdatum = werkdag(m.plusDays(5 + random.nextInt(25)));
                    geval.uitschrijfdatum = geval.afsluitdatum.minusDays(35 + random.nextInt(45));
                } else {
                    geval.uitschrijfdatum = m.minusDays(random.nextInt(5));
                    geval.afsluitdatum = geval.uitschrijfdatum.plusDays(10 + random.nextInt(19));
                    if (geval.afsluitdatum.isBefore(m.plusDays(3))) {
                        geval.afsluitdatum = m.plusDays(3);
                    }
                }
            }
        }

        private void plan(Geval geval) {
            if (geval.meldingsdatum == null) {
                boolean speciaal = !"GEWOON".equals(geval.route) || geval.herhaling != null;
                geval.meldingsdatum = werkdag(datum(sj.begin().plusDays(24),
                        speciaal ? sj.einde().minusDays(150) : sj.einde().minusDays(45)));
                geval.afsluitdatum = werkdag(geval.meldingsdatum.plusDays(5 + random.nextInt(35)));
            }
            geval.uren = switch (geval.soort) {
                case WETTELIJK -> "PV".equals(geval.route) ? 61 + random.nextInt(20) : 16 + random.nextInt(30);
                case LANGDURIG_RELATIEF -> 80 + random.nextInt(120);
                case LUXE -> 8 + random.nextInt(32);
                case OVERIG -> random.nextInt(15);
                default -> 0;
            };
            LocalDate laatste = geval.herhaling != null ? sj.einde().minusDays(5) : geval.afsluitdatum.plusDays(90);
            geval.jongere = jongere(geval.gemeente, leeftijd(geval), geval.meldingsdatum, laatste);
            if (geval.herhaling != null) {
                Geval tweede = geval.herhaling;
                tweede.gemeente = geval.gemeente;
                tweede.jongere = geval.jongere;
                tweede.uren = 16 + random.nextInt(30);
                LocalDate na = geval.route.equals("GEWOON") ? geval.afsluitdatum : geval.meldingsdatum.plusDays(90);
                tweede.meldingsdatum = werkdag(datum(na.plusDays(14), sj.einde().minusDays(40)));
                tweede.afsluitdatum = werkdag(tweede.meldingsdatum.plusDays(5 + random.nextInt(30)));
                walk(tweede, school(geval.groep, geval.gemeente, geval.jongere, geval.meldingsdatum));
            }
            walk(geval, school(geval.groep, geval.gemeente, geval.jongere, geval.meldingsdatum));
        }

        private int leeftijd(Geval geval) {
            if ("HALT".equals(geval.route)) {
                return 12 + random.nextInt(4); // MAS §4.3: Halt from 12; the ouders consent under 16
            }
            return switch (geval.groep) {
                case "BO_SBO" -> 5 + random.nextInt(7);
                case "VSO_SO" -> 5 + random.nextInt(13);
                case "VO" -> 12 + random.nextInt(6);
                case "MBO" -> 16 + random.nextInt(2);
                default -> 5 + random.nextInt(13);
            };
        }

        /** The walk of one leerplicht werkproces, by its route, to its Resultaat on its afsluitdatum. */
        private void walk(Geval geval, NieuweMelding.SchoolGegevens school) {
            Zaak zaak = new Zaak();
            gevallen++;
            LocalDate m = geval.meldingsdatum;
            NieuweMelding melding = new NieuweMelding(volgendNummer(), geval.soort.name(), m.toString(),
                    geval.jongere, school, geval.uren, 0, false, null, "Synthetische melding",
                    geval.uitschrijfdatum == null ? null : geval.uitschrijfdatum.toString(), null);
            op(m, () -> meld(zaak, melding));
            Map<String, Object> triage = new HashMap<>(Map.of("triageBesluit", "IN_BEHANDELING"));
            if (geval.naarOverig) {
                triage.put("nieuweVerzuimsoort", Verzuimsoort.OVERIG.name());
                triage.put("herclassificatieReden", "Wel ingeschreven bij een school; vaak te laat (signaalverzuim)");
            }
            LocalDate triageOp = min(m.plusDays(1), geval.afsluitdatum);
            op(triageOp, () -> stappen.voltooi(zaak.processInstanceId, "MeldingTrieren", triage));
            Map<String, Object> afsluiten = new HashMap<>();
            afsluiten.put("resultaat", geval.resultaat);
            afsluiten.put("afsluitReden", geval.afsluitReden);
            afsluiten.put("afsluitToelichting", "Synthetisch schooljaar");
            if ("GEWOON".equals(geval.route)) {
                LocalDate onderzoekOp = triageOp.plusDays(ChronoUnit.DAYS.between(triageOp, geval.afsluitdatum) / 2);
                op(onderzoekOp, () -> stappen.voltooi(zaak.processInstanceId, "Onderzoek",
                        "onderzoeksuitkomst", "GESLOTEN_NA_OVERLEG", "verzuimfeiten", "Na overleg met school opgelost"));
                op(geval.afsluitdatum, () -> stappen.voltooi(zaak.processInstanceId, "WerkprocesAfsluiten", afsluiten));
                return;
            }
            // MAS §4.3: the criteria of Halt (12-17, 9-60 hours, verwijtbaar, consent) or, above 60 hours or for luxe,
            // verwijtbaar verzuim that decision mas-route sends to the strafrechtelijke route.
            op(m.plusDays(5), () -> stappen.voltooi(zaak.processInstanceId, "Onderzoek", "onderzoeksuitkomst",
                    "PLAN_VAN_AANPAK", "verzuimfeiten", "Verwijtbaar verzuim", "verwijtbaar", "JA",
                    "toestemmingJongere", "JA", "toestemmingOuders", "JA", "eerderHaltVoorVerzuim", "NEE",
                    "ernstigePsychischeProblematiekZonderHulp", "NEE"));
            op(m.plusDays(6), () -> stappen.voltooi(zaak.processInstanceId, "RouteKiezen"));
            if ("HALT".equals(geval.route)) {
                op(m.plusDays(8), () -> stappen.voltooi(zaak.processInstanceId, "HaltVerwijzen",
                        "haltVerwijzingDatum", nu()));
                op(m.plusDays(40), () -> stappen.voltooi(zaak.processInstanceId, "HaltTerugmeldingVerwerken",
                        "haltUitkomst", "POSITIEF"));
            } else {
                op(m.plusDays(10), () -> alsBoa(geval.gemeente, () -> processenVerbaal.maakOp(
                        new ProcessenVerbaal.NieuwProcesVerbaal(zaak.werkprocesId, true, false,
                                vandaag().toString(), "Verwijtbaar verzuim ondanks waarschuwing"), "synthetisch")));
                op(m.plusDays(40), () -> alsBoa(geval.gemeente, () -> processenVerbaal.doeAf(
                        pvVan(zaak), new ProcessenVerbaal.Afdoening("GELDBOETE", null), "synthetisch")));
            }
            // MAS §4 step 4: the follow-up 6 weeks after the afspraken; the verzuim stopped
            op(m.plusDays(83), () -> {
                vuurTimer(zaak, "ZesWekenNaAfspraken");
                stappen.voltooi(zaak.processInstanceId, "FollowUp", "verzuimGestopt", true, "followUpVerslag",
                        "Weer elke dag op school");
            });
            op(m.plusDays(85), () -> stappen.voltooi(zaak.processInstanceId, "WerkprocesAfsluiten", afsluiten));
        }

        private Long pvVan(Zaak zaak) {
            return jdbc.queryForObject("select max(id) from proces_verbaal where werkproces_id = ?", Long.class,
                    zaak.werkprocesId);
        }

        private void informatieAdvies(String groep) {
            Zaak zaak = new Zaak();
            gevallen++;
            String gemeente = gemeente(false);
            LocalDate m = werkdag(datum(sj.begin().plusDays(20), sj.einde().minusDays(20)));
            Geval schijn = geval(groep, Verzuimsoort.INFORMATIE_ADVIES);
            NieuweMelding.JongereGegevens jongere = jongere(gemeente, leeftijd(schijn), m, m.plusDays(30));
            NieuweMelding melding = new NieuweMelding(null, Verzuimsoort.INFORMATIE_ADVIES.name(), m.toString(),
                    jongere, school(groep, gemeente, jongere, m), 0, 0, false, null, "Vraag van de school", null, null);
            op(m, () -> meld(zaak, melding));
            op(m.plusDays(2), () -> stappen.voltooi(zaak.processInstanceId, "VraagBeantwoorden", "antwoord",
                    "Uitgelegd wat de school kan doen", "informatieveBrief", "NEE"));
        }

        // ---------------------------------------------------------------- vrijstellingen (Fixture 3)

        /** MAS §7 and [000] Tabel 2A: each vrijstelling requested, met the toets, granted and its beschikking sent. */
        void vrijstellingen(String gemeente, Map<String, Integer> perGrond) {
            perGrond.forEach((grond, aantal) -> {
                for (int i = 0; i < n(aantal); i++) {
                    vrijstelling(gemeente, grond);
                }
            });
        }

        private void vrijstelling(String gemeente, String grond) {
            gevallen++;
            Zaak zaak = new Zaak();
            LocalDate ingang;
            LocalDate aanvraag;
            LocalDate einde = sj.einde();
            String schooljaar = null;
            List<String> bijlagen = List.of();
            int leeftijd;
            switch (grond) {
                case "ART_5B" -> {
                    // kennisgeving before 1 July for the coming school year (art. 5 onder b)
                    aanvraag = werkdag(datum(sj.begin().minusDays(80), sj.begin().minusDays(35)));
                    ingang = sj.begin();
                    schooljaar = sj.toString();
                    leeftijd = 6 + random.nextInt(10);
                }
                case "ART_5C" -> {
                    aanvraag = werkdag(datum(sj.begin().minusDays(40), sj.begin().plusDays(40)));
                    ingang = max(sj.begin(), aanvraag.plusDays(7));
                    schooljaar = sj.toString();
                    bijlagen = List.of("BEWIJS_INSCHRIJVING_BUITENLAND", "BEWIJS_AANWEZIGHEID_BUITENLAND");
                    leeftijd = 6 + random.nextInt(10);
                }
                case "ART_15" -> {
                    aanvraag = werkdag(datum(sj.begin().plusDays(10), sj.einde().minusDays(60)));
                    ingang = aanvraag.plusDays(14);
                    bijlagen = List.of("ALTERNATIEF_PROGRAMMA");
                    leeftijd = 16;
                }
                default -> {
                    aanvraag = werkdag(datum(sj.begin().plusDays(10), sj.einde().minusDays(60)));
                    ingang = aanvraag.plusDays(21);
                    bijlagen = "ART_5A".equals(grond) ? List.of("VERKLARING_DESKUNDIGE") : List.of();
                    leeftijd = 5 + random.nextInt(11);
                    einde = null;
                }
            }
            LocalDate geboortedatum = ingang.minusYears(leeftijd).minusDays(40 + random.nextInt(200));
            if ("ART_15".equals(grond) || einde == null) {
                einde = "ART_15".equals(grond) ? geboortedatum.plusYears(18).minusDays(1) : null;
            }
            String achternaam = achternaam();
            NieuweVrijstelling invoer = new NieuweVrijstelling(grond, aanvraag.toString(), schooljaar, "OUDERS",
                    new NieuweVrijstelling.Jongere(bsn(), voornaam(), achternaam,
                            geboortedatum.toString(), gemeente), ingang.toString(),
                    einde == null ? null : einde.toString(), bijlagen, "Synthetische aanvraag");
            op(aanvraag, () -> alsLpa(gemeente, () -> {
                Vrijstelling vrijstelling = vrijstellingen.registreer(invoer);
                zaak.vrijstellingId = vrijstelling.getId();
                zaak.processInstanceId = vrijstelling.getWerkproces().getProcessInstanceId();
                // the beschikking goes to the ouders by post (ADR 0026)
                verzorgers.toevoegen(vrijstelling.getDossier().getId(), new VerzorgerInvoer("Ouder " + achternaam,
                        "Raadhuisstraat", "1", "7001 EW", gemeente, null, null, true), "synthetisch");
            }));
            LocalDate besluit = aanvraag.plusDays(14);
            if ("ART_5A".equals(grond)) {
                op(aanvraag.plusDays(7), () -> stappen.voltooi(zaak.processInstanceId, "SociaalMedischAdviesVastleggen",
                        "sociaalMedischAdvies", "Kan geen onderwijs volgen", "onderwijskundigPerspectief",
                        "Geen perspectief op onderwijs binnen een jaar", "herbeoordelingsdatum",
                        Date.from(ingang.plusYears(1).atStartOfDay(NL).toInstant())));
            }
            op(besluit, () -> alsLpa(gemeente, () -> vrijstellingen.besluit(zaak.vrijstellingId, "VERLENEN",
                    "Voldoet aan de wettelijke eisen")));
            op(besluit.plusDays(1), () -> stappen.voltooi(zaak.processInstanceId, "VrijstellingBeschikkingVersturen",
                    "briefVerzendkanaal", "POST"));
        }

        // ---------------------------------------------------------------- verzuim 18+ (Fixture 4, Tabel 3)

        /**
         * MAS §8 and [000] Tabel 3: the meldingen over the Jongeren, recidivists two or more; the Doorstroompunt
         * contacts Jongere and school where the model asks it and closes that werkproces as solved a week later.
         */
        void verzuim18Plus() {
            SchooljaarParameters.Verzuim18Plus v = p.verzuim18Plus();
            int jongeren = n(v.uniekeJongeren());
            int[] aantal = new int[jongeren];
            for (int i = 0; i < jongeren; i++) {
                aantal[i] = i < n(v.recidive()) ? 2 : 1;
            }
            for (int extra = n(v.meldingen()) - jongeren - n(v.recidive()); extra > 0; extra--) {
                aantal[random.nextInt(Math.max(1, n(v.recidive())))]++;
            }
            List<Boolean> actie = new ArrayList<>();
            for (int i = 0; i < n(v.meldingen()); i++) {
                actie.add(i < n(v.actieGewenst()));
            }
            Collections.shuffle(actie, random);
            int a = 0;
            for (int i = 0; i < jongeren; i++) {
                int k = aantal[i];
                int afstand = Math.min(30, 300 / k);
                LocalDate eerste = werkdag(datum(sj.begin().plusDays(20),
                        sj.einde().minusDays(10L + (long) (k - 1) * afstand)));
                String gemeente = gemeente(true);
                LocalDate laatste = eerste.plusDays((long) (k - 1) * afstand);
                NieuweMelding.JongereGegevens jongere = volwassene(gemeente, eerste, laatste.plusDays(10));
                String brin = random.nextInt(5) == 0 ? "VO" : "MBO";
                for (int j = 0; j < k; j++) {
                    gevallen++;
                    Zaak zaak = new Zaak();
                    LocalDate m = werkdag(eerste.plusDays((long) j * afstand));
                    NieuweMelding melding = new NieuweMelding(volgendNummer(), Verzuimsoort.VERZUIM_18PLUS.name(),
                            m.toString(), jongere, school(brin, gemeente, jongere, m), 12 + random.nextInt(30), 0,
                            false, actie.get(a++), "Synthetische melding 18+", null, null);
                    op(m, () -> meld(zaak, melding));
                    op(m.plusDays(7), () -> {
                        if (stappen.open(zaak.processInstanceId, "ContactJongereEnSchool") != null) {
                            stappen.voltooi(zaak.processInstanceId, "ContactJongereEnSchool", "contactUitkomst18",
                                    "OPGELOST", "contactNotitie", "Afspraken met de jongere en de school");
                        }
                    });
                }
            }
        }

        // ---------------------------------------------------------------- vsv (Fixture 4, Tabel 4-7)

        /** A vsv-traject as planned: how it stands on 31 July and, when afgerond, why and when. */
        private record Traject(String gemeente, boolean nieuw, String status, String code, boolean afgerondInJaar) {
        }

        void vsv() {
            List<Traject> trajecten = new ArrayList<>();
            trajecten.addAll(vsvTrajecten(p.vsvNieuw(), true));
            trajecten.addAll(vsvTrajecten(p.vsvOud(), false));
            trajecten.forEach(this::vsv);
        }

        private List<Traject> vsvTrajecten(Map<String, SchooljaarParameters.VsvStatus> perGemeente, boolean nieuw) {
            List<String> monitoring = new ArrayList<>();
            p.vsvMonitoringResultaten().forEach((code, aantal) -> monitoring.addAll(
                    Collections.nCopies(n(nieuw ? aantal.nieuw() : aantal.oud()), code)));
            List<String> afgerond = new ArrayList<>();
            p.vsvAfgerondRedenen().forEach((code, aantal) -> afgerond.addAll(
                    Collections.nCopies(n(nieuw ? aantal.nieuw() : aantal.oud()), code)));
            Collections.shuffle(monitoring, random);
            Collections.shuffle(afgerond, random);
            List<Traject> uitOudJaar = new ArrayList<>();
            List<Traject> trajecten = new ArrayList<>();
            perGemeente.forEach((gemeente, status) -> {
                for (int i = 0; i < n(status.inBehandeling()); i++) {
                    trajecten.add(new Traject(gemeente, nieuw, "IN_BEHANDELING", null, false));
                }
                for (int i = 0; i < n(status.monitoring()); i++) {
                    trajecten.add(new Traject(gemeente, nieuw, "MONITORING", monitoring.remove(monitoring.size() - 1),
                            false));
                }
                for (int i = 0; i < n(status.afgerond()); i++) {
                    uitOudJaar.add(new Traject(gemeente, nieuw, "AFGEROND", null, false));
                }
            });
            // Tabel 6: of the old trajecten, those afgerond in the school year have a reason there; the others ended
            // before it.
            Collections.shuffle(uitOudJaar, random);
            for (Traject traject : uitOudJaar) {
                if (!afgerond.isEmpty()) {
                    trajecten.add(new Traject(traject.gemeente(), nieuw, "AFGEROND",
                            afgerond.remove(afgerond.size() - 1), true));
                } else {
                    String[] eerder = {"SCHOOL", "SCHOOL", "STARTKWALIFICATIE_BEHAALD", "OVERIG"};
                    trajecten.add(new Traject(traject.gemeente(), nieuw, "AFGEROND",
                            eerder[random.nextInt(eerder.length)], false));
                }
            }
            return trajecten;
        }

        /**
         * MAS §8: a vsv-melding of a Jongere of 18-22 without startkwalificatie; contact, begeleiding and monitoring
         * with a check three months later (the model's timer), or afronden for school, a startkwalificatie or
         * another reason, or the 23rd birthday (geen doelgroep meer). The Jongere is under 23 as long as the traject
         * runs, so no upper-age timer falls due unplanned.
         */
        private void vsv(Traject traject) {
            gevallen++;
            Zaak zaak = new Zaak();
            boolean eindigtInJaar = traject.afgerondInJaar();
            LocalDate uitval;
            if (traject.nieuw()) {
                LocalDate laatsteUitval = "MONITORING".equals(traject.status()) ? sj.einde().minusDays(130)
                        : sj.einde().minusDays(40);
                uitval = datum(sj.begin(), laatsteUitval);
            } else {
                // from three weeks into the first of the four years: 18 on the melding and 22 still on 31 July
                uitval = datum(sj.begin().minusYears(4).plusDays(21), eindigtInJaar || !"AFGEROND".equals(traject.status())
                        ? sj.begin().minusDays(30) : sj.begin().minusDays(150));
            }
            LocalDate m = werkdag(uitval.plusDays(random.nextInt(8)));
            LocalDate afronden = null;
            LocalDate verjaardag23 = null;
            if ("AFGEROND".equals(traject.status())) {
                if ("GEEN_DOELGROEP_MEER".equals(traject.code())) {
                    verjaardag23 = datum(max(m.plusDays(20), sj.begin()), sj.einde().minusDays(1));
                } else if (eindigtInJaar) {
                    afronden = werkdag(datum(max(m.plusDays(20), sj.begin()), sj.einde().minusDays(3)));
                } else {
                    afronden = werkdag(datum(m.plusDays(20), min(m.plusDays(200), sj.begin().minusDays(10))));
                }
            }
            LocalDate jongerDan23Tot = afronden != null ? afronden.plusDays(10) : sj.einde().plusDays(1);
            LocalDate geboortedatum = verjaardag23 != null ? verjaardag23.minusYears(23)
                    : datum(jongerDan23Tot.minusYears(23).plusDays(1), m.minusYears(18));
            NieuweMelding.JongereGegevens jongere = new NieuweMelding.JongereGegevens(bsn(),
                    voornaam(), achternaam(),
                    geboortedatum.toString(), traject.gemeente(), false);
            NieuweMelding melding = new NieuweMelding(volgendNummer(), Verzuimsoort.VSV.name(), m.toString(), jongere,
                    null, 0, 0, false, null, "Uitgeschreven zonder startkwalificatie", uitval.toString(), null);
            op(m, () -> meld(zaak, melding));
            if ("IN_BEHANDELING".equals(traject.status()) && random.nextBoolean()) {
                return; // not reached yet
            }
            op(m.plusDays(5), () -> stappen.voltooi(zaak.processInstanceId, "ContactLeggen", "contactSoort",
                    "TELEFOON", "contactDatum", nu(), "contactUitkomst", "BEREIKT"));
            switch (traject.status()) {
                case "MONITORING" -> {
                    op(m.plusDays(15), () -> stappen.voltooi(zaak.processInstanceId, "Begeleiden",
                            "begeleidingUitkomst", "MONITORING", "monitoringResultaat", traject.code()));
                    op(m.plusDays(15).plusMonths(3).plusDays(1), () -> {
                        vuurTimer(zaak, "ControleMoment");
                        stappen.voltooi(zaak.processInstanceId, "Monitoringcontrole", "monitoringResultaat",
                                traject.code(), "monitoringVervolg", "DOORGAAN");
                    });
                }
                case "AFGEROND" -> {
                    if (verjaardag23 != null) {
                        op(verjaardag23.plusDays(1), () -> vuurTimer(zaak, "BovengrensLeeftijd"));
                    } else {
                        op(afronden, () -> stappen.voltooi(zaak.processInstanceId, "Begeleiden",
                                "begeleidingUitkomst", "AFRONDEN", "afrondReden", traject.code(),
                                "begeleidingNotitie", "Afgerond: " + traject.code().toLowerCase()));
                    }
                }
                default -> {
                    // in behandeling: reached, begeleiding runs
                }
            }
        }

        // ---------------------------------------------------------------- helpers

        private void meld(Zaak zaak, NieuweMelding melding) {
            IntakeService.Ontvangen ontvangen = intake.ontvang(melding);
            zaak.processInstanceId = ontvangen.processInstanceId();
            zaak.werkprocesId = ontvangen.werkprocesId();
        }

        /** Fires the instance's timer of {@code activiteit}; the walk plans that step on or after its due date. */
        private void vuurTimer(Zaak zaak, String activiteit) {
            if (stappen.vervaldatum(zaak.processInstanceId, activiteit) == null) {
                throw new IllegalStateException("Geen timer " + activiteit + " in " + zaak.processInstanceId);
            }
            stappen.vuurTimer(zaak.processInstanceId, activiteit);
        }

        private java.time.Clock klok() {
            return new EngineKlok(NL);
        }

        private Date nu() {
            return Date.from(Instant.now(klok()));
        }

        private LocalDate vandaag() {
            return LocalDate.now(klok());
        }

        private void alsLpa(String gemeente, Runnable actie) {
            String sleutel = Gemeente.sleutelVan(gemeente);
            SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                    "lpa-" + sleutel, null, List.of(new SimpleGrantedAuthority(Teams.LEERPLICHT_PREFIX + sleutel),
                    new SimpleGrantedAuthority(Teams.BOA_PREFIX + sleutel))));
            try {
                actie.run();
            } finally {
                SecurityContextHolder.clearContext();
            }
        }

        /** The BOA of the gemeente (MAS §10: processen-verbaal are politiegegevens). */
        private void alsBoa(String gemeente, Runnable actie) {
            alsLpa(gemeente, actie);
        }

        private String volgendNummer() {
            return prefix + "%06d".formatted(++meldingnummer);
        }

        /** A gemeente by its weight in Jongeren of 5-18 or, for {@code volwassen}, 18-23. */
        private String gemeente(boolean volwassen) {
            int[] gewichten = p.gemeenten().stream()
                    .mapToInt(g -> volwassen ? g.jongvolwassen() : g.jeugd()).toArray();
            return p.gemeenten().get(DemoData.kies(random, gewichten)).naam();
        }

        /**
         * A Jongere of {@code leeftijd} on {@code meldingsdatum} (at least 40 days past the birthday, MAS §2), still
         * under 18 two months after {@code tot}, so no hand-over to the Doorstroompunt falls in the walk.
         */
        private NieuweMelding.JongereGegevens jongere(String gemeente, int leeftijd, LocalDate meldingsdatum,
                                                       LocalDate tot) {
            LocalDate geboortedatum = meldingsdatum.minusYears(leeftijd).minusDays(40 + random.nextInt(280));
            LocalDate uiterlijk = tot.plusMonths(2).minusYears(18);
            if (!geboortedatum.isAfter(uiterlijk)) {
                geboortedatum = uiterlijk.plusDays(1 + random.nextInt(30));
            }
            return new NieuweMelding.JongereGegevens(bsn(), voornaam(),
                    achternaam(), geboortedatum.toString(), gemeente);
        }

        /** A Jongere of 18 to 22 from {@code van} to {@code tot}. */
        private NieuweMelding.JongereGegevens volwassene(String gemeente, LocalDate van, LocalDate tot) {
            LocalDate geboortedatum = datum(tot.minusYears(23).plusDays(1), van.minusYears(18));
            return new NieuweMelding.JongereGegevens(bsn(), voornaam(),
                    achternaam(), geboortedatum.toString(), gemeente);
        }

        /**
         * The school of a melding of onderwijssoort group {@code groep}: one of the Jongere's gemeente when the
         * parameters have one, else one of the regio; none for GEEN_ONDERWIJS. SO and SBO for the youngest.
         */
        private NieuweMelding.SchoolGegevens school(String groep, String gemeente, NieuweMelding.JongereGegevens jongere,
                                                    LocalDate op) {
            int leeftijd = (int) ChronoUnit.YEARS.between(LocalDate.parse(jongere.geboortedatum()), op);
            List<String> soorten = switch (groep) {
                case "BO_SBO" -> random.nextInt(5) == 0 ? List.of("SBO") : List.of("PO");
                case "VSO_SO" -> leeftijd < 12 ? List.of("SO") : List.of("VSO");
                case "VO" -> List.of("VO");
                case "MBO" -> List.of("MBO");
                default -> List.of();
            };
            if (soorten.isEmpty()) {
                return null;
            }
            List<SchooljaarParameters.SchoolParameter> kandidaten = p.scholen().stream()
                    .filter(s -> soorten.contains(s.onderwijssoort()) && gemeente.equals(s.gemeente())).toList();
            if (kandidaten.isEmpty()) {
                kandidaten = p.scholen().stream().filter(s -> soorten.contains(s.onderwijssoort())).toList();
            }
            SchooljaarParameters.SchoolParameter school = kandidaten.get(random.nextInt(kandidaten.size()));
            return new NieuweMelding.SchoolGegevens(school.brin(), school.naam(), school.onderwijssoort());
        }

        private String voornaam() {
            return DemoData.VOORNAMEN[random.nextInt(DemoData.VOORNAMEN.length)];
        }

        private String achternaam() {
            return DemoData.ACHTERNAMEN[random.nextInt(DemoData.ACHTERNAMEN.length)];
        }

        /** A unique BSN passing the 11-proef; generated BSNs start with 8 (the demo's with 9). */
        private String bsn() {
            String bsn = null;
            while (bsn == null) {
                bsn = Bsn.metControlecijfer("8%07d".formatted(bsnTeller++));
            }
            return bsn;
        }

        /** A day from {@code van} to {@code tot} inclusive; {@code van} when the range is empty. */
        private LocalDate datum(LocalDate van, LocalDate tot) {
            long dagen = ChronoUnit.DAYS.between(van, tot);
            return dagen <= 0 ? van : van.plusDays(random.nextLong(dagen + 1));
        }
    }

    /** Saturday and Sunday move to Monday: officers and schools work on weekdays. */
    private static LocalDate werkdag(LocalDate dag) {
        return switch (dag.getDayOfWeek()) {
            case SATURDAY -> dag.plusDays(2);
            case SUNDAY -> dag.plusDays(1);
            default -> dag;
        };
    }

    private static void wacht(Future<?> stap) {
        try {
            stap.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Synthetisch schooljaar onderbroken", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException fout ? fout : new IllegalStateException(e.getCause());
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
