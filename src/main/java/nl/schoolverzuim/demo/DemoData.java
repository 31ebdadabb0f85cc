package nl.schoolverzuim.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
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
import nl.schoolverzuim.melding.IntakeService;
import nl.schoolverzuim.melding.NieuweMelding;
import nl.schoolverzuim.organisatie.Gemeente;
import nl.schoolverzuim.organisatie.GemeenteRepository;
import nl.schoolverzuim.organisatie.Onderwijssoort;
import nl.schoolverzuim.organisatie.Regio;
import nl.schoolverzuim.organisatie.RegioRepository;
import nl.schoolverzuim.organisatie.Samenwerkingsverband;
import nl.schoolverzuim.organisatie.SamenwerkingsverbandRepository;
import nl.schoolverzuim.organisatie.School;
import nl.schoolverzuim.organisatie.SchoolRepository;
import nl.schoolverzuim.organisatie.Teams;
import nl.schoolverzuim.toegang.IdentityInrichting;
import nl.schoolverzuim.vrijstellingen.NieuweVerlofaanvraag;
import nl.schoolverzuim.vrijstellingen.NieuweVrijstelling;
import nl.schoolverzuim.vrijstellingen.VerlofAanvragen;
import nl.schoolverzuim.vrijstellingen.Vrijstelling;
import nl.schoolverzuim.vrijstellingen.VrijstellingAanvragen;

/**
 * The demo (default profile, first start only): the Achterhoek region of [000] with its 9 gemeenten, schools of
 * each onderwijssoort, a login per role (password "demo") and meldingen in roughly the proportions of [000]
 * Tabel 1A-1I, all through the real intake so every inbox has work, and one Jongere walked down each inner path of the
 * models ({@link DemoPaden}). Deterministic: the same data on every machine.
 */
@Component
@Profile("demo")
@Order(20)
class DemoData implements ApplicationRunner {

    static final String REGIO = "achterhoek";
    static final String WACHTWOORD = "demo";
    static final String TWEEDE_LPA = "lpa-doetinchem-2";

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    /** [000] Tabel 1 (Fixture 7): CBS code, name, Jongeren 5-18 and 18-23, used as weights. */
    private static final List<DemoGemeente> GEMEENTEN = List.of(
            new DemoGemeente("GM0197", "Aalten", 3_789, 1_511),
            new DemoGemeente("GM1859", "Berkelland", 5_576, 2_504),
            new DemoGemeente("GM1876", "Bronckhorst", 4_382, 2_103),
            new DemoGemeente("GM0221", "Doesburg", 1_254, 555),
            new DemoGemeente("GM0222", "Doetinchem", 8_092, 3_522),
            new DemoGemeente("GM1955", "Montferland", 4_422, 2_087),
            new DemoGemeente("GM1586", "Oost Gelre", 3_967, 1_700),
            new DemoGemeente("GM1509", "Oude IJsselstreek", 4_979, 2_282),
            new DemoGemeente("GM0294", "Winterswijk", 3_741, 1_710));

    /**
     * [000] Tabel 1A-1I (Fixture 2) per Verzuimsoort: meldingen per onderwijsgroep (S)BO, (V)SO, VO, MBO, geen
     * onderwijs. The 18+ soorten are not in those tables; their weights give the Doorstroompunt an inbox too.
     */
    private static final Map<Verzuimsoort, int[]> VERDELING = new EnumMap<>(Map.of(
            Verzuimsoort.ABSOLUUT, new int[] {40, 30, 68, 30, 194},
            Verzuimsoort.WETTELIJK, new int[] {43, 48, 380, 289, 0},
            Verzuimsoort.LANGDURIG_RELATIEF, new int[] {1, 0, 13, 3, 0},
            Verzuimsoort.LUXE, new int[] {26, 1, 49, 0, 0},
            Verzuimsoort.OVERIG, new int[] {69, 66, 510, 88, 5},
            Verzuimsoort.INFORMATIE_ADVIES, new int[] {66, 48, 112, 29, 11},
            Verzuimsoort.VERZUIM_18PLUS, new int[] {0, 0, 20, 140, 0},
            Verzuimsoort.VSV, new int[] {0, 0, 10, 80, 0},
            Verzuimsoort.ZORG_PREVENTIE, new int[] {0, 0, 0, 50, 0}));

