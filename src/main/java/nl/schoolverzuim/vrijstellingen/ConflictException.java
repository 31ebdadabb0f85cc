package nl.schoolverzuim.vrijstellingen;

/** A request that the vrijstelling's state does not allow now, such as a second besluit (409, vrijstellingen.md). */
class ConflictException extends RuntimeException {

    ConflictException(String reden) {
        super(reden);
    }
}
