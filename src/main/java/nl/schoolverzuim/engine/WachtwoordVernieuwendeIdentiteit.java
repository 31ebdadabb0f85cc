package nl.schoolverzuim.engine;

import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.OptimisticLockingListener;
import org.camunda.bpm.engine.impl.db.entitymanager.OptimisticLockingResult;
import org.camunda.bpm.engine.impl.db.entitymanager.operation.DbOperation;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * Camunda's identity store, which after a correct password stores that password again as bcrypt when its hash is
 * still an older kind (Camunda's {@code {SHA-512}}): every login goes through here, ours and that of the webapps.
 * <p>
 * Only a login after no failed attempt upgrades: a correct password after failed ones first clears the lock-out
 * counters with a statement of its own, and both writes in one command would collide on the row's revision. The next
 * login does it then.
 */
public class WachtwoordVernieuwendeIdentiteit extends DbIdentityServiceProvider {

    private static final String PREFIX = "{" + BcryptWachtwoord.ALGORITME + "}";

    @Override
    public boolean checkPassword(String userId, String password) {
        UserEntity gebruiker = userId == null ? null : findUserById(userId);
        boolean zonderFouten = gebruiker != null && gebruiker.getAttempts() == 0
                && gebruiker.getLockExpirationTime() == null;
        boolean juist = super.checkPassword(userId, password);
        if (juist && zonderFouten && !gebruiker.getPassword().startsWith(PREFIX)) {
            gebruiker.setPassword(password);
            gebruiker.encryptPassword();
            // Two logins of the same user at once both upgrade; the later one's update finds the row changed. Its
            // login stays valid: the password was right, and the earlier one stored it as bcrypt already.
            getDbEntityManager().registerOptimisticLockingListener(new OptimisticLockingListener() {
                @Override
                public Class<? extends DbEntity> getEntityType() {
                    return UserEntity.class;
                }

                @Override
                public OptimisticLockingResult failedOperation(DbOperation operation) {
                    return OptimisticLockingResult.IGNORE;
                }
            });
        }
        return juist;
    }
}
