package nl.schoolverzuim.dossier;

/**
 * The resultaten a werkproces closes with that the models and the process beans set themselves, stored by name in
 * {@code werkproces.resultaat}. The resultaten an officer chooses in a form are the codes of
 * {@code processes/codelijsten.dmn} (domein.Codelijsten), stored the same way; they are not repeated here.
 */
public enum WerkprocesResultaat {

    // Leerplicht (MAS §2, §4): triage does not take the melding on; the 18th birthday.
    OVERIG, OVERDRACHT_DSP,

    // Triage (MAS §3, §4 step 1): the absence was geoorloofd, so no verzuim and none of the Resultaten above.
    GEOORLOOFD,

    // Doorstroompunt vsv (MAS §8): traject afgerond, unreachable or refusing, moved to another regio.
    AFGEROND, SITUATIE_ONBEKEND, OVERGEDRAGEN,

    // Verzuim 18+ and zorg en preventie (MAS §3, §8): de-registered, a VsvTraject starts.
    UITGESCHREVEN,

    // Verzuim 18+ (MAS §8): no action wanted (doorstroompunt-verzuim18, task ZonderActieAfsluiten).
    GEEN_ACTIE
}
