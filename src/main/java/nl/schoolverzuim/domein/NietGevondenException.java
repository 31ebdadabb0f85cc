package nl.schoolverzuim.domein;

public class NietGevondenException extends RuntimeException {

    public NietGevondenException(String wat, Object id) {
        super(wat + " " + id + " bestaat niet");
    }
}
