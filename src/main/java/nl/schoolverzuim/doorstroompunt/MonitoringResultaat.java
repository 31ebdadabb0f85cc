package nl.schoolverzuim.doorstroompunt;

/**
 * The result categories of a monitoring check ([000] Tabel 5, MAS §8) are the codes of decision
 * {@code codelijst-monitoringresultaat} ({@code processes/codelijsten.dmn}, domein.Codelijsten), stored by code. Only
 * the one the werkproces sets itself is named here.
 */
public final class MonitoringResultaat {

    /** Unreachable or refusing: the status of a werkproces closed as "Situatie onbekend" (MAS §8). */
    public static final String NIET_BEREIKBAAR_ONGEMOTIVEERD = "NIET_BEREIKBAAR_ONGEMOTIVEERD";

    private MonitoringResultaat() {
    }
}
