package nl.schoolverzuim.organisatie;

/**
 * The Camunda groups that own work: {@code leerplicht-<gemeente>} for the LPAs of a gemeente,
 * {@code boa-<gemeente>} for those of them who act as BOA, {@code doorstroompunt-<regio>} for the consulenten of a
 * regio, {@code tafelvoorzitter-<regio>} for the voorzitters of its thuiszitterstafel, plus the fixed roles. A teamleider has the role
 * {@code teamleider}, receives the escalations of their regio through {@code teamleider-<regio>}, and sees the work of
 * exactly the teams they are a member of (MAS §10).
 */
public final class Teams {

    public static final String LEERPLICHT_PREFIX = "leerplicht-";
    public static final String DOORSTROOMPUNT_PREFIX = "doorstroompunt-";
    public static final String TEAMLEIDER = "teamleider";
    public static final String TEAMLEIDER_PREFIX = "teamleider-";
    public static final String PROCESONTWERPER = "procesontwerper";
    /**
     * The national group that once received every regio's thuiszitterstafel tasks. No task goes to it any more: the
     * voorzitter works per regio ({@link #tafelvoorzitter(String)}, MAS §10); kept so upgrades find and move its tasks.
     */
    public static final String TAFELVOORZITTER = "tafelvoorzitter";
    /** Chairs the thuiszitterstafel of one regio and receives its escalations with the teamleider (MAS §6, §10). */
    public static final String TAFELVOORZITTER_PREFIX = "tafelvoorzitter-";
    /**
     * The LPAs of a gemeente who act as BOA: they draw up processen-verbaal and are the only ones who read them
     * (Wpg, MAS §4.3, §10). A BOA is also a member of the gemeente's leerplicht team.
     */
    public static final String BOA_PREFIX = "boa-";
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

    public static String boa(Gemeente gemeente) {
        return BOA_PREFIX + gemeente.getSleutel();
    }

    /** The BOAs of the gemeente whose leerplicht team is {@code leerplichtGroep}; null for any other group. */
    public static String boaVan(String leerplichtGroep) {
        return leerplichtGroep != null && leerplichtGroep.startsWith(LEERPLICHT_PREFIX)
                ? BOA_PREFIX + leerplichtGroep.substring(LEERPLICHT_PREFIX.length()) : null;
    }

    public static String tafelvoorzitter(Regio regio) {
        return tafelvoorzitter(regio.getCode());
    }

    /** The voorzitters of the thuiszitterstafel of the regio with this code. */
    public static String tafelvoorzitter(String regioCode) {
        return TAFELVOORZITTER_PREFIX + regioCode;
    }

    public static String groepVoor(Team team, Gemeente woongemeente) {
        return switch (team) {
            case LEERPLICHT -> leerplicht(woongemeente);
            case DOORSTROOMPUNT -> doorstroompunt(woongemeente.getRegio());
        };
    }
}
