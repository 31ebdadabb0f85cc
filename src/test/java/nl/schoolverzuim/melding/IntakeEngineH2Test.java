package nl.schoolverzuim.melding;

/** The engine and persistence extensions an intake runs through on the embedded default database, H2. */
class IntakeEngineH2Test extends IntakeEngineTests {
}
