package nl.schoolverzuim.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import nl.schoolverzuim.melding.IntakeService;
import nl.schoolverzuim.melding.NieuweMelding;
import nl.schoolverzuim.organisatie.School;

/**
 * The demo's walked paths: besides the meldingen that wait in the inboxes, one Jongere per inner path of the models,
 * walked the way officers and the job executor would, through the real intake and the engine's public API (tasks
 * completed with the variables their forms submit, timers fired as jobs). Nothing here writes a result row itself, so
 * what the pages show is what the models and process beans made of it. Each melding's toelichting starts with
 * {@value #TOELICHTING} so the proportions of the other demo meldingen stay those of [000].
 */
@Component
@Profile("demo")
class DemoPaden {

    static final String TOELICHTING = "Demopad: ";
    private final IntakeService intake;
    private final Stappen stappen;
    private final ManagementService management;
    private final Clock clock;
    private int volgnummer;
    private int jongeren;

    DemoPaden(IntakeService intake, Stappen stappen, ManagementService management, Clock clock) {
        this.intake = intake;
        this.stappen = stappen;
        this.management = management;
        this.clock = clock;
    }

    void loop(School vo, School mbo) {
        LocalDate vandaag = LocalDate.now(clock);
        geoorloofd(vo);
        waarschuwingZonderRoute(vo);
        preventiefGesprekMetAfsprakenbrief(vo);
        informatieveBrief();
        andereVerzuimsoort(vo);
        andereGemeente(vo);
        haltNegatiefOmProcesVerbaal(vo);
        toestemmingEnToeleiding(vo);
        dspMeldingenKomenBijElkaar(mbo, vandaag);
        overdrachtOpAchttien(vo, vandaag);
        herbenadering(vandaag);
        // Last: the nightly detection once, so the Jongere without a school is a thuiszitter from the first day
        // without one (MAS §6), as are the demo's other ABSOLUUT and LANGDURIG_RELATIEF meldingen.
        String nietIngeschreven = melding("ABSOLUUT", jongere(13, "Doetinchem", null), vandaag.minusDays(2), null, 0,
                null, vandaag.minusDays(9), "niet ingeschreven sinds de verhuizing");
        voltooi(nietIngeschreven, "MeldingTrieren", "triageBesluit", "IN_BEHANDELING");
        management.createJobQuery().processDefinitionKey("thuiszitters-signaleren").timers().list()
                .forEach(this::voerUit);
    }

    /** MAS §3: found geoorloofd at triage, recorded as no verzuim. */
    private void geoorloofd(School vo) {
        String id = melding("WETTELIJK", jongere(13, "Doetinchem", null), null, vo, 18, null, null, "ziek gemeld");
        voltooi(id, "MeldingTrieren", "triageBesluit", "GEOORLOOFD", "triageToelichting",
                "Ziek thuis; verklaring van de huisarts ontvangen");
    }

    /** MAS §4 step 2: a waarschuwingsgesprek with its letter, no route, the follow-up after 6 weeks. */
    private void waarschuwingZonderRoute(School vo) {
        String id = melding("WETTELIJK", jongere(14, "Berkelland", null), null, vo, 20, null, null, "spijbelt");
        voltooi(id, "MeldingTrieren", "triageBesluit", "IN_BEHANDELING");
        // the uitnodiging beside the onderzoek: final and sent by post from its step
        voltooi(id, "UitnodigingVerzenden", "briefNuVerzonden", true, "briefVerzendkanaal", "POST");
        voltooi(id, "Onderzoek", "onderzoeksuitkomst", "WAARSCHUWINGSGESPREK", "verzuimfeiten",
                "Drie maandagen gespijbeld");
        // the letter step: the letter made final with its PDF and sent by post
        voltooi(id, "WaarschuwingVerzenden", "briefVerzendkanaal", "POST", "briefExtraAlinea",
                "Op dinsdag en donderdag houd ik spreekuur op school.");
    }

