package nl.schoolverzuim.leerplicht;

/**
 * The four MAS routes (MAS §4.3), from light to heavy. Each has the boolean process variable the officer sets in
 * "Route kiezen" and the inclusive gateway reads, and the variable holding the advice of decision {@code mas-route}.
 */
public enum Route {
    VRIJWILLIGE_HULP("routeVrijwilligeHulp", "Vrijwillige (jeugd)hulp"),
    HALT("routeHalt", "Halt-interventie schoolverzuim"),
    CIVIEL_KADER("routeCivielKader", "Gedwongen hulp in civiel kader"),
    STRAFRECHTELIJK_KADER("routeStrafrechtelijkKader", "Proces-verbaal (strafrechtelijk kader)");

    private final String variabele;
    private final String omschrijving;

    Route(String variabele, String omschrijving) {
        this.variabele = variabele;
        this.omschrijving = omschrijving;
    }

    public String variabele() {
        return variabele;
    }

    public String adviesVariabele() {
        return "advies" + variabele.substring("route".length());
    }

    public String omschrijving() {
        return omschrijving;
    }
}
