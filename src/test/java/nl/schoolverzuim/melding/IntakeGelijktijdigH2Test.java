package nl.schoolverzuim.melding;

/** Intake under concurrency and BSN-free logging on the embedded default database, H2. */
class IntakeGelijktijdigH2Test extends IntakeGelijktijdigTests {
}