    /** MAS §4.1: a preventief gesprek; its afsprakenbrief waits as a draft in the letter step. */
    private void preventiefGesprekMetAfsprakenbrief(School vo) {
        String id = melding("OVERIG", jongere(13, "Doetinchem", null), null, vo, 8, true, null, null,
                "vaak te laat");
        voltooi(id, "MeldingTrieren", "triageBesluit", "IN_BEHANDELING");
        voltooi(id, "PreventiefGesprekVoeren", "gesprekDatum", Date.from(clock.instant()), "redenVerzuim",
                "Slaapt slecht", "kanStoppen", "Met een wekker en vroeg naar bed", "afspraken",
                "Elke dag om 8.20 uur op school; mentor belt bij te laat komen");
    }

    /** MAS §3, [003]: a question answered with an informatieve brief to the ouders, a draft in its letter step. */
    private void informatieveBrief() {
        String id = melding("INFORMATIE_ADVIES", jongere(15, "Doetinchem", null), null, null, 0, null, null,
                "vraag over verlof voor een bruiloft");
        voltooi(id, "VraagBeantwoorden", "antwoord", "Telefonisch uitgelegd; brief volgt.", "informatieveBrief", "JA",
                "informatie", "Verlof voor een bruiloft vraagt u ten minste acht weken vooraf aan bij de directeur.");
    }

    /** MAS §4 step 1: triage reclassifies the verzuimsoort, with a reason. */
    private void andereVerzuimsoort(School vo) {
        String id = melding("WETTELIJK", jongere(15, "Doetinchem", null), null, vo, 90, null, null,
                "al lange tijd afwezig");
        voltooi(id, "MeldingTrieren", "triageBesluit", "IN_BEHANDELING", "nieuweVerzuimsoort", "LANGDURIG_RELATIEF",
                "herclassificatieReden", "Al 6 weken niet op school geweest");
    }

    /** MAS §4 step 1: a Jongere of another gemeente goes to that gemeente's team. */
    private void andereGemeente(School vo) {
        String id = melding("WETTELIJK", jongere(12, "Aalten", null), null, vo, 24, null, null, "verhuisd?");
        voltooi(id, "MeldingTrieren", "triageBesluit", "ANDERE_GEMEENTE", "andereGemeente", "Winterswijk",
                "triageToelichting", "Woont sinds de zomer in Winterswijk");
    }

    /** MAS §4.3: Halt reports negatief, the OM advises a proces-verbaal, which is next at once. */
    private void haltNegatiefOmProcesVerbaal(School vo) {
        String id = melding("WETTELIJK", jongere(14, "Doetinchem", null), null, vo, 20, null, null,
                "verwijtbaar verzuim");
        voltooi(id, "MeldingTrieren", "triageBesluit", "IN_BEHANDELING");
        // the uitnodiging final; its sending is for the officer to record in the Dossier
        voltooi(id, "UitnodigingVerzenden", "briefExtraAlinea", "Het gesprek is op het stadhuis, kamer 2.14.");
        voltooi(id, "Onderzoek", "onderzoeksuitkomst", "PLAN_VAN_AANPAK", "verzuimfeiten", "Spijbelt op maandag",
                "verwijtbaar", true, "toestemmingJongere", true, "toestemmingOuders", true, "medewerking", true,
                "eerderHaltVoorVerzuim", "NEE", "ernstigePsychischeProblematiekZonderHulp", "NEE");
        voltooi(id, "RouteKiezen");
        voltooi(id, "HaltVerwijzen", "haltVerwijzingDatum", Date.from(clock.instant()));
        voltooi(id, "HaltTerugmeldingVerwerken", "haltUitkomst", "NEGATIEF", "haltTerugmeldingToelichting",
                "Taakstraf niet afgerond");
        voltooi(id, "OverlegOm", "omAdviseertProcesVerbaal", true, "omOverlegVerslag", "OM adviseert een proces-verbaal");
    }

