package nl.schoolverzuim.engine;

/** MAS §10 retention on the embedded default database, H2. */
class BewaartermijnH2Test extends BewaartermijnTests {
}
