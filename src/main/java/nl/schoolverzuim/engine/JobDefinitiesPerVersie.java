package nl.schoolverzuim.engine;

import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.persistence.entity.JobDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobDefinitionManager;

/**
 * Camunda's job definition manager, except that a job definition not yet read in the command is read with all others
 * of its process definition version, in one query (on PostgreSQL, see {@link PostgresEngineTuning}); one of a batch,
 * which belongs to no version, alone. Every timer
 * Camunda creates reads its job definition, for the suspension state and priority the job takes over: a werkproces
 * that sets two timers at its start (a month before the 18th birthday, the birthday itself) read them in two queries.
 * The rows come from the database within the command, as before, so a suspended job definition is seen at once.
 */
class JobDefinitiesPerVersie extends JobDefinitionManager {

    @Override
    public JobDefinitionEntity findById(String jobDefinitionId) {
        DbEntityManager database = getDbEntityManager();
        JobDefinitionEntity bekend = database.getCachedEntity(JobDefinitionEntity.class, jobDefinitionId);
        if (bekend != null) {
            return bekend;
        }
        // What a query loads joins the command's entity cache, where the next timer of this version finds its own.
        database.selectList(PostgresEngineTuning.JOBDEFINITIES_STATEMENT, jobDefinitionId);
        return database.getCachedEntity(JobDefinitionEntity.class, jobDefinitionId);
    }
}
