package nl.schoolverzuim.vrijstellingen;

/** The documents an aanvraag can come with (contract vrijstellingen.md); the toets reads which are there. */
public enum Bijlage {
    VERKLARING_DESKUNDIGE, SOCIAAL_MEDISCH_ADVIES, BEWIJS_INSCHRIJVING_BUITENLAND, BEWIJS_AANWEZIGHEID_BUITENLAND,
    ALTERNATIEF_PROGRAMMA
}
