package nl.schoolverzuim.vrijstellingen;

/** Where a vrijstelling stands (contract vrijstellingen.md). Only VERLEEND is active and exported to DUO. */
public enum Status {
    AANGEVRAAGD, VERLEEND, AFGEWEZEN, VERLOPEN, INGETROKKEN
}
