package nl.schoolverzuim.vrijstellingen;

/** {@link VrijstellingApiTests} on H2. */
class VrijstellingApiTest extends VrijstellingApiTests {
}
