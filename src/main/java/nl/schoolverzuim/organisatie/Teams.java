package nl.schoolverzuim.organisatie;

/**
 * The Camunda groups that own work (issue 2): {@code leerplicht-<gemeente>} for the LPAs of a gemeente,
 * {@code doorstroompunt-<regio>} for the consulenten of a regio, plus the fixed roles. A teamleider has the role
 * {@code teamleider}, receives the escalations of their regio through {@code teamleider-<regio>}, and sees the work of
 * exactly the teams they are a member of (MAS §10).
 */
public final class Teams {

    public static final String LEERPLICHT_PREFIX = "leerplicht-";
    public static final String DOORSTROOMPUNT_PREFIX = "doorstroompunt-";
    public static final String TEAMLEIDER = "teamleider";
    public static final String TEAMLEIDER_PREFIX = "teamleider-";
    public static final String PROCESONTWERPER = "procesontwerper";
    /** Chairs the thuiszitterstafel and receives its escalations with the teamleider (MAS §6). */
    public static final String TAFELVOORZITTER = "tafelvoorzitter";
    public static final String BEHEERDER = "camunda-admin";
    /** Reads the dossier access log and nothing else (MAS §10). */
    public static final String PRIVACY = "privacy";
    /** Systems that deliver meldingen (DUO import, school administration) without being an officer. */
    public static final String MELDINGEN_INVOER = "meldingen-invoer";
    /** The metrics scraper (Prometheus): reads /actuator/prometheus and nothing else. */
    public static final String MONITORING = "monitoring";

    /** Which kind of team handles a werkproces; the routing decision answers one of these. */
    public enum Team { LEERPLICHT, DOORSTROOMPUNT }

    private Teams() {
    }

    public static String leerplicht(Gemeente gemeente) {
        return LEERPLICHT_PREFIX + gemeente.getSleutel();
    }

    public static String doorstroompunt(Regio regio) {
        return DOORSTROOMPUNT_PREFIX + regio.getCode();
    }

    /** The teamleiders of a regio: the candidates of its escalation tasks. */
    public static String teamleider(Regio regio) {
        return teamleider(regio.getCode());
    }

    /** The teamleiders of the regio with this code, or every teamleider for null (a gemeente of no known regio). */
    public static String teamleider(String regioCode) {
        return regioCode == null ? TEAMLEIDER : TEAMLEIDER_PREFIX + regioCode;
    }

    public static String groepVoor(Team team, Gemeente woongemeente) {
        return switch (team) {
            case LEERPLICHT -> leerplicht(woongemeente);
            case DOORSTROOMPUNT -> doorstroompunt(woongemeente.getRegio());
        };
    }
}