    static final String[] VOORNAMEN = {"Sanne", "Daan", "Emma", "Noah", "Julia", "Sem", "Tess", "Lucas",
            "Mila", "Finn", "Zoë", "Levi", "Lotte", "Milan", "Sara", "Jesse", "Evi", "Thijs", "Noor", "Bram", "Yara",
            "Luuk", "Fenna", "Mohammed", "Amira", "Jayden", "Lieke", "Stijn", "Iris", "Ravi", "Femke", "Ilse"};
    static final String[] ACHTERNAMEN = {"de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer",
            "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer",
            "Wijnbergen", "Roerdink", "Te Brake", "Hulshof", "Wolters", "Ten Have", "Nijhof", "Kamphuis", "Lensink",
            "Ebbers", "Garcia", "Yilmaz", "El Amrani", "Nguyen", "Kremer", "Eppink"};

    private static final String[] OUDERS = {"Anouk", "Mark", "Sandra", "Peter", "Fatima", "Ahmed", "Linda", "Erik",
            "Monique", "Hans", "Esra", "Dennis"};
    private static final String[] STRATEN = {"Dorpsstraat", "Kerkstraat", "Molenweg", "Schoolstraat", "Stationsweg",
            "Beukenlaan", "Grutstraat", "Varsseveldseweg"};
    private static final String LETTERS = "ABCDEGHJKLMNPRTVWXZ";

    private record DemoGemeente(String cbsCode, String naam, int jeugd, int jongvolwassen) {
    }

    private final RegioRepository regios;
    private final GemeenteRepository gemeenten;
    private final SchoolRepository scholen;
    private final SamenwerkingsverbandRepository samenwerkingsverbanden;
    private final IdentityInrichting identiteit;
    private final IntakeService intake;
    private final DemoPaden paden;
    private final VrijstellingAanvragen aanvragen;
    private final VerlofAanvragen verlof;
    private final Verzorgers verzorgers;
    private final ManagementService managementService;
    private final TransactionTemplate transactie;
    private final TaskService taken;
    private final IdentityService identity;
    private final Clock clock;
    private final int aantalMeldingen;

    DemoData(RegioRepository regios, GemeenteRepository gemeenten, SchoolRepository scholen,
             SamenwerkingsverbandRepository samenwerkingsverbanden, IdentityInrichting identiteit, IntakeService intake,
             DemoPaden paden, VrijstellingAanvragen aanvragen, VerlofAanvragen verlof, Verzorgers verzorgers,
             ManagementService managementService, TransactionTemplate transactie, TaskService taken,
             IdentityService identity, Clock clock,
             @Value("${schoolverzuim.demo.aantal-meldingen}") int aantalMeldingen) {
        this.regios = regios;
        this.gemeenten = gemeenten;
        this.scholen = scholen;
        this.samenwerkingsverbanden = samenwerkingsverbanden;
        this.identiteit = identiteit;
        this.intake = intake;
        this.paden = paden;
        this.aanvragen = aanvragen;
        this.verlof = verlof;
        this.verzorgers = verzorgers;
        this.managementService = managementService;
        this.transactie = transactie;
        this.taken = taken;
        this.identity = identity;
        this.clock = clock;
        this.aantalMeldingen = aantalMeldingen;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (regios.findByCode(REGIO).isPresent()) {
            // Later starts only bring the demo logins in line with the current team rules (idempotent).
            gebruikers();
            return;
        }
        LOG.info("Eerste start met demoprofiel: regio Achterhoek, demogebruikers en {} meldingen worden aangemaakt",
                aantalMeldingen);
        long begin = System.nanoTime();
        Map<Onderwijssoort, List<School>> scholenPerSoort = transactie.execute(status -> organisatie());
        identiteit.synchroniseer();
        gebruikers();
        meldingen(scholenPerSoort);
        long padenBegin = System.nanoTime();
        if (aantalMeldingen > 0) {
            paden.loop(scholenPerSoort.get(Onderwijssoort.VO).get(0), scholenPerSoort.get(Onderwijssoort.MBO).get(0));
        }
        long padenDuur = System.nanoTime() - padenBegin;
        vrijstellingen(scholenPerSoort.get(Onderwijssoort.VO).get(0));
        verdeelWerk();
        LOG.info("Demo aangemaakt in {} ms, waarvan de bewandelde paden {} ms", (System.nanoTime() - begin) / 1_000_000,
                padenDuur / 1_000_000);
    }

