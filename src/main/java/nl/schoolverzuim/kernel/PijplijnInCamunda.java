package nl.schoolverzuim.kernel;

import java.util.List;

import org.apache.ibatis.executor.BatchExecutorException;
import org.apache.ibatis.executor.BatchResult;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.executor.ExecutorException;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;

/**
 * The engine's flush of a command is one {@link Pijplijn.Venster}: MyBatis executes the command's JDBC batches, the
 * inserts among them wait and go together. A kept insert that fails is reported as MyBatis reports a failed batch,
 * with the batches before it as successful, so Camunda judges the failure by the operation it belongs to (a foreign
 * key or unique key on an insert can mean a concurrent change, which Camunda retries).
 */
@Intercepts(@Signature(type = Executor.class, method = "flushStatements", args = {}))
class PijplijnInCamunda implements Interceptor {

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        Pijplijn.Venster venster = Pijplijn.Venster.open();
        try {
            List<BatchResult> uitgevoerd = voerUit(invocation);
            try {
                venster.sluit();
            } catch (Pijplijn.Pijplijnfout fout) {
                throw mislukt(fout, uitgevoerd);
            }
            return uitgevoerd;
        } finally {
            venster.verlaat();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<BatchResult> voerUit(Invocation invocation) throws Throwable {
        try {
            return (List<BatchResult>) invocation.proceed();
        } catch (BatchExecutorException e) {
            // A statement after kept inserts sent them, and one of those failed, not that statement.
            if (e.getBatchUpdateException() instanceof Pijplijn.Pijplijnfout fout) {
                throw mislukt(fout, e.getSuccessfulBatchResults());
            }
            throw e;
        }
    }

    /**
     * The batch of Camunda's that failed; a row written earlier in the command by someone else (see
     * {@link Pijplijn.Venster#meeMetVolgende}) is no operation of Camunda's, and fails the command as an error of the
     * persistence layer.
     */
    private static RuntimeException mislukt(Pijplijn.Pijplijnfout fout, List<BatchResult> batches) {
        if (fout.batch() == Pijplijn.GEEN_BATCH || batches.isEmpty()) {
            return new ExecutorException("Error executing " + fout.sql() + ": " + fout.getMessage(), fout);
        }
        int batch = Math.min(fout.batch(), batches.size() - 1);
        return new BatchExecutorException("Error executing batch " + batch + " (" + fout.sql() + "): "
                + fout.getMessage(), fout, batches.subList(0, batch), batches.get(batch));
    }
}
