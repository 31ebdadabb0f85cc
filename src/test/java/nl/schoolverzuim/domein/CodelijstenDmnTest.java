package nl.schoolverzuim.domein;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import nl.schoolverzuim.doorstroompunt.MonitoringResultaat;
import nl.schoolverzuim.testsupport.CodelijstBestand;

/**
 * The decisions of {@code processes/codelijsten.dmn} as the file holds them: the lists of MAS §4.5 (Resultaat,
 * reasons per verzuimsoort), §8 (monitoring categories of [000] Tabel 5, verzuim 18+ outcomes) and §3 (zorg en
 * preventie), per verzuimsoort including unknown (null).
 */
class CodelijstenDmnTest {

    private static final List<String> RESULTATEN = List.of("TERUG_NAAR_SCHOOL", "DAGBESTEDING_MET_SCHOOLINSCHRIJVING",
            "LANGDURIGE_HULPVERLENING", "TIME_OUT_VOORZIENING", "VRIJSTELLING", "TIJDELIJK_WERK", "OVERDRACHT_DSP",
            "OVERIG");
    private static final List<String> ABSOLUUT = List.of("TIJDENS_SCHOOLVAKANTIE", "AL_SK_BEHAALD",
            "WEER_INGESCHREVEN", "VOLVERKLARING_SO", "TEN_ONRECHTE_AANGEMERKT", "TIJDELIJK_VERBLIJF_VERHUISD",
            "OP_ZOEK_NAAR_PASSEND_ONDERWIJS", "PROCES_VERBAAL");
    private static final List<String> LUXE = List.of("GEOORLOOFD_NA_CONTROLE", "NOG_NIET_LEERPLICHTIG", "PV_OUDERS",
            "SCHRIFTELIJKE_WAARSCHUWING", "TE_LAAT_ONTVANGEN");

    /** Every verzuimsoort and unknown. */
    static Stream<String> soorten() {
        return Stream.concat(Stream.of((String) null), Arrays.stream(Verzuimsoort.values()).map(Enum::name));
    }

    /** MAS §4.5: the eight resultaten of [000] Bijlage 1, whatever the verzuimsoort (also unknown). */
    @ParameterizedTest(name = "MAS §4.5 resultaten bij {0}")
    @MethodSource("soorten")
    void resultatenVanBijlage1(String verzuimsoort) {
        assertThat(CodelijstBestand.codes(Codelijsten.RESULTAAT, verzuimsoort)).isEqualTo(RESULTATEN);
    }

