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
        int som = gewogenSom(bsn) - (bsn.charAt(8) - '0');
        return som != 0 && som % 11 == 0;
    }

    /** The BSN that starts with these 8 digits, or null when no check digit 0-9 makes it pass the 11-proef. */
    public static String metControlecijfer(String achtCijfers) {
        int controle = gewogenSom(achtCijfers) % 11;
        return controle < 10 ? achtCijfers + controle : null;
    }

    private static int gewogenSom(String cijfers) {
        int som = 0;
        for (int i = 0; i < 8; i++) {
            som += (9 - i) * (cijfers.charAt(i) - '0');
        }
        return som;
    }

    /** Only the last three digits, as lists and dossiers may show it. */
    public static String gemaskeerd(String bsn) {
        return bsn == null ? null : "******" + bsn.substring(bsn.length() - 3);
    }
}
