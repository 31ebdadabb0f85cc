package nl.schoolverzuim.vrijstellingen;

/** The three regions of the school holidays (rijksoverheid.nl); each gemeente is in one. */
public enum Vakantieregio {
    NOORD, MIDDEN, ZUID
}
