package nl.schoolverzuim.doorstroompunt;

/** MAS §8: IN_BEHANDELING → MONITORING ⇄ IN_BEHANDELING → AFGEROND. */
public enum VsvStatus { IN_BEHANDELING, MONITORING, AFGEROND }