    /** MAS §4.3, §10: with underlying problems voluntary help first; toeleiding only with recorded consent. */
    private void toestemmingEnToeleiding(School vo) {
        String id = melding("WETTELIJK", jongere(10, "Doetinchem", null), null, vo, 20, null, null,
                "zorgen thuis");
        voltooi(id, "MeldingTrieren", "triageBesluit", "IN_BEHANDELING");
        voltooi(id, "Onderzoek", "onderzoeksuitkomst", "PLAN_VAN_AANPAK", "verzuimfeiten", "Moeder ziek, zorgt voor broertje",
                "achterliggendeProblematiek", "JA", "medewerking", "JA", "eerderHaltVoorVerzuim", "NEE",
                "ernstigePsychischeProblematiekZonderHulp", "NEE");
        voltooi(id, "RouteKiezen");
        voltooi(id, "ToeleidenJeugdhulp", "hulpInstantie", "Wijkteam Doetinchem", "toestemmingHulp", true,
                "toestemmingHulpDoor", "OUDERS_EN_JONGERE", "toestemmingHulpDatum", LocalDate.now(clock).toString());
    }

    /**
     * MAS §8: a second VSV melding joins the running vsv-traject; a de-registration during verzuim 18+ joins it and
     * turns it into a vsv-traject that fell out on the de-registration date.
     */
    private void dspMeldingenKomenBijElkaar(School mbo, LocalDate vandaag) {
        NieuweMelding.JongereGegevens tweemaal = jongere(19, "Doetinchem", false);
        melding("VSV", tweemaal, null, null, 0, null, vandaag.minusDays(30), "uitgeschreven zonder diploma");
        melding("VSV", tweemaal, null, null, 0, null, vandaag.minusDays(30), "opnieuw gemeld door de school");

        NieuweMelding.JongereGegevens verzuim18 = jongere(19, "Montferland", null);
        melding("VERZUIM_18PLUS", verzuim18, null, mbo, 30, true, null, "veel afwezig");
        melding("VSV", verzuim18, null, null, 0, null, vandaag.minusDays(7), "uitgeschreven");
    }

    /**
     * MAS §2: on the 18th birthday the leerplicht werkproces ends with "Overdracht naar DSP 18+": an enrolled pupil as
     * verzuim 18+, a Jongere without school and startkwalificatie as a vsv-traject, one whose startkwalificatie nobody
     * knows as contact work that establishes it. Birthdays three days ago, meldingen of when they were 17.
     */
    private void overdrachtOpAchttien(School vo, LocalDate vandaag) {
        LocalDate verjaardag = vandaag.minusDays(3);
        String ingeschreven = melding("WETTELIJK", jongere(verjaardag, "Doetinchem", null), vandaag.minusDays(10), vo, 22,
                null, null, "bijna 18");
        String zonderSchool = melding("ABSOLUUT", jongere(verjaardag, "Bronckhorst", false), vandaag.minusDays(10), null,
                0, null, vandaag.minusMonths(2), "bijna 18, geen school");
        String onbekend = melding("ABSOLUUT", jongere(verjaardag, "Oost Gelre", null), vandaag.minusDays(10), null, 0,
                null, vandaag.minusMonths(1), "bijna 18, geen school, diploma onbekend");
        for (String id : List.of(ingeschreven, zonderSchool, onbekend)) {
            vuurTimer(id, "AchttiendeVerjaardag");
        }
    }

