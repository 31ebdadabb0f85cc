package nl.schoolverzuim.rapportage;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The art. 25 jaarverslag of one school year (MAS §9), in the shape of {@code shared/api/jaarverslag.md}: the tables of
 * [000] for a regio, or for one gemeente. JSON, CSV, PDF and the page all render this one value, so they cannot
 * disagree. {@code gemeente} is null (in JSON too, as in the contract) for the whole regio. Every table names its
 * counting unit in {@code eenheid}; the definitions are in {@code docs/jaarverslag.md}.
 */
public record Jaarverslag(String schooljaar, String regio,
                          @JsonInclude(JsonInclude.Include.ALWAYS) String gemeente, Tabellen tabellen,
                          List<TrendJaar> trend) {

    public static final String MELDINGEN = "meldingen";
    public static final String JONGEREN = "jongeren";
    public static final String VRIJSTELLINGEN = "vrijstellingen";
    public static final String INTERVENTIES = "interventies";

    public record Tabellen(
            Tabel<MeldingenRij> meldingenPerOnderwijssoort,
            Tabel<ResultatenRij> resultatenPerOnderwijssoort,
            Tabel<VrijstellingenRij> vrijstellingenPerGemeente,
            Tabel<HandhavingRij> handhavingPerGemeente,
            Verzuim18Plus verzuim18Plus,
            Tabel<VsvStatusRij> vsvStatusNieuw,
            Tabel<VsvStatusRij> vsvStatusOud,
            Tabel<NieuwOudRij> vsvMonitoringResultaten,
            Tabel<NieuwOudRij> vsvAfgerondRedenen,
            Tabel<ThuiszittersRij> thuiszittersPerGemeente) {
    }

    public record Tabel<R>(String eenheid, List<R> rijen) {
    }

    /** [000] Tabel 1A/1C/1E/1G/1I; onderwijssoort is BO_SBO, VSO_SO, VO, MBO or GEEN_ONDERWIJS. */
    public record MeldingenRij(String onderwijssoort, int absoluut, int absoluutLangerDan3Maanden,
            int absoluutLangerDan4Weken, int absoluutWeerIngeschreven, int wettelijk, int wettelijkHerhaald,
            int langdurigRelatief, int luxe, int overig, int informatieAdvies, int totaal) {
    }

    /**
     * [000] Tabel 1B/1D/1F/1H/1J: one column per Resultaat code, in the order of {@code lijst-resultaat}. In JSON the
     * codes are properties of the row itself, as in the contract.
     */
    @JsonPropertyOrder({ "onderwijssoort" })
    public record ResultatenRij(String onderwijssoort, @JsonIgnore Map<String, Integer> perResultaat, int totaal) {
        @JsonAnyGetter
        public Map<String, Integer> kolommen() {
            return perResultaat;
        }
    }

    /** [000] Tabel 2A: one column per Grond (ART_3B, ART_5A, ART_5B, ART_5C, ART_15), as row properties in JSON. */
    @JsonPropertyOrder({ "gemeente" })
    public record VrijstellingenRij(String gemeente, @JsonIgnore Map<String, Integer> perGrond, int totaal) {
        @JsonAnyGetter
        public Map<String, Integer> kolommen() {
            return perGrond;
        }
    }

    /** [000] Tabel 2B, with the PV of the other verzuimsoorten beside it ([003] counts them too). */
    public record HandhavingRij(String gemeente, int haltVerwijzingen, int procesVerbaalLuxe,
            int procesVerbaalWettelijk, int procesVerbaalAbsoluut, int procesVerbaalOverig, int totaal) {
    }

    /** [000] Tabel 3: meldingen 18+, of which actie gewenst, the unique Jongeren, recidive (more than one melding). */
    public record Verzuim18Plus(String eenheid, int meldingen, int actieGewenst, int percentageActieGewenst,
            int uniekeJongeren, int recidive, int eenMelding) {
    }

    /** [000] Tabel 4 (new vsv'ers) and Tabel 7 (old vsv'ers): VsvTraject status per gemeente. */
    public record VsvStatusRij(String gemeente, int inBehandeling, int monitoring, int afgerond, int totaal) {
    }

    /** [000] Tabel 5 (monitoring results) and Tabel 6 (afgerond reasons): a code with its count for new and old. */
    public record NieuwOudRij(String code, int nieuw, int oud) {
    }

    /** MAS §6: thuiszitters per gemeente in the school year, and how many of them were still thuiszitter at its end. */
    public record ThuiszittersRij(String gemeente, int thuiszitters, int nogThuiszitterAanHetEinde) {
    }

    /** The main figures of an earlier school year the database holds, for the trend lines. */
    public record TrendJaar(String schooljaar, int absoluut, int wettelijk, int langdurigRelatief, int luxe,
            int overig, int informatieAdvies, int totaal, Map<String, Integer> vrijstellingenPerGrond,
            int haltVerwijzingen, int processenVerbaal, int verzuim18PlusMeldingen, int verzuim18PlusActieGewenst,
            int vsvNieuw, int thuiszitters) {
    }
}