    private Map<Onderwijssoort, List<School>> organisatie() {
        Regio regio = regios.save(new Regio(REGIO, "Achterhoek"));
        Samenwerkingsverband swv = samenwerkingsverbanden.save(
                new Samenwerkingsverband("swv-vo-achterhoek", "Samenwerkingsverband VO Achterhoek"));
        GEMEENTEN.forEach(g -> {
            Gemeente gemeente = new Gemeente(g.cbsCode(), g.naam(), regio);
            gemeente.setSamenwerkingsverband(swv);
            gemeenten.save(gemeente);
        });
        Map<Onderwijssoort, List<School>> perSoort = new EnumMap<>(Onderwijssoort.class);
        String[][] namen = {
                {"PO", "Basisschool De Zonnewijzer", "Basisschool Het Vlinderveld", "Kindcentrum De Bongerd"},
                {"SBO", "SBO De Sprong"},
                {"SO", "SO De Piramide"},
                {"VSO", "VSO Het Zwanenveld"},
                {"VO", "Houtkamp College", "Achterhoeks Lyceum", "Scholengemeenschap Berkelstroom",
                        "Praktijkschool De Hoven"},
                {"MBO", "Graafschap Vakcollege", "Agrarisch Opleidingscentrum Oost"},
                {"VAVO", "VAVO Achterhoek"}};
        int volgnummer = 10;
        for (String[] rij : namen) {
            Onderwijssoort soort = Onderwijssoort.valueOf(rij[0]);
            for (int i = 1; i < rij.length; i++) {
                String brin = volgnummer++ + "" + (char) ('A' + i) + (char) ('A' + soort.ordinal());
                perSoort.computeIfAbsent(soort, s -> new ArrayList<>()).add(scholen.save(new School(brin, rij[i], soort)));
            }
        }
        return perSoort;
    }

