package nl.schoolverzuim;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The boundaries between the top-level packages of the main code, checked on the compiled classes: only
 * {@code engine} uses Camunda's internal API, the packages depend on each other without cycles, and only along the
 * edges listed in {@link #TOEGESTAAN}; a new edge fails here until it is added there on purpose. {@code docs/modules.md}
 * is generated from the same graph and must match it: after a change run
 * {@code ./mvnw -o test -Dtest=ModulegrenzenTest -Dmodules.schrijven=true} to rewrite it.
 */
class ModulegrenzenTest {

    private static final String BASIS = "nl.schoolverzuim.";
    private static final Path OVERZICHT = Path.of("docs", "modules.md");

    /** What each top-level package is; a new package needs a line here (and so in docs/modules.md). */
    private static final Map<String, String> ROLLEN = Map.ofEntries(
            Map.entry("brieven", "letters from the templates in brieven/: rendering, PDF, the process bean brief, "
                    + "the deploy-time template check and the documents API"),
            Map.entry("demo", "demo data and users for a local run, and the synthetic school year"),
            Map.entry("domein", "domain basics: verzuimsoorten, working days and MAS deadlines, school year, age, "
                    + "process variable names, the exceptions of the domain"),
            Map.entry("doorstroompunt", "the Doorstroompunt's (DSP) VSV-trajecten and their werkproces"),
            Map.entry("dossier", "Jongere, Dossier, werkprocessen and who may read them; verhuizingen"),
            Map.entry("engine", "Camunda engine extensions, the only package using its internal API"),
            Map.entry("infrastructuur", "platform plumbing outside the engine: PostgreSQL connections, Hibernate "
                    + "cache, BSN-free logging"),
            Map.entry("leerplicht", "the leerplicht werkproces: interventions, route, proces-verbaal, hand-over "
                    + "to the DSP"),
            Map.entry("melding", "intake of meldingen, single and bulk, and routing to a werkproces"),
            Map.entry("modellering", "deployment of the models (BPMN, DMN, forms) by the application"),
            Map.entry("organisatie", "gemeenten, regio's, scholen, samenwerkingsverbanden and teams"),
            Map.entry("rapportage", "the art. 25 jaarverslag (MAS §9): its tables, API, CSV, PDF and page"),
            Map.entry("start", "the start page: per role the pages the user may use and their open work"),
            Map.entry("thuiszitters", "thuiszitters and their overviews per regio"),
            Map.entry("toegang", "login, security configuration and the engine's users, groups and grants"),
            Map.entry("toezicht", "supervision: backlogs, steering and metrics"),
            Map.entry("vrijstellingen", "vrijstellingen and verlof (MAS §7): aanvraag, legal toets, besluit, renewal, "
                    + "expiry, revocation, the DUO export; school days, school holidays, the team's page"),
            Map.entry("web", "web plumbing: page layout, problem answers of our API and /engine-rest, paging, "
                    + "HTML"),
            Map.entry("werkvoorraad", "the officers' work queue (read model, page, bulk claim) and Tasklist filters"));

    /**
     * The allowed dependencies between top-level packages: the graph as it is, without cycles. Two edges are in the
     * source only, as constants the compiler copies into the using class, so the class files do not show them:
     * {@code organisatie} names {@code infrastructuur.Referentiegegevens}'s cache regions and {@code web} names the
     * groups of {@code organisatie.Teams}.
     */
    private static final Map<String, Set<String>> TOEGESTAAN = Map.ofEntries(
            Map.entry("brieven", Set.of("domein", "dossier", "engine", "organisatie", "web")),
            Map.entry("demo", Set.of("domein", "dossier", "engine", "leerplicht", "melding", "organisatie", "toegang",
                    "vrijstellingen")),
            Map.entry("domein", Set.of("engine")),
            Map.entry("doorstroompunt", Set.of("domein", "dossier", "engine", "leerplicht", "organisatie")),
            Map.entry("dossier", Set.of("domein", "engine", "organisatie", "toegang", "web")),
            Map.entry("engine", Set.of()),
            Map.entry("infrastructuur", Set.of()),
            Map.entry("leerplicht", Set.of("domein", "dossier", "engine", "organisatie", "toegang", "web")),
            Map.entry("melding", Set.of("domein", "dossier", "engine", "organisatie", "toegang", "web")),
            Map.entry("modellering", Set.of()),
            Map.entry("organisatie", Set.of("infrastructuur")),
            Map.entry("rapportage", Set.of("brieven", "domein", "organisatie", "toegang", "vrijstellingen", "web")),
            Map.entry("start", Set.of("toegang", "web", "werkvoorraad")),
            Map.entry("thuiszitters", Set.of("domein", "dossier", "engine", "organisatie", "toegang", "vrijstellingen",
                    "web")),
            Map.entry("toegang", Set.of("domein", "engine", "organisatie", "web")),
            Map.entry("toezicht", Set.of("domein", "engine", "organisatie", "toegang", "web", "werkvoorraad")),
            Map.entry("vrijstellingen", Set.of("domein", "dossier", "engine", "organisatie", "toegang", "web")),
            Map.entry("web", Set.of("domein", "engine", "organisatie")),
            Map.entry("werkvoorraad", Set.of("domein", "dossier", "toegang", "web")));

    private static JavaClasses klassen;

    @BeforeAll
    static void importeer() {
        klassen = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.schoolverzuim");
    }

    @Test
    void alleenEngineGebruiktDeInterneApiVanCamunda() {
        noClasses().that().resideOutsideOfPackage("nl.schoolverzuim.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.camunda.bpm.engine.impl..",
                        "org.camunda.bpm.impl..")
                .because("engine's package-info: the only place allowed to use Camunda's internal API")
                .check(klassen);
    }

    @Test
    void dePakkettenHangenZonderKringAfVanElkaar() {
        slices().matching("nl.schoolverzuim.(*)..").should().beFreeOfCycles().check(klassen);
    }

    @Test
    void elkPakketHangtAlleenAfVanWatIsToegestaan() {
        SortedMap<String, SortedSet<String>> graaf = graaf();
        assertThat(ROLLEN.keySet()).as("a role for every top-level package").containsExactlyInAnyOrderElementsOf(
                graaf.keySet());
        graaf.forEach((pakket, afhankelijkheden) -> assertThat(afhankelijkheden)
                .as("%s depends on more than ModulegrenzenTest.TOEGESTAAN allows", pakket)
                .isSubsetOf(TOEGESTAAN.getOrDefault(pakket, Set.of())));
    }

    @Test
    void deToegestaneAfhankelijkhedenVormenGeenKring() {
        Set<String> klaar = new TreeSet<>();
        TOEGESTAAN.keySet().forEach(pakket -> bezoek(pakket, new ArrayList<>(), klaar));
    }

    private static void bezoek(String pakket, List<String> pad, Set<String> klaar) {
        assertThat(pad).as("a cycle in ModulegrenzenTest.TOEGESTAAN: %s -> %s", pad, pakket).doesNotContain(pakket);
        if (klaar.add(pakket)) {
            pad.add(pakket);
            TOEGESTAAN.getOrDefault(pakket, Set.of()).forEach(naar -> bezoek(naar, pad, klaar));
            pad.remove(pad.size() - 1);
        }
    }

    @Test
    void hetModuleoverzichtVolgtDeCode() throws IOException {
        String verwacht = overzicht(graaf());
        if (Boolean.getBoolean("modules.schrijven")) {
            Files.writeString(OVERZICHT, verwacht, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(OVERZICHT, StandardCharsets.UTF_8))
                .as("docs/modules.md is out of date: ./mvnw -o test -Dtest=ModulegrenzenTest -Dmodules.schrijven=true")
                .isEqualTo(verwacht);
    }

    /** Every top-level package of the main code and the other top-level packages its classes use. */
    private static SortedMap<String, SortedSet<String>> graaf() {
        SortedMap<String, SortedSet<String>> graaf = new TreeMap<>();
        for (JavaClass klasse : klassen) {
            String van = pakket(klasse);
            if (van == null) {
                continue;
            }
            SortedSet<String> naar = graaf.computeIfAbsent(van, p -> new TreeSet<>());
            for (Dependency afhankelijkheid : klasse.getDirectDependenciesFromSelf()) {
                String doel = pakket(afhankelijkheid.getTargetClass().getBaseComponentType());
                if (doel != null && !doel.equals(van)) {
                    naar.add(doel);
                }
            }
        }
        return graaf;
    }

    private static String pakket(JavaClass klasse) {
        String naam = klasse.getPackageName();
        return naam.startsWith(BASIS) ? naam.substring(BASIS.length()).split("\\.")[0] : null;
    }

    private static String overzicht(SortedMap<String, SortedSet<String>> graaf) {
        StringBuilder tekst = new StringBuilder("""
                # Modules

                The top-level packages under `nl.schoolverzuim` and which of them each one uses. Generated from the
                compiled classes by `ModulegrenzenTest`, which fails when this file no longer matches the code;
                rewrite it with `./mvnw -o test -Dtest=ModulegrenzenTest -Dmodules.schrijven=true`. The same test
                allows no dependency cycles, only the dependencies listed in its `TOEGESTAAN`, and Camunda's internal
                API (`org.camunda.bpm.engine.impl..`, `org.camunda.bpm.impl..`) only in `engine`. A use of a
                constant only (which the compiler copies into the using class) is not listed.

                | Package | Role | Depends on |
                |---|---|---|
                """);
        graaf.forEach((pakket, afhankelijkheden) -> tekst.append("| `").append(pakket).append("` | ")
                .append(ROLLEN.getOrDefault(pakket, "")).append(" | ")
                .append(afhankelijkheden.isEmpty() ? "nothing"
                        : afhankelijkheden.stream().map(p -> "`" + p + "`").collect(Collectors.joining(", ")))
                .append(" |\n"));
        return tekst.toString();
    }
}
