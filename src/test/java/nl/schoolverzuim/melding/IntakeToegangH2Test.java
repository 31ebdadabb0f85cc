package nl.schoolverzuim.melding;

/** Who may send and read what the intake stored on the embedded default database, H2. */
class IntakeToegangH2Test extends IntakeToegangTests {
}