    private void gebruikers() {
        for (DemoGemeente gemeente : GEMEENTEN) {
            String sleutel = Gemeente.sleutelVan(gemeente.naam());
            // The first LPA of every gemeente is also its BOA (Wpg, MAS §10): draws up and reads processen-verbaal.
            identiteit.gebruiker("lpa-" + sleutel, "Leerplichtambtenaar", gemeente.naam(), WACHTWOORD,
                    List.of(Teams.LEERPLICHT_PREFIX + sleutel, Teams.BOA_PREFIX + sleutel));
        }
        // The largest gemeente has a second officer, so the teamleider can reassign work within a team (/toezicht).
        // Not a BOA: a team member who reads the werkproces but none of its processen-verbaal.
        identiteit.gebruiker(TWEEDE_LPA, "Tweede leerplichtambtenaar", "Doetinchem", WACHTWOORD,
                List.of(Teams.LEERPLICHT_PREFIX + "doetinchem"));
        identiteit.gebruiker("dsp-achterhoek-1", "Consulent", "Doorstroompunt 1", WACHTWOORD,
                List.of(Teams.DOORSTROOMPUNT_PREFIX + REGIO));
        identiteit.gebruiker("dsp-achterhoek-2", "Consulent", "Doorstroompunt 2", WACHTWOORD,
                List.of(Teams.DOORSTROOMPUNT_PREFIX + REGIO));
        // The teamleider leads every team of the regio: the LPAs of its gemeenten and its Doorstroompunt.
        List<String> team = new ArrayList<>(List.of(Teams.TEAMLEIDER, Teams.TEAMLEIDER_PREFIX + REGIO,
                Teams.DOORSTROOMPUNT_PREFIX + REGIO));
        GEMEENTEN.forEach(gemeente -> team.add(Teams.LEERPLICHT_PREFIX + Gemeente.sleutelVan(gemeente.naam())));
        identiteit.gebruiker("teamleider", "Teamleider", "Achterhoek", WACHTWOORD, team);
        identiteit.gebruiker("privacy", "Privacyfunctionaris", "Achterhoek", WACHTWOORD, List.of(Teams.PRIVACY));
        // The voorzitter of this regio's tafel only (MAS §10); a demo database of earlier versions made it national.
        identiteit.gebruiker("voorzitter", "Voorzitter", "Thuiszitterstafel", WACHTWOORD,
                List.of(Teams.TAFELVOORZITTER_PREFIX + REGIO));
        if (identity.createUserQuery().userId("voorzitter").memberOfGroup(Teams.TAFELVOORZITTER).count() > 0) {
            identity.deleteMembership("voorzitter", Teams.TAFELVOORZITTER);
        }
        identiteit.gebruiker("procesontwerper", "Procesontwerper", "Achterhoek", WACHTWOORD,
                List.of(Teams.PROCESONTWERPER));
        identiteit.gebruiker("admin", "Beheerder", "Demo", WACHTWOORD, List.of(Teams.BEHEERDER));
    }

    private void meldingen(Map<Onderwijssoort, List<School>> scholenPerSoort) {
        Random random = new Random(2024);
        LocalDate vandaag = LocalDate.now(clock);
        Map<Verzuimsoort, Integer> aantallen = aantallenPerSoort();
        Map<Onderwijssoort, List<NieuweMelding.JongereGegevens>> eerder = new EnumMap<>(Onderwijssoort.class);
        int nummer = 0;
        for (Map.Entry<Verzuimsoort, Integer> soort : aantallen.entrySet()) {
            for (int i = 0; i < soort.getValue(); i++) {
                Verzuimsoort verzuimsoort = soort.getKey();
                int groep = kies(random, VERDELING.get(verzuimsoort));
                Onderwijssoort onderwijssoort = onderwijssoort(groep, random);
                if (onderwijssoort == null && verzuimsoort.vereistSchool()) {
                    onderwijssoort = Onderwijssoort.VO;
                }
                boolean volwassen = verzuimsoort == Verzuimsoort.VERZUIM_18PLUS || verzuimsoort == Verzuimsoort.VSV
                        || (verzuimsoort == Verzuimsoort.ZORG_PREVENTIE && random.nextBoolean());
                int leeftijd = volwassen ? 18 + random.nextInt(5) : leeftijd(onderwijssoort, verzuimsoort, random);
                LocalDate meldingsdatum = meldingsdatum(vandaag, random);
                // About one in ten meldingen is about a pupil of the same kind of school who was reported before:
                // one Dossier, several meldingen.
                List<NieuweMelding.JongereGegevens> bekend = onderwijssoort == null || volwassen ? List.of()
                        : eerder.computeIfAbsent(onderwijssoort, s -> new ArrayList<>());
                NieuweMelding.JongereGegevens jongere = !bekend.isEmpty() && random.nextInt(10) == 0
                        ? bekend.get(random.nextInt(bekend.size()))
                        : nieuweJongere(random, meldingsdatum, leeftijd, volwassen);
                // Only pupils far from the age bounds (MAS §2) are re-used, so an earlier or later date still fits.
                if (!bekend.contains(jongere) && onderwijssoort != null && !volwassen && leeftijd >= 6 && leeftijd <= 16) {
                    bekend.add(jongere);
                }
                School school = onderwijssoort == null ? null
                        : scholenPerSoort.get(onderwijssoort).get(random.nextInt(scholenPerSoort.get(onderwijssoort).size()));
                boolean viaDuo = verzuimsoort != Verzuimsoort.INFORMATIE_ADVIES;
                int uren = uren(verzuimsoort, random);
                NieuweMelding melding = new NieuweMelding(
                        viaDuo ? "DUO-DEMO-%05d".formatted(++nummer) : null,
                        verzuimsoort.name(), meldingsdatum.toString(), jongere,
                        school == null ? null : new NieuweMelding.SchoolGegevens(school.getBrin(), school.getNaam(),
                                school.getOnderwijssoort().name()),
                        uren, verzuimsoort == Verzuimsoort.OVERIG ? random.nextInt(20) : 0,
                        verzuimsoort == Verzuimsoort.OVERIG && uren >= 6 && uren <= 10,
                        verzuimsoort == Verzuimsoort.VERZUIM_18PLUS ? random.nextInt(10) < 6 : null,
                        "Demomelding " + verzuimsoort.omschrijving().toLowerCase(), null,
                        volwassen ? null : ouders(jongere));
                intake.ontvang(melding);
            }
        }
    }

