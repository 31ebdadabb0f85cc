package nl.schoolverzuim.domein;

import java.util.List;

/** Input that breaks one or more rules; answered with 400 and every bad field. */
public class OngeldigeInvoerException extends RuntimeException {

    private final List<VeldFout> fouten;

    public OngeldigeInvoerException(List<VeldFout> fouten) {
        super("Ongeldige invoer: " + fouten.stream().map(VeldFout::field).toList());
        this.fouten = List.copyOf(fouten);
    }

    public List<VeldFout> fouten() {
        return fouten;
    }
}
