package nl.schoolverzuim.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import nl.schoolverzuim.domein.Weigering;

/** The field a step is refused on: the {@link Weigering} among the engine's wrappers, with its Dutch sentence. */
public final class Weigeringen {

    private Weigeringen() {
    }

    /** Runs {@code stap}, which must be refused with a Weigering whose Dutch sentence names its field; that field. */
    public static String veld(Runnable stap) {
        try {
            stap.run();
        } catch (RuntimeException e) {
            for (Throwable oorzaak = e; oorzaak != null; oorzaak = oorzaak.getCause()) {
                if (oorzaak instanceof Weigering weigering) {
                    assertThat(weigering.getMessage()).as("Dutch, naming the field")
                            .startsWith("Veld '" + weigering.veld() + "'");
                    return weigering.veld();
                }
            }
            throw e;
        }
        throw new AssertionError("niet geweigerd");
    }
}