    /**
     * Vrijstellingen and verlof in Doetinchem (MAS §7), walked through the API and the engine as its LPA: an art. 5a
     * aanvraag awaiting the sociaal-medisch advies and an art. 15 aanvraag that fails the toets awaiting the besluit
     * (AANGEVRAAGD), a granted art. 5c (VERLEEND), a refused art. 5b with a late kennisgeving (AFGEWEZEN), an art. 3b
     * whose einddatum passed (VERLOPEN) and one revoked (INGETROKKEN); verlof of more than 10 school days to decide,
     * granted and refused. Each Dossier has ouders with an address, so the beschikking can be sent.
     */
    private void vrijstellingen(School school) {
        if (aantalMeldingen == 0) {
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("lpa-doetinchem",
                null, List.of(new SimpleGrantedAuthority(Teams.LEERPLICHT_PREFIX + "doetinchem"))));
        try {
            Random random = new Random(2026);
            LocalDate vandaag = LocalDate.now(clock);
            Schooljaar schooljaar = Schooljaar.van(vandaag);
            vrijstelling(random, "ART_5A", vandaag, null, 10, vandaag.plusDays(14), null,
                    List.of("VERKLARING_DESKUNDIGE"), null);
            vrijstelling(random, "ART_15", vandaag, null, 15, vandaag.plusDays(14), schooljaar.einde(), List.of(), null);
            vrijstelling(random, "ART_5C", vandaag, schooljaar.toString(), 12, vandaag, schooljaar.einde(),
                    List.of("BEWIJS_INSCHRIJVING_BUITENLAND", "BEWIJS_AANWEZIGHEID_BUITENLAND"), "VERLENEN");
            vrijstelling(random, "ART_5B", vandaag, schooljaar.toString(), 9, vandaag, schooljaar.einde(), List.of(),
                    "AFWIJZEN");
            // Art. 3b is not renewable (decision vrijstelling-verlengbaar): at its einddatum it expires.
            Vrijstelling verlopen = vrijstelling(random, "ART_3B", vandaag.minusMonths(6), null, 11,
                    vandaag.minusMonths(5), vandaag.minusDays(1), List.of(), "VERLENEN");
            String verloopt = verlopen.getWerkproces().getProcessInstanceId();
            managementService.createJobQuery().processInstanceId(verloopt).timers().list().forEach(job -> {
                try {
                    managementService.executeJob(job.getId());
                } catch (OptimisticLockingException e) {
                    LOG.debug("De verlopen vrijstelling is al door de job executor afgehandeld");
                }
            });
            Vrijstelling ingetrokken = vrijstelling(random, "ART_3B", vandaag.minusMonths(2), null, 13,
                    vandaag.minusMonths(1), schooljaar.einde(), List.of(), "VERLENEN");
            aanvragen.trekIn(ingetrokken.getId(), "De jongere gaat weer naar school.");
            verlof(random, school, vandaag.plusWeeks(3), null);
            verlof(random, school, vandaag.plusWeeks(5), "VERLENEN");
            verlof(random, school, vandaag.plusWeeks(7), "AFWIJZEN");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Registered and, with a besluit, decided and its beschikking sent by post to the ouders. */
    private Vrijstelling vrijstelling(Random random, String grond, LocalDate aanvraagdatum, String schooljaar,
                                      int leeftijd, LocalDate ingang, LocalDate einde, List<String> bijlagen,
                                      String besluit) {
        LocalDate geboortedatum = ingang.minusYears(leeftijd).minusDays(32 + random.nextInt(200));
        String voornaam = VOORNAMEN[random.nextInt(VOORNAMEN.length)];
        String achternaam = ACHTERNAMEN[random.nextInt(ACHTERNAMEN.length)];
        Vrijstelling vrijstelling = aanvragen.registreer(new NieuweVrijstelling(grond, aanvraagdatum.toString(),
                schooljaar, "OUDERS", new NieuweVrijstelling.Jongere(bsn(random), voornaam, achternaam,
                geboortedatum.toString(), "Doetinchem"), ingang.toString(), einde == null ? null : einde.toString(),
                bijlagen, "Demo-aanvraag"));
        ouders(vrijstelling.getDossier().getId(), achternaam, random);
        if (besluit != null) {
            String proces = vrijstelling.getWerkproces().getProcessInstanceId();
            aanvragen.besluit(vrijstelling.getId(), besluit, "Demobesluit");
            beschikkingVerstuurd(proces);
        }
        return vrijstelling;
    }

    /** Verlof over five weeks from {@code van}: always more than 10 school days, so the LPA decides (MAS §7). */
    private void verlof(Random random, School school, LocalDate van, String besluit) {
        LocalDate geboortedatum = van.minusYears(12 + random.nextInt(4)).minusDays(32 + random.nextInt(200));
        String achternaam = ACHTERNAMEN[random.nextInt(ACHTERNAMEN.length)];
        VerlofAanvragen.Aangevraagd aanvraag = verlof.aanvragen(new NieuweVerlofaanvraag(
                new NieuweVerlofaanvraag.Jongere(bsn(random), VOORNAMEN[random.nextInt(VOORNAMEN.length)], achternaam,
                        geboortedatum.toString(), "Doetinchem"),
                new NieuweVerlofaanvraag.School(school.getBrin(), school.getNaam(),
                        school.getOnderwijssoort().name()), van.toString(),
                van.plusWeeks(5).minusDays(3).toString(), "Werk van een ouder in het seizoen (demo)",
                LocalDate.now(clock).toString()));
        ouders(aanvraag.dossierId(), achternaam, random);
        if (besluit != null) {
            Task taak = taken.createTaskQuery().processInstanceId(aanvraag.processInstanceId()).singleResult();
            taken.complete(taak.getId(), Map.of("besluit", besluit, "motivering", "Demobesluit"));
            beschikkingVerstuurd(aanvraag.processInstanceId());
        }
    }

    /** The open letter step of the werkproces, completed as the Tasklist form does: sent by post. */
    private void beschikkingVerstuurd(String processInstanceId) {
        Task taak = taken.createTaskQuery().processInstanceId(processInstanceId).singleResult();
        taken.complete(taak.getId(), Map.of("briefVerzendkanaal", "POST"));
    }

    /** An ouder with an address, entered on the Dossier as an officer does, for the beschikking (ADR 0026). */
    private void ouders(Long dossierId, String achternaam, Random random) {
        verzorgers.toevoegen(dossierId, new VerzorgerInvoer(OUDERS[random.nextInt(OUDERS.length)] + " " + achternaam,
                STRATEN[random.nextInt(STRATEN.length)], Integer.toString(1 + random.nextInt(120)),
                "%04d %c%c".formatted(7000 + random.nextInt(300), LETTERS.charAt(random.nextInt(LETTERS.length())),
                        LETTERS.charAt(random.nextInt(LETTERS.length()))), "Doetinchem", null, null, true), "demo");
    }

    /**
     * Every second task of each team claimed by its officers in turn, so /toezicht shows work per officer and every
     * team's "Ongeclaimd" inbox keeps work.
     */
    private void verdeelWerk() {
        for (Group team : identity.createGroupQuery().groupType(Groups.GROUP_TYPE_WORKFLOW).list()) {
            List<String> leden = identity.createUserQuery().memberOfGroup(team.getId()).orderByUserId().asc().list()
                    .stream().map(User::getId).toList();
            List<Task> werk = taken.createTaskQuery().taskCandidateGroup(team.getId()).orderByTaskId().asc().list();
            for (int i = 1; i < werk.size() && !leden.isEmpty(); i += 2) {
                taken.setAssignee(werk.get(i).getId(), leden.get(i / 2 % leden.size()));
            }
        }
    }

    private Map<Verzuimsoort, Integer> aantallenPerSoort() {
        int totaal = VERDELING.values().stream().mapToInt(DemoData::som).sum();
        Map<Verzuimsoort, Integer> aantallen = new LinkedHashMap<>();
        // Every soort at least once when there is a demo at all, so each werkproces can be seen.
        VERDELING.forEach((soort, rij) -> aantallen.put(soort, aantalMeldingen == 0 ? 0
                : Math.max(1, Math.round((float) som(rij) * aantalMeldingen / totaal))));
        return aantallen;
    }

    private NieuweMelding.JongereGegevens nieuweJongere(Random random, LocalDate meldingsdatum, int leeftijd,
                                                        boolean volwassen) {
        // At least 32 days past the birthday: a 5-year-old is then leerplichtig, whose birthday fell in an earlier
        // month (MAS §2: leerplicht from the first day of the month after the 5th birthday).
        LocalDate geboortedatum = meldingsdatum.minusYears(leeftijd).minusDays(32 + random.nextInt(329));
        int[] gewichten = GEMEENTEN.stream().mapToInt(g -> volwassen ? g.jongvolwassen() : g.jeugd()).toArray();
        DemoGemeente woongemeente = GEMEENTEN.get(kies(random, gewichten));
        return new NieuweMelding.JongereGegevens(random.nextInt(5) == 0 ? null : bsn(random),
                VOORNAMEN[random.nextInt(VOORNAMEN.length)], ACHTERNAMEN[random.nextInt(ACHTERNAMEN.length)],
                geboortedatum.toString(), woongemeente.naam());
    }

    /**
     * The ouders a school reports with a minor: the same every time the same Jongere is reported (so a repeated
     * melding adds no one), one or two, the first with an address; about one Jongere in eight has none, whose letters
     * to the ouders cannot be finalised. Their own random numbers, so the rest of the demo stays as it was.
     */
    private static List<NieuweMelding.OuderGegevens> ouders(NieuweMelding.JongereGegevens jongere) {
        Random random = new Random(Objects.hash(jongere.voornaam(), jongere.achternaam(), jongere.geboortedatum()));
        if (random.nextInt(8) == 0) {
            return null;
        }
        String voornaam = OUDERS[random.nextInt(OUDERS.length)];
        String postcode = "%04d %c%c".formatted(7000 + random.nextInt(300), LETTERS.charAt(random.nextInt(LETTERS.length())),
                LETTERS.charAt(random.nextInt(LETTERS.length())));
        List<NieuweMelding.OuderGegevens> ouders = new ArrayList<>();
        ouders.add(new NieuweMelding.OuderGegevens(voornaam + " " + jongere.achternaam(),
                new NieuweMelding.AdresGegevens(STRATEN[random.nextInt(STRATEN.length)],
                        Integer.toString(1 + random.nextInt(120)), postcode, jongere.woongemeente()),
                "06 %08d".formatted(random.nextInt(100_000_000)), random.nextInt(3) == 0 ? null
                        : (voornaam + "." + jongere.achternaam()).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "")
                        + "@example.nl", true));
        if (random.nextBoolean()) {
            ouders.add(new NieuweMelding.OuderGegevens(OUDERS[random.nextInt(OUDERS.length)] + " "
                    + ACHTERNAMEN[random.nextInt(ACHTERNAMEN.length)], null, null, null, null));
        }
        return ouders;
    }

    /** A random number passing the 11-proef; demo BSNs start with 9 (not issued to real people). */
    private static String bsn(Random random) {
        String bsn = null;
        while (bsn == null) {
            bsn = Bsn.metControlecijfer("9%07d".formatted(random.nextInt(10_000_000)));
        }
        return bsn;
    }

    /**
     * A live team's inbox, relative to today: most meldingen of the last week (triage due within 5 werkdagen, MAS
     * §5), about a fifth a little overdue, and a few (about 1 in 30) so long ago that their triage is overdue by more
     * than the escalation delay of 5 werkdagen: those, and only those, reach the teamleider at the first run of
     * achterstanden-signaleren. Spread evenly over five weeks, more than half were that late and about 100 escalation
     * tasks appeared within the first minute.
     */
    static LocalDate meldingsdatum(LocalDate vandaag, Random random) {
        int kans = random.nextInt(100);
        if (kans < 3) {
            return vandaag.minusDays(16 + random.nextInt(10));
        }
        if (kans < 23) {
            return vandaag.minusDays(7 + random.nextInt(4));
        }
        return vandaag.minusDays(random.nextInt(6));
    }

    private static Onderwijssoort onderwijssoort(int groep, Random random) {
        return switch (groep) {
            case 0 -> random.nextInt(4) == 0 ? Onderwijssoort.SBO : Onderwijssoort.PO;
            case 1 -> random.nextBoolean() ? Onderwijssoort.SO : Onderwijssoort.VSO;
            case 2 -> Onderwijssoort.VO;
            case 3 -> Onderwijssoort.MBO;
            default -> null;
        };
    }

    private static int leeftijd(Onderwijssoort onderwijssoort, Verzuimsoort soort, Random random) {
        if (onderwijssoort == null) {
            return 5 + random.nextInt(13);
        }
        return switch (onderwijssoort) {
            case PO, SBO, SO -> (soort == Verzuimsoort.INFORMATIE_ADVIES ? 4 : 5) + random.nextInt(7);
            case VSO, VO -> 12 + random.nextInt(6);
            case MBO, VAVO -> 16 + random.nextInt(2);
        };
    }

    private static int uren(Verzuimsoort soort, Random random) {
        return switch (soort) {
            case WETTELIJK -> 16 + random.nextInt(30);
            case LANGDURIG_RELATIEF -> 80 + random.nextInt(120);
            case LUXE -> 8 + random.nextInt(32);
            case OVERIG -> random.nextInt(15);
            case VERZUIM_18PLUS -> 10 + random.nextInt(40);
            default -> 0;
        };
    }

    static int kies(Random random, int[] gewichten) {
        int worp = random.nextInt(som(gewichten));
        for (int i = 0; i < gewichten.length; i++) {
            worp -= gewichten[i];
            if (worp < 0) {
                return i;
            }
        }
        throw new IllegalStateException("gewichten zonder inhoud");
    }

    private static int som(int[] rij) {
        int som = 0;
        for (int waarde : rij) {
            som += waarde;
        }
        return som;
    }
}
