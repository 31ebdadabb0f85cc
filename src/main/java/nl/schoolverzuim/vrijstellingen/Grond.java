package nl.schoolverzuim.vrijstellingen;

/**
 * The grounds of a vrijstelling (MAS §7), named after their article of the Leerplichtwet 1969. Their legal labels and
 * which may be renewed are in decision {@code vrijstelling-grond} ({@code processes/vrijstelling-toets.dmn}).
 */
public enum Grond {
    ART_3B, ART_5A, ART_5B, ART_5C, ART_15
}
