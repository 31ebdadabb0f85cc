package nl.schoolverzuim.dossier;

/** The move of earlier versions' notes into the journal on H2. */
class NotitiesNaarJournaalH2Test extends NotitiesNaarJournaalTests {
}
