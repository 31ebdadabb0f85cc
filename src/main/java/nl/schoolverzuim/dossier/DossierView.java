package nl.schoolverzuim.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.schoolverzuim.domein.Leerplichtfase;
import nl.schoolverzuim.dossier.DossierMeldingen.MeldingRegel;

/**
 * {@code GET /api/dossiers/{id}}: the Jongere and their ouders/verzorgers, all meldingen, the werkprocessen with their
 * current step or what they wait for, the modules' sections, the timeline, the journal of notes and Tasklist
 * comments, and the documents.
 */
record DossierView(Long id, Instant aangemaaktOp, JongereView jongere, List<OuderView> ouders,
                   List<MeldingRegel> meldingen, List<WerkprocesView> werkprocessen, Map<String, Object> onderdelen,
                   List<DossierOnderdeel.Gebeurtenis> tijdlijn, List<JournaalRegel> journaal,
                   List<DocumentView> documenten) {

    /** A letter or other document; {@code pdf} is the link to its PDF, {@code voorbeeld} to its HTML preview. */
    record DocumentView(Long id, String soort, String titel, LocalDate datum, String afzender, String status,
                        LocalDate verzondenOp, String verzendkanaal, String pdf, String voorbeeld) {
    }

    /**
     * {@code leerplichtfase} and {@code faseReden} today (decision leerplicht-fase, MAS §2; both null when it cannot
     * tell), with the facts it read that a melding stated.
     */
    record JongereView(Long id, String voornaam, String achternaam, LocalDate geboortedatum, int leeftijd, String bsn,
                       String woongemeente, String regio, String leerplichtfase, String faseReden,
                       Boolean startkwalificatie, Integer volledigeSchooljaren, String kwalificatieplichtVervallen) {

        /** Key of the phase's label in messages.properties. */
        public String faseLabel() {
            return leerplichtfase == null ? "fase.ONBEKEND" : new Leerplichtfase.Fase(leerplichtfase, faseReden).label();
        }
    }

    /** An ouder/verzorger in the shape of the intake's {@code ouders} (meldingen.md); {@code adres} null when unknown. */
    record OuderView(Long id, String naam, AdresView adres, String telefoon, String email, Boolean gezag) {

        static OuderView van(Verzorger verzorger) {
            return new OuderView(verzorger.getId(), verzorger.getNaam(), verzorger.heeftAdres()
                    ? new AdresView(verzorger.getStraat(), verzorger.getHuisnummer(), verzorger.getPostcode(),
                    verzorger.getWoonplaats()) : null, verzorger.getTelefoon(), verzorger.getEmail(), verzorger.getGezag());
        }
    }

    record AdresView(String straat, String huisnummer, String postcode, String woonplaats) {
    }

    enum Status { LOPEND, AFGEROND }

    /**
     * {@code verzuimsoort} null for a werkproces without verzuim (vrijstelling, verlof: {@code procesKey} says which);
     * {@code procesNaam} is the model's name; {@code wachtOp} what a running werkproces waits for besides its steps.
     */
    record WerkprocesView(Long id, String verzuimsoort, String procesKey, String team, String kandidaatGroep,
                          Instant gestartOp, Status status, Instant afgerondOp, String resultaat,
                          String resultaatDetail, List<StapView> huidigeStappen, String procesNaam,
                          List<WachtView> wachtOp) {
    }

    record StapView(String taakId, String naam, Instant vervaldatum, String toegewezenAan) {
    }

    /**
     * A timer or message event the werkproces waits at (not the ones attached to a step or subprocess): what it waits
     * for as the model's property {@code wachtOp} says it (may be absent), the event's name, and a timer's due date.
     */
    record WachtView(String wachtOp, String gebeurtenis, Instant tot) {
    }

    /** Kind of a journal entry: a note in a step's form, or a comment added in Tasklist. */
    enum Soort { NOTITIE, OPMERKING }

    /** One entry of the journal: who wrote what in which step of which werkproces, and when. */
    record JournaalRegel(Instant op, String auteur, Soort soort, Long werkprocesId, String stap, String onderwerp,
                         String tekst) {
    }
}
