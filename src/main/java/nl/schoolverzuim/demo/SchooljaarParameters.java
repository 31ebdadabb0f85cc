package nl.schoolverzuim.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.Yaml;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The parameters of a synthetic school year ({@code src/main/resources/synthetisch/<naam>.yml}): the regio, its
 * gemeenten and schools, and the target totals of the annual report the generated year must reproduce. The fields
 * and their meaning are documented in the file itself and in docs/synthetisch-schooljaar.md.
 */
record SchooljaarParameters(String naam, String schooljaar, long seed, int schaal, RegioParameter regio,
                            List<GemeenteParameter> gemeenten, List<SchoolParameter> scholen,
                            Map<String, MeldingenRij> meldingen, Map<String, Map<String, Integer>> vrijstellingen,
                            Map<String, Handhaving> handhaving, Verzuim18Plus verzuim18Plus,
                            Map<String, VsvStatus> vsvNieuw, Map<String, VsvStatus> vsvOud,
                            Map<String, NieuwOud> vsvMonitoringResultaten, Map<String, NieuwOud> vsvAfgerondRedenen) {

    record RegioParameter(String code, String naam) {
    }

    /** {@code jeugd} (5-18) and {@code jongvolwassen} (18-23) weigh how meldingen are spread over the gemeenten. */
    record GemeenteParameter(String naam, String cbsCode, int jeugd, int jongvolwassen) {
    }

    /** A school of one gemeente, or of the whole regio when {@code gemeente} is null. */
    record SchoolParameter(String brin, String naam, String onderwijssoort, String gemeente) {
    }

    /** One row of [000] Tabel 1 with the resultaten of Tabel 1B-1J. */
    record MeldingenRij(int absoluut, int absoluutLangerDan3Maanden, int absoluutLangerDan4Weken,
                        int absoluutWeerIngeschreven, int wettelijk, int wettelijkHerhaald, int langdurigRelatief,
                        int luxe, int overig, int informatieAdvies, Map<String, Integer> resultaten) {

        int totaal() {
            return absoluut + wettelijk + langdurigRelatief + luxe + overig;
        }
    }

    record Handhaving(int haltVerwijzingen, int procesVerbaalLuxe, int procesVerbaalWettelijk) {
    }

    record Verzuim18Plus(int meldingen, int actieGewenst, int uniekeJongeren, int recidive) {
    }

    record VsvStatus(int inBehandeling, int monitoring, int afgerond) {
    }

    record NieuwOud(int nieuw, int oud) {
    }

    /** The parameter file {@code synthetisch/<naam>.yml} on the classpath, checked for consistency. */
    static SchooljaarParameters lees(String naam) {
        if (naam == null || !naam.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("Onbekende parameterset voor het synthetische schooljaar: " + naam);
        }
        try (InputStream in = new ClassPathResource("synthetisch/" + naam + ".yml").getInputStream()) {
            Map<String, Object> yaml = new Yaml().load(in);
            SchooljaarParameters parameters = new ObjectMapper()
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .convertValue(yaml, SchooljaarParameters.class);
            parameters.controleer();
            return parameters;
        } catch (IOException e) {
            throw new IllegalArgumentException("Parameterset " + naam + " is niet te lezen", e);
        }
    }

    /** The same parameters at another scale, e.g. 40 for the national load. */
    SchooljaarParameters opSchaal(int nieuweSchaal) {
        return new SchooljaarParameters(naam, schooljaar, seed, nieuweSchaal, regio, gemeenten, scholen, meldingen,
                vrijstellingen, handhaving, verzuim18Plus, vsvNieuw, vsvOud, vsvMonitoringResultaten,
                vsvAfgerondRedenen);
    }

    /** The cross-checks of the report itself: what cannot be generated is refused before anything is walked. */
    private void controleer() {
        meldingen.forEach((groep, rij) -> {
            int resultaten = rij.resultaten().values().stream().mapToInt(Integer::intValue).sum();
            vereist(resultaten == rij.totaal(), groep + ": de resultaten tellen op tot " + resultaten + ", niet tot "
                    + rij.totaal());
            vereist(rij.absoluutLangerDan3Maanden() <= rij.absoluutLangerDan4Weken()
                    && rij.absoluutLangerDan4Weken() <= rij.absoluut(), groep + ": > 3 maanden ⊆ > 4 weken ⊆ absoluut");
            vereist(rij.absoluutWeerIngeschreven() <= rij.absoluut(), groep + ": weer ingeschreven ⊆ absoluut");
            vereist(2 * rij.wettelijkHerhaald() <= rij.wettelijk(),
                    groep + ": elke herhaalde melding volgt op een eerdere wettelijke melding van dezelfde jongere");
        });
        int monitoringNieuw = vsvNieuw.values().stream().mapToInt(VsvStatus::monitoring).sum();
        int monitoringOud = vsvOud.values().stream().mapToInt(VsvStatus::monitoring).sum();
        vereist(monitoringNieuw == vsvMonitoringResultaten.values().stream().mapToInt(NieuwOud::nieuw).sum()
                && monitoringOud == vsvMonitoringResultaten.values().stream().mapToInt(NieuwOud::oud).sum(),
                "de monitoringresultaten tellen niet op tot de trajecten in monitoring");
        vereist(vsvNieuw.values().stream().mapToInt(VsvStatus::afgerond).sum()
                == vsvAfgerondRedenen.values().stream().mapToInt(NieuwOud::nieuw).sum(),
                "de afrondredenen van nieuwe vsv'ers tellen niet op tot de afgeronde trajecten");
        vereist(vsvOud.values().stream().mapToInt(VsvStatus::afgerond).sum()
                >= vsvAfgerondRedenen.values().stream().mapToInt(NieuwOud::oud).sum(),
                "meer oude trajecten afgerond in het schooljaar dan afgerond");
        Verzuim18Plus v = verzuim18Plus;
        vereist(v.recidive() <= v.uniekeJongeren() && v.uniekeJongeren() + v.recidive() <= v.meldingen()
                && v.actieGewenst() <= v.meldingen(), "verzuim 18+: recidive ⊆ jongeren, twee meldingen per recidivist");
    }

    private static void vereist(boolean voorwaarde, String fout) {
        if (!voorwaarde) {
            throw new IllegalArgumentException("Parameters van het synthetische schooljaar: " + fout);
        }
    }
}
