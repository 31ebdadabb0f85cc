package nl.schoolverzuim.domein;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A step refused by a rule of the werkproces because of one field of its form: the officer reads {@link #getMessage()}
 * (a Dutch sentence naming the field as the form labels it), a client reads {@link #veld()} (the form field's key).
 * The engine wraps it when a listener throws it; web.EngineRestFouten finds it among the causes and answers 400.
 */
public class Weigering extends BadUserRequestException {

    private final String veld;

    public Weigering(String veld, String zin) {
        super(zin);
        this.veld = veld;
    }

    /** The key of the form field, the process variable the rule reads. */
    public String veld() {
        return veld;
    }
}