    /** MAS §4.5: reasons of [004] for absoluut and luxe verzuim only; no other (or unknown) soort has a reason. */
    @ParameterizedTest(name = "MAS §4.5 redenen bij {0}")
    @MethodSource("soorten")
    void redenenAlleenBijAbsoluutEnLuxe(String verzuimsoort) {
        List<String> verwacht = "ABSOLUUT".equals(verzuimsoort) ? ABSOLUUT : "LUXE".equals(verzuimsoort) ? LUXE : List.of();
        assertThat(CodelijstBestand.codes(Codelijsten.AFSLUITREDEN, verzuimsoort)).isEqualTo(verwacht);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            codelijst-monitoringresultaat, 'WERK_KORT,WERK_6_12,WERK_12_PLUS,WERK_INTERNE_OPLEIDING,WERK_LOONKOSTENSUBSIDIE,WERK_NIET_GESPECIFICEERD,ZZP,WACHT_OP_INSCHRIJVING,SCHOOL,PARTICIPATIEWET,WAJONG,DAGBESTEDING,HULPVERLENING,NIET_BEREIKBAAR_ONGEMOTIVEERD,OVERIG'
            codelijst-zorgreden,           'KANS_OP_UITVAL,NEGATIEF_STUDIEADVIES,VERKEERDE_STUDIEKEUZE,GEEN_BBL_LEERBAAN,ADVISERENDE_ROL'
            codelijst-zorguitkomst,        'BEHOUDEN_VOOR_SCHOOL,OVERSTAP,UITGESCHREVEN,OVERIG'
            codelijst-contactuitkomst18,   'OPGELOST,UITGESCHREVEN,DOORVERWEZEN,GEEN_CONTACT,STARTKWALIFICATIE_BEHAALD'
            codelijst-contactsoort,        'TELEFOON,MAIL,BRIEF,HUISBEZOEK'
            codelijst-contactuitkomst,     'BEREIKT,NIET_BEREIKT,NIET_BEREIKBAAR,WEIGERT'
            codelijst-monitoringvervolg,   'DOORGAAN,TERUG_NAAR_BEGELEIDING,AFRONDEN'
            """)
    void doorstroompuntlijsten(String codelijst, String codes) {
        // MAS §8 ([000] Tabel 5), MAS §3 (zorg en preventie), MAS §8 (verzuim 18+; with startkwalificatie behaald, MAS
        // §2 and ADR 0024), MAS §8 (contact by telefoon, mail, brief or huisbezoek; reached, not yet, unreachable or
        // refusing; monitoring goes on, falls back to begeleiding or ends): the same for every verzuimsoort.
        soorten().forEach(soort -> assertThat(CodelijstBestand.codes(codelijst, soort)).as(soort)
                .containsExactly(codes.split(",")));
    }

    @ParameterizedTest(name = "{2}: {0}")
    @CsvSource(delimiter = ';', textBlock = """
            codelijst-haltuitkomst;  POSITIEF,NEGATIEF;                       MAS §4.3 Halt meldt positief of negatief terug
            codelijst-rvdkuitkomst;  MAATREGEL,GEEN_MAATREGEL,GEEN_ONDERZOEK; MAS §4.3 uitkomst van de Raad (maatregel, geen maatregel)
            codelijst-hulpresultaat; LOOPT,AFGEROND,GEWEIGERD;                MAS §4.3 vrijwillige hulp evalueren
            codelijst-toestemming;   OUDERS,JONGERE,OUDERS_EN_JONGERE;        MAS §10 toestemming vastgelegd bij hulp
            codelijst-veiligthuis;   GEMELD,ADVIES_GEVRAAGD,NIET_GEMELD;      MAS §4.3 Veilig Thuis volgens de meldcode
            codelijst-tafeluitkomst; LOOPT,TERUG_NAAR_SCHOOL,TUSSENVOORZIENING,DAGBESTEDING_JEUGDWET,DOORGELEID_DSP,ANDERS; MAS §6 evalueren tot school, tussenvoorziening, dagbesteding of (17 jaar) DSP
            """)
    void leerplichtlijsten(String codelijst, String codes, String regel) {
        // the same for every verzuimsoort, also unknown
        soorten().forEach(soort -> assertThat(CodelijstBestand.codes(codelijst, soort)).as(regel + " bij " + soort)
                .containsExactly(codes.split(",")));
    }

    /** The codes the models and beans set or test themselves stay in their lists (MAS §8, §3, §4.3, §6). */
    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource({
            // gateway HaltUitkomst (MAS §4.3)
            "codelijst-haltuitkomst, POSITIEF",
            "codelijst-haltuitkomst, NEGATIEF",
            "codelijst-monitoringresultaat, " + MonitoringResultaat.NIET_BEREIKBAAR_ONGEMOTIVEERD,
            "codelijst-zorguitkomst, UITGESCHREVEN",
            "codelijst-contactuitkomst18, UITGESCHREVEN",
            // gateway ContactUitkomst (MAS §8)
            "codelijst-contactuitkomst, BEREIKT",
            "codelijst-contactuitkomst, NIET_BEREIKT",
            "codelijst-contactuitkomst, NIET_BEREIKBAAR",
            "codelijst-contactuitkomst, WEIGERT",
            // gateway MonitoringVervolg, DoorstroompuntWerkproces#legMonitoringVast and #controleerVervolg (MAS §8)
            "codelijst-monitoringvervolg, DOORGAAN",
            "codelijst-monitoringvervolg, TERUG_NAAR_BEGELEIDING",
            "codelijst-monitoringvervolg, AFRONDEN",
            // gateway PlanUitkomst, Thuiszitters#legEvaluatieVast, thuiszitter-tafeluitkomst Rule_02/Rule_03 (MAS §6)
            "codelijst-tafeluitkomst, LOOPT",
            "codelijst-tafeluitkomst, DOORGELEID_DSP",
            // vsv-afronding and DoorstroompuntWerkproces#geenDoelgroepMeer (MAS §8)
            "codelijst-afrondreden, SCHOOL",
            "codelijst-afrondreden, STARTKWALIFICATIE_BEHAALD",
            "codelijst-afrondreden, GEEN_DOELGROEP_MEER",
    })
    void codesVanDeModellenBlijven(String codelijst, String code) {
        assertThat(CodelijstBestand.codes(codelijst, null)).contains(code);
    }

    /**
     * Every code a gateway of a model tests ({@code ${veld == 'CODE'}} or {@code !=}) is a row of the field's list, so
     * removing a row a path depends on fails here (MAS §8, §3, §4.3, §6).
     */
    @ParameterizedTest(name = "{0}: {1} uit {2}")
    @CsvSource({
            "doorstroompunt-vsv, contactUitkomst, codelijst-contactuitkomst",
            "doorstroompunt-vsv, monitoringVervolg, codelijst-monitoringvervolg",
            "doorstroompunt-verzuim18, contactUitkomst18, codelijst-contactuitkomst18",
            "doorstroompunt-zorg-preventie, zorgUitkomst, codelijst-zorguitkomst",
            "leerplicht-verzuim, haltUitkomst, codelijst-haltuitkomst",
            "thuiszitterstafel, tafelUitkomst, codelijst-tafeluitkomst",
    })
    void codesVanDeGatewaysStaanInHunLijst(String proces, String veld, String codelijst) throws IOException {
        String model = Files.readString(Path.of("processes", proces + ".bpmn"));
        Matcher voorwaarde = Pattern.compile("\\b" + veld + "\\s*[!=]=\\s*'([A-Z0-9_]+)'").matcher(model);
        List<String> getest = new ArrayList<>();
        while (voorwaarde.find()) {
            getest.add(voorwaarde.group(1));
        }
        assertThat(getest).as("codes tested in " + proces).isNotEmpty();
        assertThat(CodelijstBestand.codes(codelijst, null)).containsAll(getest);
    }

    /** The contact attempt's codes fit contactpoging.soort and .uitkomst (20), a vervolg monitoring_controle (30). */
    @ParameterizedTest(name = "{0} hoogstens {1} tekens")
    @CsvSource({"codelijst-contactsoort, 20", "codelijst-contactuitkomst, 20", "codelijst-monitoringvervolg, 30"})
    void codesPassenInHunKolom(String codelijst, int lengte) {
        soorten().forEach(soort -> assertThat(CodelijstBestand.codes(codelijst, soort))
                .allSatisfy(code -> assertThat(code).hasSizeLessThanOrEqualTo(lengte)));
    }

    /** Stored codes fit their columns (resultaat and monitoring 40, detail 60), are unique and have a label. */
    @ParameterizedTest(name = "{0} bij {1}")
    @MethodSource("lijstenEnSoorten")
    void elkeRegelHeeftEenOpslaanbareCodeEnEenLabel(String codelijst, String verzuimsoort) {
        List<Map<String, Object>> rijen = CodelijstBestand.rijen(codelijst, verzuimsoort);
        assertThat(rijen).allSatisfy(rij -> {
            assertThat((String) rij.get("code")).matches("[A-Z0-9_]{1,40}");
            assertThat((String) rij.get("label")).isNotBlank();
        });
        assertThat(rijen.stream().map(r -> r.get("code"))).doesNotHaveDuplicates();
    }

    static Stream<Arguments> lijstenEnSoorten() {
        return Codelijsten.ALLE.stream().flatMap(lijst -> soorten().map(soort -> Arguments.of(lijst, soort)));
    }
}
