package nl.schoolverzuim.rapportage;

/** {@link JaarverslagTests} on H2. */
class JaarverslagTest extends JaarverslagTests {
}
