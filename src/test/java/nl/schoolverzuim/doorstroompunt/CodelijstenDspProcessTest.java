package nl.schoolverzuim.doorstroompunt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import nl.schoolverzuim.domein.Codelijsten;
import nl.schoolverzuim.domein.Termijnen;
import nl.schoolverzuim.melding.NieuweMelding;
import nl.schoolverzuim.testsupport.CodelijstBestand;
import nl.schoolverzuim.testsupport.Weigeringen;
import nl.schoolverzuim.testsupport.WerkprocesTest;

/**
 * The Doorstroompunt's code lists of {@code codelijsten.dmn}, every row walked as a path: the monitoring categories
 * ([000] Tabel 5, MAS §8), the contact attempts and the vervolg of a monitoring check (MAS §8), the zorg-en-preventie
 * reasons and outcomes (MAS §3) and the outcomes of verzuim 18+ contact (MAS §8). Each form gets its own list, and
 * each field is checked against its own list only; a refusal is a Weigering on the field (400 over REST).
 */
class CodelijstenDspProcessTest extends WerkprocesTest {

    @Autowired
    VsvTrajectRepository trajecten;

    static Stream<String> monitoringResultaten() {
        return CodelijstBestand.codes(Codelijsten.MONITORINGRESULTAAT, "VSV").stream();
    }

    static Stream<String> zorgRedenen() {
        return CodelijstBestand.codes(Codelijsten.ZORGREDEN, "ZORG_PREVENTIE").stream();
    }

    static Stream<String> zorgUitkomsten() {
        return CodelijstBestand.codes(Codelijsten.ZORGUITKOMST, "ZORG_PREVENTIE").stream();
    }

    static Stream<String> contactUitkomsten18() {
        return CodelijstBestand.codes(Codelijsten.CONTACTUITKOMST18, "VERZUIM_18PLUS").stream();
    }

    static Stream<String> contactSoorten() {
        return CodelijstBestand.codes(Codelijsten.CONTACTSOORT, "VSV").stream();
    }

    static Stream<String> contactUitkomsten() {
        return CodelijstBestand.codes(Codelijsten.CONTACTUITKOMST, "VSV").stream();
    }

    static Stream<String> monitoringVervolgen() {
        return CodelijstBestand.codes(Codelijsten.MONITORINGVERVOLG, "VSV").stream();
    }

    /** MAS §8: telefoon, mail, brief or huisbezoek; each way is offered by the form and stored with the attempt. */
    @ParameterizedTest(name = "MAS §8 contact per {0}")
    @MethodSource("contactSoorten")
    void elkeContactsoort(String soort) {
        Werkproces w = vsv();
        assertThat(opties(w, "ContactLeggen", "contactSoortOpties"))
                .isEqualTo(CodelijstBestand.opties(Codelijsten.CONTACTSOORT, "VSV"));
        voltooi(w.instantie(), "ContactLeggen", "contactSoort", soort, "contactDatum", new Date(), "contactUitkomst", "BEREIKT");

        assertThat(contactpogingen(w)).containsExactly(soort + " BEREIKT");
        assertThat(w.instantie()).isWaitingAt("Begeleiden");
    }

