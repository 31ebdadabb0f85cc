package nl.schoolverzuim.melding;

/** The intake contract on the embedded default database, H2. */
class IntakeContractH2Test extends IntakeContractTests {
}
