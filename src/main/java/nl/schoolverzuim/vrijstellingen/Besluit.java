package nl.schoolverzuim.vrijstellingen;

/** The LPA's decision on an aanvraag (contract vrijstellingen.md). */
public enum Besluit {
    VERLENEN, AFWIJZEN
}
