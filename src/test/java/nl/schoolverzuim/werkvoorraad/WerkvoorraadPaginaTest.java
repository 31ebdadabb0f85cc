package nl.schoolverzuim.werkvoorraad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.schoolverzuim.melding.NieuweMelding;
import nl.schoolverzuim.testsupport.Meldingen;
import nl.schoolverzuim.testsupport.WerkprocesTest;

/**
 * The werkvoorraad page and the Dossier list: tabs, search by name, BSN and meldingnummer within the user's own
 * teams only (MAS §10), sorting, paging, bulk claim through the engine's authorizations, and Dutch answers to bad
 * input. Users are signed in with their engine groups as authorities, as the login gives them.
 */
@AutoConfigureMockMvc
class WerkvoorraadPaginaTest extends WerkprocesTest {

    private static final Pattern TAAK = Pattern.compile("<tr data-taak=\"([^\"]+)\"");
    private static final Pattern DOSSIER = Pattern.compile("<tr data-dossier=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    IdentityService identity;

    record Jongere(String bsn, String achternaam, String meldingnummer, Werkproces werkproces, String taakId) {
    }

    Jongere aalten1;
    Jongere aalten2;
    Jongere aalten3;
    Jongere doetinchem;

    /** Triage is due 5 werkdagen after the melding: one of three weeks ago is overdue (MAS §5). */
    Jongere jongere(String gemeente, String achternaam, LocalDate meldingsdatum) {
        String bsn = Meldingen.uniekBsn();
        String meldingnummer = "M-" + System.nanoTime();
        Werkproces werkproces = melding(new NieuweMelding(meldingnummer, "WETTELIJK", meldingsdatum.toString(),
                new NieuweMelding.JongereGegevens(bsn, "Noor", achternaam,
                        vandaag().minusYears(14).minusDays(40).toString(), gemeente),
                new NieuweMelding.SchoolGegevens("12AB", "Houtkamp College", "VO"), 20, 0, false, null, null));
        String taakId = taken.createTaskQuery().processInstanceId(werkproces.instantie().getId()).singleResult().getId();
        return new Jongere(bsn, achternaam, meldingnummer, werkproces, taakId);
    }

    @BeforeEach
    void meldingen() {
        String uniek = Long.toString(System.nanoTime(), 36);
        aalten1 = jongere("Aalten", "Aarts-" + uniek, vandaag());
        aalten2 = jongere("Aalten", "Bosman-" + uniek, vandaag().minusWeeks(3));
        aalten3 = jongere("Aalten", "Claassen-" + uniek, vandaag());
        doetinchem = jongere("Doetinchem", "Dijkstra-" + uniek, vandaag());
        taken.claim(aalten3.taakId(), "lpa-aalten");
    }

    /** Signed in as {@code gebruiker} with the engine groups the login gives as authorities. */
    RequestPostProcessor als(String gebruiker) {
        return user(gebruiker).authorities(identity.createGroupQuery().groupMember(gebruiker).list().stream()
                .map(Group::getId).map(SimpleGrantedAuthority::new).toList());
    }

    String html(String gebruiker, MockHttpServletRequestBuilder verzoek, int status) throws Exception {
        MvcResult resultaat = mvc.perform(verzoek.with(als(gebruiker))).andReturn();
        assertThat(resultaat.getResponse().getStatus()).as(resultaat.getResponse().getContentAsString())
                .isEqualTo(status);
        return resultaat.getResponse().getContentAsString();
    }

    String pagina(String gebruiker, String adres) throws Exception {
        return html(gebruiker, get(adres), 200);
    }

    static List<String> taken(String html) {
        return alle(TAAK, html);
    }

    static List<String> alle(Pattern patroon, String html) {
        List<String> ids = new ArrayList<>();
        Matcher matcher = patroon.matcher(html);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    @Test
    void deTabsTonenEigenTakenHetTeamOngeclaimdeEnTeLateTaken() throws Exception {
        assertThat(taken(pagina("lpa-aalten", "/werkvoorraad"))).contains(aalten3.taakId())
                .doesNotContain(aalten1.taakId(), aalten2.taakId(), doetinchem.taakId());
        assertThat(taken(pagina("lpa-aalten", "/werkvoorraad?tab=team")))
                .contains(aalten1.taakId(), aalten2.taakId(), aalten3.taakId()).doesNotContain(doetinchem.taakId());
        assertThat(taken(pagina("lpa-aalten", "/werkvoorraad?tab=ongeclaimd")))
                .contains(aalten1.taakId(), aalten2.taakId()).doesNotContain(aalten3.taakId(), doetinchem.taakId());
        String teLaat = pagina("lpa-aalten", "/werkvoorraad?tab=te-laat");
        assertThat(taken(teLaat)).contains(aalten2.taakId()).doesNotContain(aalten1.taakId(), aalten3.taakId());
        // Overdue is said in words, not only by colour; labels and names are Dutch.
        assertThat(teLaat).contains("dagen te laat)").contains("Wettelijk (relatief) verzuim").contains("Melding triëren")
                .contains("/camunda/app/tasklist/default/#/?task=" + aalten2.taakId())
                .contains("/dossiers/" + aalten2.werkproces().dossierId());
        assertThat(pagina("lpa-aalten", "/werkvoorraad")).contains("aria-current=\"page\">Mijn taken<");
    }

    @Test
    void zoektOpNaamBsnEnMeldingnummerAlleenBinnenDeEigenTeams() throws Exception {
        String naamdeel = aalten2.achternaam().substring(3).toUpperCase();
        assertThat(taken(pagina("lpa-aalten", "/werkvoorraad?tab=team&zoek=" + naamdeel)))
                .containsExactly(aalten2.taakId());
        assertThat(taken(pagina("lpa-aalten", "/werkvoorraad?tab=team&zoek=" + aalten1.bsn())))
                .containsExactly(aalten1.taakId());
        assertThat(taken(pagina("lpa-aalten", "/werkvoorraad?tab=team&zoek=" + aalten3.meldingnummer())))
                .containsExactly(aalten3.taakId());
        // LIKE's wildcards are characters like any other: "r%a" is no pattern that finds every Noor Aarts.
        assertThat(taken(pagina("lpa-aalten", "/werkvoorraad?tab=team&zoek=r%25a"))).isEmpty();

        // An officer of another gemeente finds nothing of these Jongeren, by whatever they know of them.
        for (String zoek : List.of(aalten1.bsn(), aalten1.meldingnummer(), aalten1.achternaam())) {
            String html = pagina("lpa-doetinchem", "/werkvoorraad?tab=team&zoek=" + zoek);
            assertThat(taken(html)).isEmpty();
            assertThat(html).contains("Geen taken gevonden");
            assertThat(alle(DOSSIER, pagina("lpa-doetinchem", "/dossiers?zoek=" + zoek))).isEmpty();
        }
        assertThat(taken(pagina("lpa-doetinchem", "/werkvoorraad?tab=team&zoek=" + doetinchem.bsn())))
                .containsExactly(doetinchem.taakId());
    }

    @Test
    void deDossierlijstToontAlleenDeEigenDossiersEnZoektOpDezelfdeManier() throws Exception {
        List<String> aalten = alle(DOSSIER, pagina("lpa-aalten", "/dossiers"));
        assertThat(aalten).contains(String.valueOf(aalten1.werkproces().dossierId()),
                String.valueOf(aalten2.werkproces().dossierId())).doesNotContain(String.valueOf(doetinchem.werkproces().dossierId()));
        for (String zoek : List.of(aalten1.bsn(), aalten1.meldingnummer(), aalten1.achternaam().toLowerCase())) {
            assertThat(alle(DOSSIER, pagina("lpa-aalten", "/dossiers?zoek=" + zoek)))
                    .containsExactly(String.valueOf(aalten1.werkproces().dossierId()));
        }
        String html = pagina("lpa-aalten", "/dossiers?zoek=" + aalten1.bsn());
        // The BSN is shown masked, as lists may show it (MAS §10).
        assertThat(html).doesNotContain(">" + aalten1.bsn() + "<").contains("******" + aalten1.bsn().substring(6));
        assertThat(html(("lpa-aalten"), get("/dossiers?pagina=-1"), 400)).contains("pagina: moet een geheel getal van 0 of meer zijn");
    }

    @Test
    void sorteertEnBladert() throws Exception {
        String zoek = "&zoek=" + aalten1.achternaam().substring(aalten1.achternaam().indexOf('-'));
        List<String> opNaam = List.of(aalten1.taakId(), aalten2.taakId(), aalten3.taakId());
        assertThat(taken(pagina("lpa-aalten", "/werkvoorraad?tab=team&sorteer=jongere" + zoek))).isEqualTo(opNaam);
        assertThat(taken(pagina("lpa-aalten", "/werkvoorraad?tab=team&sorteer=jongere&richting=af" + zoek)))
                .isEqualTo(List.of(aalten3.taakId(), aalten2.taakId(), aalten1.taakId()));
        assertThat(taken(pagina("lpa-aalten", "/werkvoorraad?tab=team&sorteer=vervaldatum" + zoek)).get(0))
                .as("de te late eerst").isEqualTo(aalten2.taakId());

        String eerste = pagina("lpa-aalten", "/werkvoorraad?tab=team&sorteer=jongere&grootte=2" + zoek);
        assertThat(taken(eerste)).isEqualTo(opNaam.subList(0, 2));
        assertThat(eerste).contains("Volgende pagina").doesNotContain("Vorige pagina");
        String tweede = pagina("lpa-aalten", "/werkvoorraad?tab=team&sorteer=jongere&grootte=2&pagina=1" + zoek);
        assertThat(taken(tweede)).isEqualTo(opNaam.subList(2, 3));
        assertThat(tweede).contains("Vorige pagina").doesNotContain("Volgende pagina");
    }

    @Test
    void bulkClaimGeeftPerTaakEenResultaatEnVolgtDeAutorisatieVanDeEngine() throws Exception {
        taken.claim(aalten2.taakId(), "lpa-aalten-2");
        MvcResult claim = mvc.perform(post("/werkvoorraad/claimen").with(als("lpa-aalten")).with(csrf())
                .param("taak", aalten1.taakId(), aalten2.taakId(), doetinchem.taakId(), "bestaat-niet")
                .param("terug", "?tab=team")).andReturn();

        assertThat(claim.getResponse().getRedirectedUrl()).isEqualTo("/werkvoorraad?tab=team");
        @SuppressWarnings("unchecked")
        List<Claimen.Uitkomst> uitkomsten = (List<Claimen.Uitkomst>) claim.getFlashMap().get("uitkomsten");
        assertThat(uitkomsten).extracting(Claimen.Uitkomst::taakId, Claimen.Uitkomst::geclaimd).containsExactly(
                org.assertj.core.groups.Tuple.tuple(aalten1.taakId(), true),
                org.assertj.core.groups.Tuple.tuple(aalten2.taakId(), false),
                org.assertj.core.groups.Tuple.tuple(doetinchem.taakId(), false),
                org.assertj.core.groups.Tuple.tuple("bestaat-niet", false));
        assertThat(uitkomsten.get(0).taak()).isEqualTo("Noor " + aalten1.achternaam() + ": Melding triëren");
        assertThat(uitkomsten.get(1).tekst()).startsWith("Niet geclaimd: ").endsWith("heeft deze taak al opgepakt");
        assertThat(uitkomsten.get(2).tekst()).isEqualTo("Niet geclaimd: u mag deze taak niet oppakken");
        // A task of another gemeente is not named to whoever posts its id.
        assertThat(uitkomsten.get(2).taak()).doesNotContain(doetinchem.achternaam());
        assertThat(uitkomsten.get(3).tekst()).contains("bestaat niet meer");

        assertThat(assignee(aalten1)).isEqualTo("lpa-aalten");
        assertThat(assignee(aalten2)).isEqualTo("lpa-aalten-2");
        assertThat(assignee(doetinchem)).isNull();
        assertThat(taken(pagina("lpa-aalten", "/werkvoorraad"))).contains(aalten1.taakId(), aalten3.taakId());

        MvcResult niets = mvc.perform(post("/werkvoorraad/claimen").with(als("lpa-aalten")).with(csrf())
                .param("terug", "//elders.example/")).andReturn();
        assertThat(niets.getResponse().getRedirectedUrl()).isEqualTo("/werkvoorraad");
        assertThat(niets.getFlashMap().get("claimFout")).isEqualTo("Kies eerst een of meer taken om te claimen.");
    }

    @Test
    void ongeldigeInvoerKrijgtEenNederlandseFoutOpDePagina() throws Exception {
        assertThat(html("lpa-aalten", get("/werkvoorraad?tab=alles"), 400))
                .contains("Ongeldige invoer").contains("tab: kies mijn, team, ongeclaimd of te-laat");
        assertThat(html("lpa-aalten", get("/werkvoorraad?pagina=een"), 400)).contains("pagina: moet een geheel getal zijn");
        assertThat(html("lpa-aalten", get("/werkvoorraad?grootte=500"), 400)).contains("grootte: moet tussen 1 en 200 liggen");
        assertThat(html("lpa-aalten", get("/werkvoorraad?sorteer=bsn"), 400)).contains("sorteer: kies jongere");
        assertThat(html("lpa-aalten", get("/werkvoorraad?richting=omhoog"), 400)).contains("richting: kies op");
        assertThat(html("lpa-aalten", get("/werkvoorraad?zoek=" + "x".repeat(101)), 400))
                .contains("zoek: mag hoogstens 100 tekens lang zijn");
    }

    String assignee(Jongere jongere) {
        Task taak = taken.createTaskQuery().taskId(jongere.taakId()).singleResult();
        return taak.getAssignee();
    }
}
