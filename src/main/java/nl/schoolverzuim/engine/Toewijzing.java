package nl.schoolverzuim.engine;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Who a new user task goes to, as the model says it: the extension property {@code toewijzing}
 * ({@code camunda:properties}) on the process, for all its user tasks, or on one user task, which then wins. A
 * model that says nothing leaves the task to its team, as the engine does. {@link ModelControle} refuses any other
 * value at deployment, so a typing error of a designer cannot silently turn continuity off.
 */
public enum Toewijzing {

    /**
     * To the officer who last completed a step of the same werkproces for a team of this task, while they are still
     * in that team; otherwise to the team.
     */
    VORIGE_BEHANDELAAR("vorige-behandelaar"),
    /** Unclaimed, to the team: whoever of the team picks it up. */
    TEAM("team");

    /** The name of the extension property. */
    public static final String EIGENSCHAP = "toewijzing";

    private final String waarde;

    Toewijzing(String waarde) {
        this.waarde = waarde;
    }

    /** As written in the model. */
    public String waarde() {
        return waarde;
    }

    /** The rule a model value names; empty for anything else (the model check has refused it). */
    public static Optional<Toewijzing> van(String waarde) {
        return Arrays.stream(values()).filter(t -> t.waarde.equals(waarde == null ? null : waarde.strip())).findFirst();
    }

    /** The values a designer may write, for error messages. */
    static String toegestaan() {
        return Arrays.stream(values()).map(t -> "\"" + t.waarde + "\"").collect(Collectors.joining(" of "));
    }
}
