package nl.schoolverzuim.organisatie;

/** Kind of school (the reports group them as (S)BO, (V)SO, VO, MBO, MAS §9). */
public enum Onderwijssoort {
    PO("Primair onderwijs"),
    SBO("Speciaal basisonderwijs"),
    SO("Speciaal onderwijs"),
    VSO("Voortgezet speciaal onderwijs"),
    VO("Voortgezet onderwijs"),
    MBO("Middelbaar beroepsonderwijs"),
    VAVO("Voortgezet algemeen volwassenenonderwijs");

    private final String omschrijving;

    Onderwijssoort(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
