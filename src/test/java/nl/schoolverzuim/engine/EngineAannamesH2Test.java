package nl.schoolverzuim.engine;

/** The engine extensions' assumptions on the embedded default database, H2. */
class EngineAannamesH2Test extends EngineAannamesTests {
}
