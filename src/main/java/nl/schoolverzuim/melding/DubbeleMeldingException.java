package nl.schoolverzuim.melding;

/** A DUO meldingnummer that was received before (meldingen.md: 409, nothing created). */
class DubbeleMeldingException extends RuntimeException {

    private final Long bestaandeMeldingId;

    DubbeleMeldingException(Long bestaandeMeldingId) {
        super("Deze melding is al ontvangen als melding " + bestaandeMeldingId);
        this.bestaandeMeldingId = bestaandeMeldingId;
    }

    Long bestaandeMeldingId() {
        return bestaandeMeldingId;
    }
}
