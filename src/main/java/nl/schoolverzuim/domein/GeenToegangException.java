package nl.schoolverzuim.domein;

public class GeenToegangException extends RuntimeException {

    public GeenToegangException(String reden) {
        super(reden);
    }
}