    /**
     * MAS §8: every outcome of a contact attempt is a path of gateway ContactUitkomst: reached goes to begeleiding,
     * not reached tries again, unreachable or refusing closes the werkproces as "Situatie onbekend" until the
     * re-approach (begeleiding is voluntary). A row added without a path fails here.
     */
    @ParameterizedTest(name = "MAS §8 contactpoging {0}")
    @MethodSource("contactUitkomsten")
    void elkeContactuitkomstIsEenPad(String uitkomst) {
        Werkproces w = vsv();
        assertThat(opties(w, "ContactLeggen", "contactUitkomstOpties"))
                .isEqualTo(CodelijstBestand.opties(Codelijsten.CONTACTUITKOMST, "VSV"));
        voltooi(w.instantie(), "ContactLeggen", "contactSoort", "MAIL", "contactDatum", new Date(), "contactUitkomst", uitkomst);

        assertThat(contactpogingen(w)).containsExactly("MAIL " + uitkomst);
        switch (uitkomst) {
            case "BEREIKT" -> {
                assertThat(w.instantie()).isWaitingAt("Begeleiden");
                assertThat(opgeslagen(w).get(0)).isNull();
            }
            case "NIET_BEREIKT" -> {
                assertThat(w.instantie()).isWaitingAt("ContactLeggen");
                assertThat(opgeslagen(w).get(0)).isNull();
            }
            case "NIET_BEREIKBAAR", "WEIGERT" -> {
                assertThat(w.instantie()).hasPassed("SituatieOnbekend").isWaitingAt("EenJaarLater");
                assertThat(opgeslagen(w)).containsExactly("SITUATIE_ONBEKEND", uitkomst);
            }
            default -> throw new AssertionError("codelijst-contactuitkomst " + uitkomst + " heeft geen pad in doorstroompunt-vsv");
        }
    }

    /**
     * MAS §8: every vervolg of a monitoring check is a path of gateway MonitoringVervolg: monitoring goes on, falling
     * out again switches back to begeleiding, afronden (for a reason of vsv-afronding) ends the traject.
     */
    @ParameterizedTest(name = "MAS §8 monitoringcontrole, vervolg {0}")
    @MethodSource("monitoringVervolgen")
    void elkVervolgVanDeMonitoringIsEenPad(String vervolg) {
        Werkproces w = vsv();
        voltooi(w.instantie(), "ContactLeggen", "contactSoort", "TELEFOON", "contactDatum", new Date(), "contactUitkomst", "BEREIKT");
        voltooi(w.instantie(), "Begeleiden", "begeleidingUitkomst", "MONITORING", "monitoringResultaat", "WERK_KORT");
        // MAS §5: the check every 3 months (mas-termijn DSP_MONITORING)
        assertThat(timer(w.instantie(), "ControleMoment").getDuedate())
                .isEqualTo(Termijnen.eindeWerkdag(vandaag().plusMonths(3)));
        totTimer(w.instantie(), "ControleMoment");
        assertThat(opties(w, "Monitoringcontrole", "monitoringVervolgOpties"))
                .isEqualTo(CodelijstBestand.opties(Codelijsten.MONITORINGVERVOLG, "VSV"));

        voltooi(w.instantie(), "Monitoringcontrole", "monitoringResultaat", "SCHOOL", "monitoringVervolg", vervolg,
                "afrondReden", "AFRONDEN".equals(vervolg) ? "SCHOOL" : null);

        assertThat(jdbc.queryForList("select vervolg from monitoring_controle where vsv_traject_id = ?", String.class,
                traject(w).getId())).containsExactly(vervolg);
        switch (vervolg) {
            case "DOORGAAN" -> {
                assertThat(w.instantie()).isWaitingAt("ControleMoment");
                assertThat(timer(w.instantie(), "ControleMoment").getDuedate())
                        .as("3 months after this check").isEqualTo(Termijnen.eindeWerkdag(vandaag().plusMonths(3)));
                assertThat(traject(w).getStatus()).isEqualTo(VsvStatus.MONITORING);
            }
            case "TERUG_NAAR_BEGELEIDING" -> {
                assertThat(w.instantie()).isWaitingAt("Begeleiden");
                assertThat(traject(w).getStatus()).isEqualTo(VsvStatus.IN_BEHANDELING);
            }
            case "AFRONDEN" -> {
                assertThat(w.instantie()).hasPassed("TrajectAfronden").isEnded();
                assertThat(traject(w).getStatus()).isEqualTo(VsvStatus.AFGEROND);
                assertThat(traject(w).getAfrondReden()).isEqualTo("SCHOOL");
            }
            default -> throw new AssertionError("codelijst-monitoringvervolg " + vervolg + " heeft geen pad in doorstroompunt-vsv");
        }
    }

