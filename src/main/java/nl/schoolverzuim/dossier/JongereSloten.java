package nl.schoolverzuim.dossier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Serialises the intakes about one Jongere: whoever holds the lock of a Jongere's natural keys (BSN, and name with
 * date of birth) until the end of its transaction is the only one deciding whether that Jongere and their Dossier
 * exist. Without it, meldingen about a new Jongere arriving together each found no Jongere and each created one.
 * <p>
 * On PostgreSQL a transaction-level advisory lock, so it holds across every node on the database. H2 runs embedded in
 * the one JVM that opened it (demo, tests), so a lock in that JVM is a lock on the database there. Keys are taken in
 * ascending order, so two transactions that each need several keys (bulk batches) cannot deadlock on them.
 */
@Component
public class JongereSloten {

    /** Beyond this an H2 intake gives up (and is retried or reported) instead of hanging on a lost lock. */
    private static final long WACHTTIJD_SECONDEN = 30;

    private final JdbcTemplate jdbc;
    private final boolean postgresql;
    private final ConcurrentHashMap<Long, ReentrantLock> sloten = new ConcurrentHashMap<>();

    JongereSloten(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.postgresql = "PostgreSQL".equals(jdbc.execute((ConnectionCallback<String>) verbinding ->
                verbinding.getMetaData().getDatabaseProductName()));
    }

    /** Locks the natural keys of these Jongeren until the current transaction ends; a key held already is re-entered. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void vergrendel(Collection<Persoonsgegevens> jongeren) {
        long[] sleutels = jongeren.stream().flatMap(gegevens -> Stream.of(
                        gegevens.bsn() == null ? null : "bsn:" + gegevens.bsn(),
                        "naam:" + gegevens.voornaam().toLowerCase(Locale.ROOT) + "|"
                                + gegevens.achternaam().toLowerCase(Locale.ROOT) + "|" + gegevens.geboortedatum()))
                .filter(Objects::nonNull).mapToLong(JongereSloten::sleutel).distinct().sorted().toArray();
        if (postgresql) {
            // All keys in one round trip, taken in the array's (ascending) order.
            jdbc.execute((ConnectionCallback<Void>) verbinding -> {
                try (PreparedStatement sloten = verbinding.prepareStatement(
                        "select pg_advisory_xact_lock(k) from unnest(?) as k")) {
                    sloten.setArray(1, verbinding.createArrayOf("bigint",
                            Arrays.stream(sleutels).boxed().toArray(Long[]::new)));
                    sloten.executeQuery().close();
                }
                return null;
            });
        } else {
            for (long sleutel : sleutels) {
                vergrendelInJvm(sleutel);
            }
        }
    }

    /**
     * A 64-bit digest of the key: the advisory lock's id. Not the BSN itself, which would then show in
     * {@code pg_locks} (MAS §10); two keys sharing a digest only wait for each other.
     */
    static long sleutel(String natuurlijkeSleutel) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(natuurlijkeSleutel.getBytes(StandardCharsets.UTF_8));
            long waarde = 0;
            for (int i = 0; i < Long.BYTES; i++) {
                waarde = (waarde << 8) | (hash[i] & 0xff);
            }
            return waarde;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 ontbreekt", e);
        }
    }

    private void vergrendelInJvm(long sleutel) {
        while (true) {
            ReentrantLock slot = sloten.computeIfAbsent(sleutel, s -> new ReentrantLock());
            try {
                if (!slot.tryLock(WACHTTIJD_SECONDEN, TimeUnit.SECONDS)) {
                    throw new CannotAcquireLockException("Jongere bezet door een andere intake");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CannotAcquireLockException("Onderbroken tijdens het wachten op een andere intake", e);
            }
            // A lock removed from the map by its last holder between our lookup and our lock guards nothing: again.
            if (sloten.get(sleutel) != slot) {
                slot.unlock();
                continue;
            }
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    slot.unlock();
                    if (!slot.isLocked() && !slot.hasQueuedThreads()) {
                        sloten.remove(sleutel, slot);
                    }
                }
            });
            return;
        }
    }
}
