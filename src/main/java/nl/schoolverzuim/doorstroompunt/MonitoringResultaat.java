package nl.schoolverzuim.doorstroompunt;

/**
 * The result categories of a monitoring check ([000] Tabel 5, MAS §8), as forms dsp-begeleiden and dsp-monitoring
 * (monitoringResultaat) offer them; stored by name.
 */
public enum MonitoringResultaat {
    WERK_KORT, WERK_6_12, WERK_12_PLUS, WERK_INTERNE_OPLEIDING, WERK_LOONKOSTENSUBSIDIE, WERK_NIET_GESPECIFICEERD, ZZP,
    WACHT_OP_INSCHRIJVING, SCHOOL, PARTICIPATIEWET, WAJONG, DAGBESTEDING, HULPVERLENING,
    NIET_BEREIKBAAR_ONGEMOTIVEERD, OVERIG
}