    /**
     * MAS §8: a way, an outcome or a vervolg outside its list (also a code of another list) is refused on its field,
     * and nothing is stored.
     */
    @Test
    void contactEnVervolgWeigerenCodesBuitenHunLijst() {
        Werkproces w = vsv();
        String contact = task("ContactLeggen", w.instantie()).getId();
        assertThat(Weigeringen.veld(() -> taken.complete(contact, map("contactSoort", "DUIF", "contactDatum", new Date(),
                "contactUitkomst", "BEREIKT")))).isEqualTo("contactSoort");
        assertThat(Weigeringen.veld(() -> taken.complete(contact, map("contactSoort", "BRIEF", "contactDatum", new Date(),
                "contactUitkomst", "OPGELOST")))).as("a verzuim 18+ outcome").isEqualTo("contactUitkomst");
        assertThat(Weigeringen.veld(() -> taken.complete(contact, map("contactSoort", "BRIEF", "contactDatum", new Date()))))
                .as("missing").isEqualTo("contactUitkomst");
        assertThat(contactpogingen(w)).isEmpty();
        assertThat(w.instantie()).isWaitingAt("ContactLeggen");

        voltooi(w.instantie(), "ContactLeggen", "contactSoort", "TELEFOON", "contactDatum", new Date(), "contactUitkomst", "BEREIKT");
        voltooi(w.instantie(), "Begeleiden", "begeleidingUitkomst", "MONITORING", "monitoringResultaat", "WERK_KORT");
        totTimer(w.instantie(), "ControleMoment");
        String controle = task("Monitoringcontrole", w.instantie()).getId();
        assertThat(Weigeringen.veld(() -> taken.complete(controle, map("monitoringResultaat", "WERK_KORT",
                "monitoringVervolg", "MONITORING")))).as("a begeleiding choice").isEqualTo("monitoringVervolg");
        assertThat(jdbc.queryForObject("select count(*) from monitoring_controle where vsv_traject_id = ?",
                Integer.class, traject(w).getId())).isZero();
        assertThat(w.instantie()).isWaitingAt("Monitoringcontrole");
    }

    /** MAS §8: each monitoring category of [000] Tabel 5 puts the traject in monitoring and is recorded at a check. */
    @ParameterizedTest(name = "MAS §8 monitoring {0}")
    @MethodSource("monitoringResultaten")
    void elkeMonitoringcategorie(String categorie) {
        Werkproces w = vsv();
        voltooi(w.instantie(), "ContactLeggen", "contactSoort", "TELEFOON", "contactDatum", new Date(), "contactUitkomst", "BEREIKT");
        assertThat(opties(w, "Begeleiden", "monitoringResultaatOpties"))
                .isEqualTo(CodelijstBestand.opties(Codelijsten.MONITORINGRESULTAAT, "VSV"));

        voltooi(w.instantie(), "Begeleiden", "begeleidingUitkomst", "MONITORING", "monitoringResultaat", categorie);
        assertThat(traject(w).getStatus()).isEqualTo(VsvStatus.MONITORING);
        assertThat(traject(w).getLaatsteMonitoring()).isEqualTo(categorie);

        // The 3-monthly check (mas-termijn DSP_MONITORING) is pinned by the deadline tests; here only its form.
        totTimer(w.instantie(), "ControleMoment");
        assertThat(opties(w, "Monitoringcontrole", "monitoringResultaatOpties"))
                .isEqualTo(CodelijstBestand.opties(Codelijsten.MONITORINGRESULTAAT, "VSV"));
        voltooi(w.instantie(), "Monitoringcontrole", "monitoringResultaat", categorie, "monitoringVervolg", "DOORGAAN");
        assertThat(jdbc.queryForList("select resultaat from monitoring_controle mc join vsv_traject t on t.id = mc.vsv_traject_id "
                + "where t.dossier_id = ?", String.class, w.dossierId())).containsExactly(categorie);
    }

