package nl.schoolverzuim.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import nl.schoolverzuim.organisatie.GemeenteRepository;
import nl.schoolverzuim.organisatie.Teams;
import nl.schoolverzuim.toezicht.Toezicht;
import nl.schoolverzuim.werkvoorraad.Werkvoorraad;

/**
 * Benchmark, not a test: a national-scale inbox on PostgreSQL with fsync and synchronous_commit on, then
 * p50/p95/p99 of (a) GET /api/werkvoorraad, first page for one gemeente, and (b) the equivalent engine TaskQuery with
 * candidate group, a process-variable filter and a batched variable fetch, and (c) the werkvoorraad page as HTML,
 * with and without a search by name, in one run; then the toezicht aggregates
 * of the teamleider's dashboard over the same read model. Sizes: -Dbench.taken (open
 * tasks, default 100000), -Dbench.historie (completed werkprocessen, default 200000), -Dbench.gemeenten (340),
 * -Dbench.opwarmen (seconds of warm-up per row, 10).
 * Run with {@code ./mvnw -Pbench test}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=false")
@Import({NationaleWerkvoorraad.Database.class, NationaleWerkvoorraad.class})
@ActiveProfiles({"test", "demo"})
@DirtiesContext
class WerkvoorraadBench {

    static final int TAKEN = Integer.getInteger("bench.taken", 100_000);
    static final int HISTORIE = Integer.getInteger("bench.historie", 200_000);
    static final int GEMEENTEN = Integer.getInteger("bench.gemeenten", 340);
    static final int METINGEN = Integer.getInteger("bench.metingen", 300);
    static final List<String> KOLOMMEN = List.of("jongereNaam", "leeftijd", "schoolNaam", "verzuimsoort", "gemeente");

    @Autowired
    NationaleWerkvoorraad vulling;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taken;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    GemeenteRepository gemeenten;
    @LocalServerPort
    int poort;
    @Autowired
    ObjectMapper json;
    @Autowired
    IdentityService identity;
    @Autowired
    Werkvoorraad werkvoorraad;
    @Autowired
    Toezicht toezicht;

    @Test
    void werkvoorraadTegenTaskQuery() {
        long start = System.nanoTime();
        List<String> groepen = vulling.gemeenten(GEMEENTEN);
        vulling.vulOpenTaken(groepen, TAKEN);
        long gevuld = System.nanoTime();
        vulling.vulHistorie(HISTORIE);
        jdbc.execute("analyze");
        long historie = System.nanoTime();
        long open = taken.createTaskQuery().count();
        System.out.printf(Locale.ROOT, "%nGevuld: %d open taken via de engine in %.0f s, %d afgeronde werkprocessen in de historie "
                        + "met SQL in %.0f s; read model %d rijen%n", open,
                (gevuld - start) / 1e9, HISTORIE, (historie - gevuld) / 1e9,
                jdbc.queryForObject("select count(*) from werkvoorraad_taak", Long.class));

        Map<String, Function<String, Integer>> rijen = new LinkedHashMap<>();
        rijen.put("(a) GET /api/werkvoorraad?groep=… over HTTP as the gemeente's LPA (read model)", this::api);
        rijen.put("(a0) the same read-model query in process, no HTTP", this::leesmodel);
        rijen.put("(b) TaskQuery candidate group + process-variable filter + variable fetch", groep -> taskQuery(groep, false));
        rijen.put("(b1) the same TaskQuery as the LPA, with authorization checks (what Tasklist runs)",
                groep -> taskQuery(groep, true));
        rijen.put("(b2) the same over Camunda's REST API as the LPA: GET /engine-rest/task + POST /engine-rest/variable-instance",
                this::rest);
        // The werkvoorraad page itself, as the officer's browser asks for it: HTML of the LPA's team tab, and a search
        // by a Jongere's name (one of the gemeente's own, so it finds a row) on the same page.
        Map<String, String> naamIn = namen(groepen);
        rijen.put("(c) GET /werkvoorraad?tab=team over HTTP as the LPA: the HTML page (read model)",
                groep -> pagina(groep, "/werkvoorraad?tab=team"));
        rijen.put("(c1) the same page with a search by the Jongere's name (?zoek=…)",
                groep -> pagina(groep, "/werkvoorraad?tab=team&zoek=" + naamIn.get(groep).replace(' ', '+')));
        Map<String, long[]> metingen = meet(rijen, groepen);

        StringBuilder tabel = new StringBuilder("| query (first page of 50, one gemeente; %,d open tasks, %d gemeenten, %d werkprocessen in history) | p50 ms | p95 ms | p99 ms |%n|---|---|---|---|%n"
                .formatted(open, GEMEENTEN, HISTORIE));
        metingen.forEach((naam, tijden) -> tabel.append("| %s | %.2f | %.2f | %.2f |%n"
                .formatted(naam, p(tijden, 50), p(tijden, 95), p(tijden, 99))));
        Map<String, long[]> rij = new LinkedHashMap<>();
        metingen.forEach((naam, tijden) -> rij.put(naam.substring(0, naam.indexOf(')') + 1), tijden));
        // Like for like: over HTTP as the LPA against HTTP as the LPA, in process against in process; and the
        // issue's own comparison, our API over HTTP against the engine query in process.
        for (String[] paar : new String[][] {{"(b)", "(a)"}, {"(b1)", "(a)"}, {"(b2)", "(a)"}, {"(b)", "(a0)"}}) {
            long[] engine = rij.get(paar[0]);
            long[] ons = rij.get(paar[1]);
            tabel.append("| ratio %s / %s | %.1f× | %.1f× | %.1f× |%n".formatted(paar[0], paar[1], p(engine, 50) / p(ons, 50),
                    p(engine, 95) / p(ons, 95), p(engine, 99) / p(ons, 99)));
        }
        System.out.printf(Locale.ROOT, "%n%s%n", tabel);

        toezichtAggregaten(groepen, open);
    }

    /**
     * The teamleider's aggregates over the same read model, for the whole country (beheerder), one
     * teamleider's team of 10 gemeenten, and one gemeente. Target: p95 under 100 ms each.
     */
    private void toezichtAggregaten(List<String> groepen, long open) {
        Map<String, String> naamVan = new LinkedHashMap<>();
        gemeenten.findAllMetRegio().forEach(g -> naamVan.put(Teams.leerplicht(g), g.getNaam()));
        Function<String, Set<String>> team = groep -> {
            int i = groepen.indexOf(groep) / 10 * 10;
            return Set.copyOf(groepen.subList(i, Math.min(groepen.size(), i + 10)));
        };
        Map<String, Function<String, Integer>> rijen = new LinkedHashMap<>();
        rijen.put("open and overdue per gemeente, whole country", g -> toezicht.overzicht(Toezicht.Indeling.GEMEENTE,
                Toezicht.Filter.ALLES).size());
        rijen.put("open and overdue per gemeente, a teamleider's team of 10 gemeenten", g -> toezicht.overzicht(
                Toezicht.Indeling.GEMEENTE, Toezicht.Filter.ALLES.binnen(team.apply(g))).size());
        rijen.put("per officer, one gemeente", g -> toezicht.overzicht(Toezicht.Indeling.BEHANDELAAR,
                new Toezicht.Filter(naamVan.get(g), null, null)).size());
        rijen.put("per step, whole country", g -> toezicht.overzicht(Toezicht.Indeling.STAP, Toezicht.Filter.ALLES).size());
        rijen.put("ageing buckets, whole country", g -> toezicht.leeftijdsbuckets(Toezicht.Filter.ALLES).size());
        rijen.put("ageing buckets, a teamleider's team", g -> toezicht.leeftijdsbuckets(
                Toezicht.Filter.ALLES.binnen(team.apply(g))).size());
        rijen.put("trend of 12 weeks, whole country", g -> toezicht.trend(null, null).size());
        rijen.put("overdue list, first page of 50, whole country", g -> toezicht.teLaat(Toezicht.Filter.ALLES, 0, 50).size());
        rijen.put("overdue list, first page of 50, a teamleider's team", g -> toezicht.teLaat(
                Toezicht.Filter.ALLES.binnen(team.apply(g)), 0, 50).size());
        StringBuilder tabel = new StringBuilder("| toezicht aggregate (%,d open tasks, in process) | p50 ms | p95 ms | p99 ms | p95 < 100 ms |%n|---|---|---|---|---|%n"
                .formatted(open));
        meet(rijen, groepen).forEach((naam, tijden) -> tabel.append("| %s | %.2f | %.2f | %.2f | %s |%n"
                .formatted(naam, p(tijden, 50), p(tijden, 95), p(tijden, 99), p(tijden, 95) < 100 ? "yes" : "no")));
        System.out.printf(Locale.ROOT, "%n%s%n", tabel);
    }

    /**
     * Every row measured on the same random gemeenten, interleaved, after a warm-up of each row on its own for
     * {@code -Dbench.opwarmen} seconds (default 10, at least 50 calls): a server that has run for a while has compiled
     * its request path, which on 2 cores takes thousands of requests, and a short warm-up measures the compiler.
     */
    static Map<String, long[]> meet(Map<String, Function<String, Integer>> rijen, List<String> groepen) {
        Random random = new Random(6);
        long opwarmen = Long.getLong("bench.opwarmen", 10) * 1_000_000_000L;
        for (Function<String, Integer> rij : rijen.values()) {
            long begin = System.nanoTime();
            for (int i = 0; i < 50 || System.nanoTime() - begin < opwarmen; i++) {
                rij.apply(groepen.get(random.nextInt(groepen.size())));
            }
        }
        Map<String, long[]> metingen = new LinkedHashMap<>();
        rijen.keySet().forEach(naam -> metingen.put(naam, new long[METINGEN]));
        for (int i = 0; i < METINGEN; i++) {
            String groep = groepen.get(random.nextInt(groepen.size()));
            for (Map.Entry<String, Function<String, Integer>> rij : rijen.entrySet()) {
                long begin = System.nanoTime();
                if (rij.getValue().apply(groep) < 0) {
                    throw new IllegalStateException("onmogelijk");
                }
                metingen.get(rij.getKey())[i] = System.nanoTime() - begin;
            }
        }
        return metingen;
    }

    /** Over a kept-alive connection, as a browser or an integration keeps it, with HTTP Basic on every call. */
    private int api(String groep) {
        return NationaleWerkvoorraad.vraag(json, poort, "/api/werkvoorraad?groep=" + groep + "&grootte=50",
                NationaleWerkvoorraad.gebruiker(groep)).get("taken").size();
    }

    /** The name of one Jongere with an open task in each gemeente's team, to search for. */
    private Map<String, String> namen(List<String> groepen) {
        Map<String, String> namen = new LinkedHashMap<>();
        for (String groep : groepen) {
            namen.put(groep, jdbc.queryForObject("select min(t.jongere_naam) from werkvoorraad_groep g "
                    + "join werkvoorraad_taak t on t.task_id = g.task_id where g.groep = ?", String.class, groep));
        }
        return namen;
    }

    /** The page's length in characters; it must list at least one task. */
    private int pagina(String groep, String pad) {
        String html = NationaleWerkvoorraad.html(poort, pad, NationaleWerkvoorraad.gebruiker(groep));
        if (!html.contains("<tr data-taak=")) {
            throw new IllegalStateException(pad + " toont geen taak");
        }
        return html.length();
    }

    private int leesmodel(String groep) {
        return werkvoorraad.pagina(new Werkvoorraad.Filter(Set.of(groep), null, false, null), 0, 50).size();
    }

    /**
     * What Tasklist does: the group's tasks filtered on a process variable, then their columns in one batch; with
     * {@code alsLpa} under the LPA's authentication, so the engine applies its authorizations as it does over REST.
     */
    private int taskQuery(String groep, boolean alsLpa) {
        if (alsLpa) {
            identity.setAuthentication(NationaleWerkvoorraad.gebruiker(groep), List.of(groep));
        }
        try {
            List<Task> pagina = taken.createTaskQuery().taskCandidateGroup(groep).includeAssignedTasks()
                    .processVariableValueEquals("regio", NationaleWerkvoorraad.REGIO).orderByDueDate().asc().listPage(0, 50);
            if (pagina.isEmpty()) {
                return 0;
            }
            List<VariableInstance> kolommen = runtime.createVariableInstanceQuery()
                    .processInstanceIdIn(pagina.stream().map(Task::getProcessInstanceId).toArray(String[]::new))
                    .variableNameIn(KOLOMMEN.toArray(String[]::new)).disableBinaryFetching().list();
            return pagina.size() + kolommen.size();
        } finally {
            identity.clearAuthentication();
        }
    }

    /**
     * (b1) over HTTP, like (a): the page of tasks, then its five columns in one batch, both as the LPA through Camunda's
     * REST API with its HTTP Basic login (remembered like ours) and authorization checks.
     */
    private int rest(String groep) {
        String lpa = NationaleWerkvoorraad.gebruiker(groep);
        JsonNode pagina = NationaleWerkvoorraad.vraag(json, poort, "/engine-rest/task?candidateGroup=" + groep
                + "&includeAssignedTasks=true&processVariables=regio_eq_" + NationaleWerkvoorraad.REGIO
                + "&sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=50", lpa);
        if (pagina.isEmpty()) {
            return 0;
        }
        List<String> instanties = new java.util.ArrayList<>();
        pagina.forEach(taak -> instanties.add(taak.get("processInstanceId").asText()));
        NationaleWerkvoorraad.Antwoord kolommen = NationaleWerkvoorraad.stuur(json, poort,
                "/engine-rest/variable-instance?deserializeValues=false", lpa,
                Map.of("processInstanceIdIn", instanties, "variableNameIn", KOLOMMEN));
        if (kolommen.status() != 200) {
            throw new IllegalStateException("variable-instance gaf " + kolommen.status() + ": " + kolommen.body());
        }
        return pagina.size() + kolommen.body().size();
    }

    static double p(long[] metingen, int percentiel) {
        long[] gesorteerd = metingen.clone();
        Arrays.sort(gesorteerd);
        int index = (int) Math.ceil(percentiel / 100.0 * gesorteerd.length) - 1;
        return gesorteerd[Math.max(0, index)] / 1e6;
    }
}
