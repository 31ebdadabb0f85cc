package nl.schoolverzuim.leerplicht;

import java.util.Set;

import nl.schoolverzuim.dossier.WerkprocesResultaat;

/** The one Resultaat a leerplicht werkproces closes with ([000] Bijlage 1, MAS §4.5). */
public enum Resultaat {
    TERUG_NAAR_SCHOOL(WerkprocesResultaat.TERUG_NAAR_SCHOOL),
    DAGBESTEDING_MET_SCHOOLINSCHRIJVING(WerkprocesResultaat.DAGBESTEDING_MET_SCHOOLINSCHRIJVING),
    LANGDURIGE_HULPVERLENING(WerkprocesResultaat.LANGDURIGE_HULPVERLENING),
    TIME_OUT_VOORZIENING(WerkprocesResultaat.TIME_OUT_VOORZIENING),
    VRIJSTELLING(WerkprocesResultaat.VRIJSTELLING),
    TIJDELIJK_WERK(WerkprocesResultaat.TIJDELIJK_WERK),
    OVERDRACHT_DSP(WerkprocesResultaat.OVERDRACHT_DSP),
    OVERIG(WerkprocesResultaat.OVERIG);

    /** MAS §4.5 detail reasons of ABSOLUUT verzuim ([004]). */
    public static final Set<String> ABSOLUUT_REDENEN = Set.of("TIJDENS_SCHOOLVAKANTIE", "AL_SK_BEHAALD",
            "WEER_INGESCHREVEN", "VOLVERKLARING_SO", "TEN_ONRECHTE_AANGEMERKT", "TIJDELIJK_VERBLIJF_VERHUISD",
            "OP_ZOEK_NAAR_PASSEND_ONDERWIJS", "PROCES_VERBAAL");

    /** MAS §4.5 detail reasons of LUXE verzuim ([004]). */
    public static final Set<String> LUXE_REDENEN = Set.of("GEOORLOOFD_NA_CONTROLE", "NOG_NIET_LEERPLICHTIG",
            "PV_OUDERS", "SCHRIFTELIJKE_WAARSCHUWING", "TE_LAAT_ONTVANGEN");

    private final WerkprocesResultaat werkprocesResultaat;

    Resultaat(WerkprocesResultaat werkprocesResultaat) {
        this.werkprocesResultaat = werkprocesResultaat;
    }

    /** How the werkproces stores it: the same code. */
    public WerkprocesResultaat werkprocesResultaat() {
        return werkprocesResultaat;
    }
}