    /** MAS §8: a status outside [000] Tabel 5 is refused by name, and nothing is stored. */
    @Test
    void eenOnbekendeMonitoringcategorieWordtGeweigerd() {
        Werkproces w = vsv();
        voltooi(w.instantie(), "ContactLeggen", "contactSoort", "TELEFOON", "contactDatum", new Date(), "contactUitkomst", "BEREIKT");
        String begeleiden = task("Begeleiden", w.instantie()).getId();

        assertThat(Weigeringen.veld(() -> taken.complete(begeleiden, map("begeleidingUitkomst", "MONITORING",
                "monitoringResultaat", "OPGELOST")))).isEqualTo("monitoringResultaat");
        assertThat(traject(w).getStatus()).isEqualTo(VsvStatus.IN_BEHANDELING);
    }

    /** MAS §3: each reason of zorg en preventie is stored as the detail of the werkproces's resultaat. */
    @ParameterizedTest(name = "MAS §3 zorg en preventie, reden {0}")
    @MethodSource("zorgRedenen")
    void elkeRedenVanZorgEnPreventie(String reden) {
        Werkproces w = zorg();
        assertThat(opties(w, "ZorgEnPreventie", "zorgRedenOpties"))
                .isEqualTo(CodelijstBestand.opties(Codelijsten.ZORGREDEN, "ZORG_PREVENTIE"));
        voltooi(w.instantie(), "ZorgEnPreventie", "zorgReden", reden, "zorgAfspraken", "gesprek met mentor");
        voltooi(w.instantie(), "ZorgAfronden", "zorgUitkomst", "OVERIG");

        assertThat(w.instantie()).isEnded();
        assertThat(opgeslagen(w)).containsExactly("OVERIG", reden);
    }

    /** MAS §3, §8: each outcome closes the werkproces with it; a de-registration goes on as a vsv-traject. */
    @ParameterizedTest(name = "MAS §3 zorg en preventie, uitkomst {0}")
    @MethodSource("zorgUitkomsten")
    void elkeUitkomstVanZorgEnPreventie(String uitkomst) {
        Werkproces w = zorg();
        voltooi(w.instantie(), "ZorgEnPreventie", "zorgReden", "KANS_OP_UITVAL", "zorgAfspraken", "gesprek met mentor");
        assertThat(opties(w, "ZorgAfronden", "zorgUitkomstOpties"))
                .isEqualTo(CodelijstBestand.opties(Codelijsten.ZORGUITKOMST, "ZORG_PREVENTIE"));
        voltooi(w.instantie(), "ZorgAfronden", "zorgUitkomst", uitkomst);

        assertThat(w.instantie()).isEnded();
        assertThat(opgeslagen(w)).containsExactly(uitkomst, "KANS_OP_UITVAL");
        assertThat(vsvWerkprocessen(w)).isEqualTo("UITGESCHREVEN".equals(uitkomst) ? 1 : 0);
    }

    /**
     * MAS §3: the reason and the outcome are each checked against their own list when their task completes, not
     * against every resultaat of any werkproces (a verzuim 18+ outcome is no outcome of zorg en preventie).
     */
    @Test
    void zorgEnPreventieWeigertCodesVanEenAndereLijst() {
        Werkproces w = zorg();
        String afspraken = task("ZorgEnPreventie", w.instantie()).getId();
        assertThat(Weigeringen.veld(() -> taken.complete(afspraken, map("zorgReden", "BEHOUDEN_VOOR_SCHOOL",
                "zorgAfspraken", "-")))).isEqualTo("zorgReden");
        voltooi(w.instantie(), "ZorgEnPreventie", "zorgReden", "ADVISERENDE_ROL", "zorgAfspraken", "-");

        String afronden = task("ZorgAfronden", w.instantie()).getId();
        assertThat(Weigeringen.veld(() -> taken.complete(afronden, map("zorgUitkomst", "GEEN_CONTACT"))))
                .isEqualTo("zorgUitkomst");
        assertThat(Weigeringen.veld(() -> taken.complete(afronden, map("zorgUitkomst", "AFGEROND"))))
                .as("a resultaat only the model sets").isEqualTo("zorgUitkomst");
        assertThat(w.instantie()).isWaitingAt("ZorgAfronden");
        assertThat(opgeslagen(w)).containsOnlyNulls();
    }

