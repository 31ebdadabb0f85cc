package nl.schoolverzuim.dossier;

/** A leerplicht werkproces closed with its Resultaat (a code); ends a thuiszitter period that hangs on it (MAS §6). */
public record WerkprocesAfgesloten(Long werkprocesId, String resultaat) {
}
