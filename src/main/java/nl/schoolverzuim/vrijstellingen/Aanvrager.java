package nl.schoolverzuim.vrijstellingen;

/** Who asks: the ouders, or from 16 (art. 15) the Jongere (contract vrijstellingen.md). */
public enum Aanvrager {
    OUDERS, JONGERE
}
