package nl.schoolverzuim.kernel;

public class GeenToegangException extends RuntimeException {

    public GeenToegangException(String reden) {
        super(reden);
    }
}
