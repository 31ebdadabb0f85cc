package nl.schoolverzuim.leerplicht;

/**
 * The decisions of "Melding triëren" (MAS §4 step 1), the values of form melding-trieren's field triageBesluit and of
 * the conditions of gateway InBehandeling. Checked on completion, so another value is a Dutch refusal, not a
 * werkproces stuck at a gateway without a matching flow.
 */
enum Triagebesluit {
    IN_BEHANDELING, GEOORLOOFD, ANDERE_GEMEENTE, DUBBEL
}