    /** MAS §5, §8: unreachable closes as "situatie onbekend"; a year after uitval a new werkproces approaches again. */
    private void herbenadering(LocalDate vandaag) {
        String id = melding("VSV", jongere(20, "Winterswijk", false), null, null, 0, null, vandaag.minusMonths(13),
                "uitgeschreven, niet bereikbaar");
        voltooi(id, "ContactLeggen", "contactSoort", "TELEFOON", "contactDatum", Date.from(clock.instant()),
                "contactUitkomst", "NIET_BEREIKBAAR", "contactNotitie", "Nummer bestaat niet meer");
        // The re-approach timer is due a year after uitval; the demo fires it now to show the new werkproces.
        vuurTimer(id, "EenJaarLater");
    }

    private String melding(String soort, NieuweMelding.JongereGegevens jongere, LocalDate meldingsdatum, School school,
                           int uren, Boolean actieGewenst, LocalDate uitschrijfdatum, String toelichting) {
        return melding(soort, jongere, meldingsdatum, school, uren, false, actieGewenst, uitschrijfdatum, toelichting);
    }

    /** A minor is reported with an ouder at an address, so the path's letters can be sent. */
    private String melding(String soort, NieuweMelding.JongereGegevens jongere, LocalDate meldingsdatum, School school,
                           int uren, boolean preventiefGesprek, Boolean actieGewenst, LocalDate uitschrijfdatum,
                           String toelichting) {
        LocalDate datum = meldingsdatum != null ? meldingsdatum : LocalDate.now(clock).minusDays(1);
        boolean minderjarig = LocalDate.parse(jongere.geboortedatum()).plusYears(18).isAfter(LocalDate.now(clock));
        NieuweMelding melding = new NieuweMelding("DUO-DEMOPAD-%03d".formatted(++volgnummer), soort, datum.toString(),
                jongere, school == null ? null : new NieuweMelding.SchoolGegevens(school.getBrin(), school.getNaam(),
                school.getOnderwijssoort().name()), uren, 0, preventiefGesprek, actieGewenst, TOELICHTING + toelichting,
                uitschrijfdatum == null ? null : uitschrijfdatum.toString(), minderjarig ? List.of(ouder(jongere)) : null);
        return intake.ontvang(melding).processInstanceId();
    }

    private static NieuweMelding.OuderGegevens ouder(NieuweMelding.JongereGegevens jongere) {
        return new NieuweMelding.OuderGegevens("Ouder " + jongere.achternaam(), new NieuweMelding.AdresGegevens(
                "Raadhuisstraat", "1", "7001 EW", jongere.woongemeente()), null, null, null);
    }

    /** A Jongere who turned {@code leeftijd} about half a year ago. */
    private NieuweMelding.JongereGegevens jongere(int leeftijd, String gemeente, Boolean startkwalificatie) {
        return jongere(LocalDate.now(clock).minusMonths(6), gemeente, startkwalificatie, leeftijd);
    }

    /** A Jongere whose 18th birthday is {@code verjaardag18}. */
    private NieuweMelding.JongereGegevens jongere(LocalDate verjaardag18, String gemeente, Boolean startkwalificatie) {
        return jongere(verjaardag18, gemeente, startkwalificatie, 18);
    }

    private NieuweMelding.JongereGegevens jongere(LocalDate verjaardag, String gemeente, Boolean startkwalificatie,
                                                  int leeftijd) {
        String[] namen = {"Pim", "Roos", "Joep", "Fleur", "Stan", "Nina", "Koen", "Lisa", "Gijs", "Anouk", "Tim",
                "Merel", "Rick", "Sophie", "Bas", "Eva"};
        jongeren++;
        return new NieuweMelding.JongereGegevens(null, namen[jongeren % namen.length], "Demopad " + jongeren,
                verjaardag.minusYears(leeftijd).toString(), gemeente, startkwalificatie);
    }

    private void voltooi(String processInstanceId, String taak, Object... variabelen) {
        stappen.voltooi(processInstanceId, taak, variabelen);
    }

    private void vuurTimer(String processInstanceId, String activiteit) {
        stappen.vuurTimer(processInstanceId, activiteit);
    }

    private void voerUit(Job job) {
        stappen.voerUit(job);
    }
}
