package nl.schoolverzuim.dossier;

/**
 * The one resultaat a werkproces closes with, stored by name in {@code werkproces.resultaat}. The codes are those of
 * the forms and models that choose them; a new one is added there and here alike.
 */
public enum WerkprocesResultaat {

    // Leerplicht ([000] Bijlage 1, MAS §4.5): form werkproces-afsluiten, the choice leerplicht.Resultaat.
    TERUG_NAAR_SCHOOL, DAGBESTEDING_MET_SCHOOLINSCHRIJVING, LANGDURIGE_HULPVERLENING, TIME_OUT_VOORZIENING,
    VRIJSTELLING, TIJDELIJK_WERK, OVERDRACHT_DSP, OVERIG,

    // Triage (MAS §3, §4 step 1): the absence was geoorloofd, so no verzuim and none of the Resultaten above.
    GEOORLOOFD,

    // Doorstroompunt vsv (MAS §8): traject afgerond, unreachable or refusing, moved to another regio.
    AFGEROND, SITUATIE_ONBEKEND, OVERGEDRAGEN,

    // Verzuim 18+ and zorg en preventie (MAS §3, §8): de-registered, a VsvTraject starts.
    UITGESCHREVEN,

    // Verzuim 18+ (MAS §8): no action wanted, or form dsp-verzuim18-contact (contactUitkomst18).
    GEEN_ACTIE, OPGELOST, DOORVERWEZEN, GEEN_CONTACT,

    // Zorg en preventie (MAS §3): form dsp-zorg-afronden (zorgUitkomst), OVERIG besides these.
    BEHOUDEN_VOOR_SCHOOL, OVERSTAP
}
