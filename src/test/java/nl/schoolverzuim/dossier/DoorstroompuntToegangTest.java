package nl.schoolverzuim.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import nl.schoolverzuim.melding.IntakeService;
import nl.schoolverzuim.melding.NieuweMelding;
import nl.schoolverzuim.testsupport.Meldingen;
import nl.schoolverzuim.testsupport.WerkprocesTest;

/**
 * Least privilege for the Doorstroompunt (MAS §2, §10): a consulent reads the Dossiers of Jongeren with a DSP
 * werkproces and of those whose hand-off at 18 is being prepared, not every leerplicht Dossier of the regio; in the
 * engine the Doorstroompunt reads its own werkprocessen only.
 */
class DoorstroompuntToegangTest extends WerkprocesTest {

    static final String CONSULENT = "dsp-achterhoek-1";

    @Autowired
    TestRestTemplate http;

    IntakeService.Ontvangen melding(String soort, String geboortedatum) {
        return intake.ontvang(new NieuweMelding(null, soort, vandaag().toString(),
                new NieuweMelding.JongereGegevens(Meldingen.uniekBsn(), "Sem", "Toegang-" + System.nanoTime(),
                        geboortedatum, "Doetinchem"),
                new NieuweMelding.SchoolGegevens("12AB", "Houtkamp College", "VO"), 20, 0, false,
                "VERZUIM_18PLUS".equals(soort) ? Boolean.TRUE : null, "testmelding"));
    }

    HttpStatus leest(String gebruiker, String adres) {
        return HttpStatus.valueOf(http.withBasicAuth(gebruiker, "demo").getForEntity(adres, String.class)
                .getStatusCode().value());
    }

    void leestDossier(String gebruiker, IntakeService.Ontvangen melding, HttpStatus verwacht) {
        assertThat(leest(gebruiker, "/api/dossiers/" + melding.dossierId())).as(gebruiker + " API").isEqualTo(verwacht);
        assertThat(leest(gebruiker, "/dossiers/" + melding.dossierId())).as(gebruiker + " pagina").isEqualTo(verwacht);
        assertThat(leest(gebruiker, "/api/meldingen/" + melding.meldingId())).as(gebruiker + " melding").isEqualTo(verwacht);
    }

    /** What the user reads of this werkproces in the engine: instances and their history. */
    int inEngine(String gebruiker, String processInstanceId) {
        JsonNode lopend = http.withBasicAuth(gebruiker, "demo").getForObject(
                "/engine-rest/process-instance?processInstanceIds=" + processInstanceId, JsonNode.class);
        JsonNode historisch = http.withBasicAuth(gebruiker, "demo").getForObject(
                "/engine-rest/history/process-instance?processInstanceId=" + processInstanceId, JsonNode.class);
        return lopend.size() + historisch.size();
    }

    @Test
    void deConsulentLeestGeenLeerplichtDossierVanEenVijfjarige() {
        IntakeService.Ontvangen vijf = melding("WETTELIJK", vandaag().minusYears(5).minusMonths(3).toString());

        leestDossier(CONSULENT, vijf, HttpStatus.FORBIDDEN);
        leestDossier("lpa-doetinchem", vijf, HttpStatus.OK);
        assertThat(inEngine(CONSULENT, vijf.processInstanceId())).isZero();
        assertThat(inEngine("lpa-doetinchem", vijf.processInstanceId())).isEqualTo(2);
    }

    @Test
    void deConsulentLeestHetDossierVanEenJongereMetEenDspWerkproces() {
        IntakeService.Ontvangen negentien = melding("VERZUIM_18PLUS", vandaag().minusYears(19).toString());

        leestDossier(CONSULENT, negentien, HttpStatus.OK);
        assertThat(inEngine(CONSULENT, negentien.processInstanceId())).isEqualTo(2);
        assertThat(inEngine("lpa-doetinchem", negentien.processInstanceId())).isZero();
    }

    @Test
    void deConsulentLeestHetDossierZodraDeOverdrachtWordtVoorbereid() {
        // MAS §2: 18 in 45 days; the LPA's preparation starts a month before the birthday.
        IntakeService.Ontvangen zeventien = melding("WETTELIJK", vandaag().minusYears(18).plusDays(45).toString());
        var instantie = runtime.createProcessInstanceQuery().processInstanceId(zeventien.processInstanceId()).singleResult();
        leestDossier(CONSULENT, zeventien, HttpStatus.FORBIDDEN);

        totTimer(instantie, "MaandVoorAchttien");
        assertThat(instantie).isWaitingAt("OverdrachtVoorbereiden");

        leestDossier(CONSULENT, zeventien, HttpStatus.OK);
        // The Dossier, not the LPA's werkproces in the engine: that stays with the team of the gemeente.
        assertThat(inEngine(CONSULENT, zeventien.processInstanceId())).isZero();
        leestDossier("dsp-achterhoek-2", zeventien, HttpStatus.OK);
    }

    @Test
    void eenWerkprocesDatVoorDeVerjaardagSluitBeeindigtDeInzage() {
        IntakeService.Ontvangen zeventien = melding("WETTELIJK", vandaag().minusYears(18).plusDays(45).toString());
        var instantie = runtime.createProcessInstanceQuery().processInstanceId(zeventien.processInstanceId()).singleResult();
        totTimer(instantie, "MaandVoorAchttien");
        leestDossier(CONSULENT, zeventien, HttpStatus.OK);

        // Not taken on after all: no hand-off follows, so the Dossier stays with the LPA.
        voltooi(instantie, "MeldingTrieren", "triageBesluit", "GEOORLOOFD");

        leestDossier(CONSULENT, zeventien, HttpStatus.FORBIDDEN);
    }
}