    /** MAS §8: each outcome of the contact at verzuim 18+ closes the werkproces; uitgeschreven becomes a vsv-traject. */
    @ParameterizedTest(name = "MAS §8 verzuim 18+, uitkomst {0}")
    @MethodSource("contactUitkomsten18")
    void elkeUitkomstVanHetContactBijVerzuim18(String uitkomst) {
        Werkproces w = verzuim18();
        assertThat(opties(w, "ContactJongereEnSchool", "contactUitkomst18Opties"))
                .isEqualTo(CodelijstBestand.opties(Codelijsten.CONTACTUITKOMST18, "VERZUIM_18PLUS"));
        voltooi(w.instantie(), "ContactJongereEnSchool", "contactUitkomst18", uitkomst);

        assertThat(w.instantie()).isEnded();
        assertThat(opgeslagen(w).get(0)).isEqualTo(uitkomst);
        assertThat(vsvWerkprocessen(w)).isEqualTo("UITGESCHREVEN".equals(uitkomst) ? 1 : 0);
    }

    /** MAS §8: an outcome of zorg en preventie is no outcome of verzuim 18+ contact. */
    @Test
    void verzuim18WeigertEenUitkomstVanZorgEnPreventie() {
        Werkproces w = verzuim18();
        String contact = task("ContactJongereEnSchool", w.instantie()).getId();

        assertThat(Weigeringen.veld(() -> taken.complete(contact, map("contactUitkomst18", "BEHOUDEN_VOOR_SCHOOL"))))
                .isEqualTo("contactUitkomst18");
        assertThat(w.instantie()).isWaitingAt("ContactJongereEnSchool");
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private Werkproces vsv() {
        return melding(new NieuweMelding(null, "VSV", vandaag().toString(), nieuweJongere(19, "Doetinchem"), null, 0, 0,
                false, null, "uitgeschreven zonder startkwalificatie"));
    }

    private Werkproces zorg() {
        return melding(new NieuweMelding(null, "ZORG_PREVENTIE", vandaag().toString(), nieuweJongere(17, "Berkelland"),
                new NieuweMelding.SchoolGegevens("40DA", "Graafschap Vakcollege", "MBO"), 0, 0, false, null, null));
    }

    private Werkproces verzuim18() {
        return melding(new NieuweMelding(null, "VERZUIM_18PLUS", vandaag().toString(), nieuweJongere(19, "Aalten"),
                new NieuweMelding.SchoolGegevens("40DA", "Graafschap Vakcollege", "MBO"), 24, 0, false, true, null));
    }

    private List<String> contactpogingen(Werkproces w) {
        return jdbc.queryForList("select soort || ' ' || uitkomst from contactpoging c join vsv_traject t on t.id = "
                + "c.vsv_traject_id where t.dossier_id = ? order by c.id", String.class, w.dossierId());
    }

    private VsvTraject traject(Werkproces w) {
        return trajecten.findByDossierId(w.dossierId()).orElseThrow();
    }

    private long vsvWerkprocessen(Werkproces w) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(VsvWerkprocessen.PROCES)
                .variableValueEquals("dossierId", w.dossierId()).count();
    }

    private List<String> opgeslagen(Werkproces w) {
        Map<String, Object> rij = jdbc.queryForMap("select resultaat, resultaat_detail from werkproces where id = ?", w.id());
        return java.util.Arrays.asList((String) rij.get("resultaat"), (String) rij.get("resultaat_detail"));
    }

    /** The options the form of {@code taak} gets (its input mapping), as the engine stores them. */
    @SuppressWarnings("unchecked")
    private List<Map<String, String>> opties(Werkproces w, String taak, String variabele) {
        ObjectValue waarde = taken.getVariableTyped(task(taak, w.instantie()).getId(), variabele);
        assertThat(waarde.getSerializationDataFormat()).isEqualTo("application/json");
        return (List<Map<String, String>>) waarde.getValue();
    }
}
