package nl.schoolverzuim.vrijstellingen;

/** {@link VrijstellingTellingenTests} on H2. */
class VrijstellingTellingenTest extends VrijstellingTellingenTests {
}
