package nl.schoolverzuim.kernel;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.BatchUpdateException;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.postgresql.util.PSQLException;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Sends the inserts of one flush to PostgreSQL in one round trip (issue 8). Camunda flushes a command as one JDBC
 * batch per table, and Hibernate a transaction as one statement per row; each waits for PostgreSQL's answer before the
 * next is sent, although none needs the answer of another. Starting a werkproces inserts into about fifteen tables,
 * so the intake waited on about fifteen round trips.
 * <p>
 * Inside a {@link Venster} (a flush of Camunda or Hibernate on this thread) an insert of rows given as parameters is
 * kept; anything else on the connection (another statement, a commit, the end of the flush) first sends what is kept,
 * in order, as one multi-statement execute: PostgreSQL runs the statements one after another in the same transaction,
 * as before, and the driver waits once. Rows of the same statement go as one multi-row insert. Writes in the middle
 * of a command can go with the next statement the same way ({@link Venster#meeMetVolgende}). Otherwise, in
 * auto-commit and for any other statement nothing changes. A failure is reported by the statement or the end of the
 * flush that sent the row, as a {@link Pijplijnfout} naming the batch it belongs to; the transaction is aborted
 * either way, as PostgreSQL aborts it on any failed statement. A rollback drops what is kept.
 * <p>
 * What is kept is never lost and never overtaken: it is sent before the connection does anything else, including
 * closing. Only PostgreSQL connections are wrapped ({@link PostgresVerbindingen}).
 */
public final class Pijplijn {

    /** PostgreSQL's limit on the parameters of one statement. */
    static final int MAX_PARAMETERS = 32_767;

    /** {@code insert into t (columns) values (...)}, one row, nothing that could return rows or hide a statement. */
    private static final Pattern INSERT = Pattern.compile(
            "\\s*insert\\s+into\\s+([\\w.]+)\\s*\\([^()]*\\)\\s*values\\s*(\\(.*\\))\\s*", Pattern.CASE_INSENSITIVE
                    | Pattern.DOTALL);
    private static final Pattern NIET_UITSTELBAAR = Pattern.compile(
            "[;$\"]|--|/\\*|\\bselect\\b|\\breturning\\b|\\bon\\s+conflict\\b", Pattern.CASE_INSENSITIVE);

    private static final ThreadLocal<Venster> VENSTER = new ThreadLocal<>();
    /** The batch of a row that was not kept by a flush ({@link Venster#meeMetVolgende}). */
    public static final int GEEN_BATCH = -1;
    /** What a connection answers without the database, so without sending what it kept first. */
    private static final Set<String> LOKAAL = Set.of("getMetaData", "getAutoCommit", "isClosed", "isReadOnly",
            "getTransactionIsolation", "getHoldability", "getCatalog", "getSchema", "isWrapperFor");

    private Pijplijn() {
    }

    /** The pool, with connections that keep the inserts of a flush and send them together. */
    public static DataSource om(DataSource pool) {
        return new DelegatingDataSource(pool) {
            @Override
            public Connection getConnection() throws SQLException {
                return verbinding(super.getConnection());
            }

            @Override
            public Connection getConnection(String gebruiker, String wachtwoord) throws SQLException {
                return verbinding(super.getConnection(gebruiker, wachtwoord));
            }
        };
    }

    static Connection verbinding(Connection doel) {
        Verbinding verbinding = new Verbinding(doel);
        verbinding.zelf = proxy(Connection.class, verbinding);
        return verbinding.zelf;
    }

    /**
     * A flush on this thread: the pipelined connections keep its inserts until it {@linkplain #sluit() closes}. A
     * flush inside another one (which does not happen in Camunda or Hibernate) belongs to the outer one.
     */
    public static final class Venster {

        private static final Venster BINNEN_ANDER = new Venster();

        private final Set<Verbinding> wachtend = new LinkedHashSet<>();
        /** Its rows go with their connection's next statement, not when it ends: it is no flush of its own. */
        private final boolean meeMetVolgende;
        private int batches;

        private Venster() {
            this(false);
        }

        private Venster(boolean meeMetVolgende) {
            this.meeMetVolgende = meeMetVolgende;
        }

        public static Venster open() {
            if (VENSTER.get() != null) {
                return BINNEN_ANDER;
            }
            Venster venster = new Venster();
            VENSTER.set(venster);
            return venster;
        }

        /** Sends what this flush kept, connection by connection. */
        public void sluit() throws Pijplijnfout {
            if (this == BINNEN_ANDER) {
                return; // the outer flush sends
            }
            List<Verbinding> verbindingen = new ArrayList<>(wachtend);
            wachtend.clear();
            for (Verbinding verbinding : verbindingen) {
                verbinding.verstuur();
            }
        }

        /**
         * Runs {@code schrijven}, whose inserts go with the connection's next statement (a query, a flush, the commit)
         * instead of one round trip each. For writes in the middle of an engine command, such as the werkvoorraad read
         * model, whose writer needs neither a row count nor the failure at once: a failure of such a row is reported
         * by that next statement, and fails the transaction like any failed statement.
         */
        public static void meeMetVolgende(Runnable schrijven) {
            if (VENSTER.get() != null) {
                schrijven.run();
                return;
            }
            VENSTER.set(new Venster(true));
            try {
                schrijven.run();
            } finally {
                VENSTER.remove();
            }
        }

        /** Ends the flush; always, also after a failure. Rows still kept are sent before their connection's next use. */
        public void verlaat() {
            if (this != BINNEN_ANDER) {
                VENSTER.remove();
            }
        }
    }

    /**
     * A kept row failed when it was sent. {@link #batch()} counts the JDBC batches executed earlier in the same flush,
     * so Camunda can be told which of its batches failed, as if it had been executed alone; no update counts are
     * known, as with a batch that stops at its first failure.
     */
    public static final class Pijplijnfout extends BatchUpdateException {

        private final int batch;
        private final String sql;

        Pijplijnfout(SQLException oorzaak, int batch, String sql) {
            super(oorzaak.getMessage(), oorzaak.getSQLState(), oorzaak.getErrorCode(), new int[0], oorzaak);
            setNextException(oorzaak);
            this.batch = batch;
            this.sql = sql;
        }

        public int batch() {
            return batch;
        }

        public String sql() {
            return sql;
        }
    }

    /** A parameter given to a kept statement: a setter of {@link PreparedStatement} and its arguments. */
    private record Parameter(Method setter, Object[] argumenten) {

        void zet(PreparedStatement statement, int verschuiving) throws SQLException {
            Object[] verschoven = argumenten.clone();
            verschoven[0] = (Integer) argumenten[0] + verschuiving;
            roep(setter, statement, verschoven);
        }
    }

    /** The rows of one executed batch (or one executed update), waiting to be sent. */
    private record Wachtend(Insert insert, List<Collection<Parameter>> rijen, int batch) {
    }

    /** A deferrable insert: where its one group of values starts, its table and its number of parameters. */
    private record Insert(String sql, String tabel, int waarden, int parameters) {

        static Insert van(String gegeven) {
            String sql = gegeven.strip();
            Matcher insert = INSERT.matcher(sql);
            if (!insert.matches() || NIET_UITSTELBAAR.matcher(sql).find() || !enkeleGroep(insert.group(2))) {
                return null;
            }
            String tabel = insert.group(1).substring(insert.group(1).lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            int parameters = (int) buitenTekst(sql).chars().filter(c -> c == '?').count();
            return parameters > MAX_PARAMETERS ? null : new Insert(sql, tabel, insert.start(2), parameters);
        }

        /** One parenthesised group of values, not several rows already. */
        private static boolean enkeleGroep(String groep) {
            String code = buitenTekst(groep);
            int diepte = 0;
            for (int i = 0; i < code.length(); i++) {
                char c = code.charAt(i);
                diepte += c == '(' ? 1 : c == ')' ? -1 : 0;
                if (diepte == 0 && i < code.length() - 1) {
                    return false;
                }
            }
            return diepte == 0;
        }

        /** The SQL with its string literals ({@code 'timer'}, {@code 'it''s'}) blanked: what a {@code ?} there is not. */
        private static String buitenTekst(String sql) {
            StringBuilder code = new StringBuilder(sql.length());
            boolean inTekst = false;
            for (int i = 0; i < sql.length(); i++) {
                char c = sql.charAt(i);
                if (c == '\'') {
                    inTekst = !inTekst;
                }
                code.append(inTekst || c == '\'' ? ' ' : c);
            }
            return code.toString();
        }

        /** This insert with {@code rijen} groups of values. */
        void schrijf(StringBuilder sql, int rijen) {
            sql.append(this.sql, 0, waarden);
            String groep = this.sql.substring(waarden);
            for (int rij = 0; rij < rijen; rij++) {
                sql.append(rij == 0 ? "" : ",").append(groep);
            }
        }
    }

    /** A connection that keeps the inserts of a flush; see {@link Pijplijn}. */
    private static final class Verbinding implements InvocationHandler {

        private final Connection doel;
        private final List<Wachtend> wachtrij = new ArrayList<>();
        private Connection zelf;

        Verbinding(Connection doel) {
            this.doel = doel;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return "Pijplijn[" + doel + "]";
                case "prepareStatement":
                    Insert insert = uitstelbaar(args);
                    if (insert != null) {
                        return proxy(PreparedStatement.class, new UitgesteldeInsert(this, insert, args));
                    }
                    return proxy(PreparedStatement.class, new Gewoon(this, roep(method, doel, args)));
                case "createStatement":
                    return proxy(Statement.class, new Gewoon(this, roep(method, doel, args)));
                case "prepareCall":
                    return proxy(CallableStatement.class, new Gewoon(this, roep(method, doel, args)));
                case "rollback":
                    if (args == null) {
                        wachtrij.clear(); // what the transaction did is undone, so is what it still had to send
                    }
                    break;
                default:
                    if (LOKAAL.contains(method.getName())) {
                        return roep(method, doel, args);
                    }
                    break;
            }
            try {
                verstuur();
            } catch (SQLException e) {
                if (method.getName().equals("close")) {
                    doel.close();
                }
                throw e;
            }
            return roep(method, doel, args);
        }

        /** Only {@code prepareStatement(sql)} and its forward-only, read-only form: nothing asks for generated keys. */
        private static Insert uitstelbaar(Object[] args) {
            boolean gewoon = args.length == 1 || (args.length == 3 && Integer.valueOf(ResultSet.TYPE_FORWARD_ONLY)
                    .equals(args[1]) && Integer.valueOf(ResultSet.CONCUR_READ_ONLY).equals(args[2]));
            return gewoon ? Insert.van((String) args[0]) : null;
        }

        /** Whether rows executed now may wait: inside a flush, in a transaction. */
        boolean magWachten() throws SQLException {
            return VENSTER.get() != null && !doel.getAutoCommit();
        }

        void houdVast(Insert insert, List<Collection<Parameter>> rijen) {
            Venster venster = VENSTER.get();
            wachtrij.add(new Wachtend(insert, rijen, venster.meeMetVolgende ? GEEN_BATCH : venster.batches));
            venster.wachtend.add(this);
        }

        /** Executed through a statement of this connection: a JDBC batch counts for {@link Pijplijnfout#batch()}. */
        void batchUitgevoerd() {
            Venster venster = VENSTER.get();
            if (venster != null) {
                venster.batches++;
            }
        }

        /** Sends every kept row, in order, in as few executes as PostgreSQL's parameter limit allows. */
        void verstuur() throws Pijplijnfout {
            if (wachtrij.isEmpty()) {
                return;
            }
            List<Wachtend> rijen = new ArrayList<>(wachtrij);
            wachtrij.clear();
            List<Deel> delen = new ArrayList<>();
            int aantal = 0;
            for (Wachtend wachtend : rijen) {
                int perStatement = Math.max(1, MAX_PARAMETERS / Math.max(1, wachtend.insert().parameters()));
                for (int van = 0; van < wachtend.rijen().size(); van += perStatement) {
                    Deel deel = new Deel(wachtend, wachtend.rijen()
                            .subList(van, Math.min(wachtend.rijen().size(), van + perStatement)));
                    if (!delen.isEmpty() && aantal + deel.parameters() > MAX_PARAMETERS) {
                        voerUit(delen);
                        delen = new ArrayList<>();
                        aantal = 0;
                    }
                    delen.add(deel);
                    aantal += deel.parameters();
                }
            }
            voerUit(delen);
        }

        /** One execute: the statements of {@code delen}, separated by semicolons, with all their parameters. */
        private void voerUit(List<Deel> delen) throws Pijplijnfout {
            StringBuilder sql = new StringBuilder();
            for (Deel deel : delen) {
                sql.append(sql.isEmpty() ? "" : ";\n");
                deel.wachtend().insert().schrijf(sql, deel.rijen().size());
            }
            try (PreparedStatement statement = doel.prepareStatement(sql.toString())) {
                int verschuiving = 0;
                for (Deel deel : delen) {
                    for (Collection<Parameter> rij : deel.rijen()) {
                        for (Parameter parameter : rij) {
                            parameter.zet(statement, verschuiving);
                        }
                        verschuiving += deel.wachtend().insert().parameters();
                    }
                }
                statement.execute();
            } catch (SQLException e) {
                Wachtend mislukt = schuldige(e, delen);
                throw new Pijplijnfout(e, mislukt.batch(), mislukt.insert().sql());
            }
        }

        /** The batch whose table PostgreSQL names in the failure (constraints and types do); else the first. */
        private static Wachtend schuldige(SQLException e, List<Deel> delen) {
            String tabel = e instanceof PSQLException psql && psql.getServerErrorMessage() != null
                    ? psql.getServerErrorMessage().getTable() : null;
            for (Deel deel : delen) {
                if (deel.wachtend().insert().tabel().equalsIgnoreCase(tabel)) {
                    return deel.wachtend();
                }
            }
            return delen.get(0).wachtend();
        }
    }

    /** Rows of one kept batch that fit in one statement. */
    private record Deel(Wachtend wachtend, List<Collection<Parameter>> rijen) {

        int parameters() {
            return rijen.size() * wachtend.insert().parameters();
        }
    }

    /** A statement executed as usual, after what its connection kept. */
    private record Gewoon(Verbinding verbinding, Object doel) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String naam = method.getName();
            if (naam.equals("getConnection")) {
                return verbinding.zelf;
            }
            if (naam.equals("equals")) {
                return proxy == args[0];
            }
            if (naam.equals("hashCode")) {
                return System.identityHashCode(proxy);
            }
            if (naam.startsWith("execute")) {
                verbinding.verstuur();
                if (naam.equals("executeBatch") || naam.equals("executeLargeBatch")) {
                    verbinding.batchUitgevoerd();
                }
            }
            return roep(method, doel, args);
        }
    }

    /**
     * A prepared insert whose executed rows wait for the end of the flush. Its parameters are noted, not set; when
     * it is used in a way that cannot wait (outside a flush, or any call not listed here) it becomes an ordinary
     * statement with every parameter and row given so far.
     */
    private static final class UitgesteldeInsert implements InvocationHandler {

        private final Verbinding verbinding;
        private final Insert insert;
        private final Object[] voorbereid;
        private final List<Collection<Parameter>> rijen = new ArrayList<>();
        /** The parameters given by position; as in JDBC they stay set for the next row until set again. */
        private Map<Integer, Parameter> huidig = new HashMap<>();
        private Object gewoon;
        private boolean gesloten;

        UitgesteldeInsert(Verbinding verbinding, Insert insert, Object[] voorbereid) {
            this.verbinding = verbinding;
            this.insert = insert;
            this.voorbereid = voorbereid;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (gewoon != null) {
                return ((InvocationHandler) gewoon).invoke(proxy, method, args);
            }
            String naam = method.getName();
            if (method.getDeclaringClass() == PreparedStatement.class && naam.startsWith("set")) {
                huidig.put((Integer) args[0], new Parameter(method, args));
                return null;
            }
            switch (naam) {
                case "clearParameters":
                    huidig = new HashMap<>();
                    return null;
                case "addBatch":
                    if (args == null) {
                        rijen.add(List.copyOf(huidig.values()));
                        return null;
                    }
                    break;
                case "clearBatch":
                    rijen.clear();
                    return null;
                case "executeBatch":
                    if (verbinding.magWachten()) {
                        int[] aantallen = new int[rijen.size()];
                        Arrays.fill(aantallen, Statement.SUCCESS_NO_INFO);
                        if (!rijen.isEmpty()) {
                            verbinding.houdVast(insert, new ArrayList<>(rijen));
                        }
                        verbinding.batchUitgevoerd();
                        rijen.clear();
                        return aantallen;
                    }
                    break;
                case "executeUpdate":
                    if (args == null && verbinding.magWachten()) {
                        verbinding.houdVast(insert, List.of(List.copyOf(huidig.values())));
                        return 1; // one row of values, no select: it inserts one row or fails
                    }
                    break;
                case "getQueryTimeout", "getMaxRows", "getFetchSize":
                    return 0;
                case "setFetchSize", "setMaxRows", "setFetchDirection", "setPoolable", "setEscapeProcessing":
                    return null; // about the rows a query returns, and an insert of values returns none
                case "setQueryTimeout":
                    if (Integer.valueOf(0).equals(args[0])) {
                        return null;
                    }
                    break;
                case "getWarnings":
                    return null;
                case "clearWarnings":
                    return null;
                case "isClosed":
                    return gesloten;
                case "close":
                    gesloten = true;
                    return null;
                case "getConnection":
                    return verbinding.zelf;
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                default:
                    break;
            }
            if (gesloten) {
                throw new SQLException("Statement is gesloten");
            }
            gewoon = wordGewoon();
            return ((InvocationHandler) gewoon).invoke(proxy, method, args);
        }

        /** Prepares the statement after all, with what it was given so far. */
        private Gewoon wordGewoon() throws SQLException {
            PreparedStatement statement = (PreparedStatement) roep(PREPARE[voorbereid.length == 1 ? 0 : 1],
                    verbinding.doel, voorbereid);
            for (Collection<Parameter> rij : rijen) {
                for (Parameter parameter : rij) {
                    parameter.zet(statement, 0);
                }
                statement.addBatch();
            }
            for (Parameter parameter : huidig.values()) {
                parameter.zet(statement, 0);
            }
            return new Gewoon(verbinding, statement);
        }
    }

    private static final Method[] PREPARE;

    static {
        try {
            PREPARE = new Method[] {Connection.class.getMethod("prepareStatement", String.class),
                    Connection.class.getMethod("prepareStatement", String.class, int.class, int.class)};
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(Pijplijn.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object roep(Method method, Object doel, Object[] args) throws SQLException {
        try {
            return method.invoke(doel, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
