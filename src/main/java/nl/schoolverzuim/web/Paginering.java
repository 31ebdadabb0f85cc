package nl.schoolverzuim.web;

import java.util.List;

import nl.schoolverzuim.domein.OngeldigeInvoerException;
import nl.schoolverzuim.domein.VeldFout;

/** The paging every list in our API accepts: page 0 and up, at most {@value #MAXIMALE_GROOTTE} rows per page. */
public final class Paginering {

    public static final int MAXIMALE_GROOTTE = 200;

    private Paginering() {
    }

    /** Refuses a negative page or a page size outside 1 to {@value #MAXIMALE_GROOTTE}, naming the field. */
    public static void controleer(int pagina, int grootte) {
        if (pagina < 0 || grootte < 1 || grootte > MAXIMALE_GROOTTE) {
            throw new OngeldigeInvoerException(List.of(pagina < 0 ? new VeldFout("pagina", "moet 0 of meer zijn")
                    : new VeldFout("grootte", "moet tussen 1 en " + MAXIMALE_GROOTTE + " liggen")));
        }
    }
}
