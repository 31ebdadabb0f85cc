package nl.schoolverzuim.domein;

/**
 * Grounds of art. 4a lid 2 Leerplichtwet on which a Jongere who is no longer leerplichtig has no kwalificatieplicht
 * (MAS §2), as a melding may state them ({@code jongere.kwalificatieplichtVervallen}). Decision
 * {@value Leerplichtfase#DECISION_KEY} names the same codes; {@code LeerplichtFaseDmnTest} keeps the two in step.
 */
public enum KwalificatieplichtVervallen {
    /** Left vso with profile dagbesteding. */
    VSO_DAGBESTEDING,
    /** Left vso with profile arbeidsmarkt. */
    VSO_ARBEIDSMARKT,
    /** Left praktijkonderwijs with its certificate. */
    PRAKTIJKONDERWIJS_CERTIFICAAT
}
