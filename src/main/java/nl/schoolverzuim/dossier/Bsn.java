package nl.schoolverzuim.dossier;

/**
 * Burgerservicenummer checks (MAS §10): 9 digits passing the 11-proef, and never shown in full.
 * The 11-proef: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is divisible by 11 (and not 0).
 */
public final class Bsn {

    private Bsn() {
    }

    public static boolean isGeldig(String bsn) {
        if (bsn == null || !bsn.matches("\\d{9}")) {
            return false;
        }
        int som = 0;
        for (int i = 0; i < 8; i++) {
            som += (9 - i) * (bsn.charAt(i) - '0');
        }
        som -= bsn.charAt(8) - '0';
        return som != 0 && som % 11 == 0;
    }

    /** Only the last three digits, as lists and dossiers may show it. */
    public static String gemaskeerd(String bsn) {
        return bsn == null ? null : "******" + bsn.substring(bsn.length() - 3);
    }
}
