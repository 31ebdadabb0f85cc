package nl.schoolverzuim.engine;

import java.util.Date;
import java.util.Map;

/**
 * The removal time the domain gives its own ended process instances (MAS §10: a retention per gemeente), for
 * {@link HistorieVerwijdertijd} to give to their history. Instances the domain does not know (the nightly runs) keep
 * their model's time to live.
 */
public interface VerwijdertijdPerInstantie {

    /** By root process instance id and its end: the removal time of each the domain knows; the others left out. */
    Map<String, Date> verwijdertijden(Map<String, Date> eindes);
}
