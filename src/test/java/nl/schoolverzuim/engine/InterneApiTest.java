package nl.schoolverzuim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.db.ListQueryParameterObject;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.impl.juel.ExpressionFactoryImpl;
import org.camunda.bpm.impl.juel.SimpleContext;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Pins what the engine extensions assume of Camunda's internal API where no running engine is needed; a test here
 * that fails after an engine upgrade names the assumption that broke. What needs a running engine is pinned there:
 * <ul>
 * <li>history level {@code schoolverzuim} (the entity the engine hands it per event) and {@link GeenHistorie}:
 * {@code melding.IntakeEngineTests.deHistorieBewaartDeHuidigeWaardenZonderElkeEerdere};</li>
 * <li>removal time after the end ({@link VerwijdertijdNaAfloop}, {@link HistorieVerwijdertijd}): {@code BewaartermijnTests}
 * (only the ended instance's own row has a removal time until the night), {@code HistorieVerwijdertijdProcessTest};</li>
 * <li>{@link LaatsteVersies} and {@link DecisionCache}: {@code EngineAannamesTests}
 * (a start by id reads the suspension of its version), {@code melding.IntakeEngineTests} (a new or deleted version),
 * {@code toezicht.ToezichtTest.eenRegioKanEenAndereEscalatietermijnHebben};</li>
 * <li>{@link InstantieStarter}'s grants and their user operation log: {@code EngineAannamesTests};</li>
 * <li>{@link PostgresEngineTuning}'s session factory and MyBatis statement, {@link GroepenMetAutorisatie}:
 * {@code EngineAannamesPostgresTest}, {@code melding.IntakeContractPostgresTest};</li>
 * <li>{@link VeiligeExpressionManager}, {@link GeenScripts}, {@link DeploymentVerwijderen}, {@link ModelControleDeployer}:
 * {@code ModelBeveiligingTest}; {@link WachtwoordPlugin}: {@code WachtwoordTest}.</li>
 * </ul>
 */
class InterneApiTest {

    @Test
    void eenResourceKentDePermissiesVanZijnEigenSoort() {
        assertThat(Permissies.van(Resources.PROCESS_INSTANCE))
                .containsExactlyInAnyOrder(ProcessInstancePermissions.values());
        assertThat(Permissies.van(Resources.PROCESS_DEFINITION))
                .containsExactlyInAnyOrder(ProcessDefinitionPermissions.values());
        assertThat(Permissies.van(Resources.GROUP)).containsExactlyInAnyOrder(Permissions.values());
    }

    @Test
    void eenOnbekendeNaamInEenExpressieIsEenOntbrekendeEigenschapDieDieNaamNoemt() {
        ExpressionFactoryImpl expressies = new ExpressionFactoryImpl();
        // As the engine's chain of resolvers does for a variable the execution lacks: none of them resolves it.
        SimpleContext context = new SimpleContext(new CompositeELResolver());
        Throwable fout = catchThrowable(() -> expressies.createValueExpression(context, "${onbekend}", Object.class)
                .getValue(context));

        assertThat(ExpressieFouten.isOntbrekendeEigenschap(fout)).isTrue();
        assertThat(fout).hasMessageContaining("identifier 'onbekend'");
        assertThat(ExpressieFouten.isOntbrekendeEigenschap(new ProcessEngineException("iets anders"))).isFalse();
    }

    /**
     * DeploymentVerwijderen answers the engine's {@code CommandChecker} by method name: a renamed or retyped
     * {@code checkDeleteDeployment} would leave every deletion unchecked without a compile error.
     */
    @Test
    void deCommandCheckerVraagtCheckDeleteDeploymentMetHetDeploymentId() throws NoSuchMethodException {
        assertThat(CommandChecker.class.getMethod("checkDeleteDeployment", String.class).getReturnType())
                .isEqualTo(void.class);
    }

    /** The engine stores the history level's id and refuses to start when it changes: ours is none of Camunda's. */
    @Test
    void hetHistorieniveauHeeftEenEigenIdEnNaam() {
        List<HistoryLevel> camunda = List.of(HistoryLevel.HISTORY_LEVEL_NONE, HistoryLevel.HISTORY_LEVEL_ACTIVITY,
                HistoryLevel.HISTORY_LEVEL_AUDIT, HistoryLevel.HISTORY_LEVEL_FULL);
        assertThat(camunda).extracting(HistoryLevel::getId).doesNotContain(SchoolverzuimHistoryLevel.ID);
        assertThat(camunda).extracting(HistoryLevel::getName).doesNotContain(SchoolverzuimHistoryLevel.NAME);
    }

    /**
     * The history level leaves out the events it names, for the entity the engine hands it: a variable as
     * {@code VariableInstance}, a decision as {@code DmnDecision}; everything else, such as the user operation log
     * of the read grants ({@code UserOperationLogManager} asks without an entity), is written.
     */
    @Test
    void hetHistorieniveauLaatWegWatHetNoemtEnSchrijftDeRest() {
        SchoolverzuimHistoryLevel niveau = new SchoolverzuimHistoryLevel(
                new GeenHistorie(Set.of("jongereNaam"), Set.of("mas-termijn")));
        VariableInstance kopie = mock(VariableInstance.class);
        when(kopie.getName()).thenReturn("jongereNaam");
        VariableInstance eigen = mock(VariableInstance.class);
        when(eigen.getName()).thenReturn("verzuimsoort");
        DmnDecision tabel = mock(DmnDecision.class);
        when(tabel.getKey()).thenReturn("mas-termijn");
        DmnDecision overJongere = mock(DmnDecision.class);
        when(overJongere.getKey()).thenReturn("halt-route");

        assertThat(niveau.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_CREATE, kopie)).isFalse();
        assertThat(niveau.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE, kopie)).isFalse();
        assertThat(niveau.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_CREATE, eigen)).isTrue();
        assertThat(niveau.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL, eigen)).isFalse();
        assertThat(niveau.isHistoryEventProduced(HistoryEventTypes.DMN_DECISION_EVALUATE, tabel)).isFalse();
        assertThat(niveau.isHistoryEventProduced(HistoryEventTypes.DMN_DECISION_EVALUATE, overJongere)).isTrue();
        assertThat(niveau.isHistoryEventProduced(HistoryEventTypes.JOB_CREATE, null)).isFalse();
        assertThat(niveau.isHistoryEventProduced(HistoryEventTypes.JOB_FAIL, null)).isTrue();
        assertThat(niveau.isHistoryEventProduced(HistoryEventTypes.USER_OPERATION_LOG, null)).isTrue();
    }

    /** EngineKlok reads the engine's clock, which tests move with {@code ClockUtil}. */
    @Test
    void deKlokVanDeApplicatieIsDieVanDeEngine() {
        Instant moment = Instant.parse("2030-03-04T09:00:00Z");
        ClockUtil.setCurrentTime(Date.from(moment));
        try {
            assertThat(new EngineKlok(ZoneId.of("Europe/Amsterdam")).instant()).isEqualTo(moment);
        } finally {
            ClockUtil.reset();
        }
    }

    /**
     * PostgresEngineTuning registers the mapping under the statement id GroepenMetAutorisatie asks for, with the
     * engine's parameter object whose {@code parameter} the mapping iterates and the table prefix the engine sets.
     */
    @Test
    void deMybatisMappingHeeftHetStatementDatGroepenMetAutorisatieVraagt() throws Exception {
        Document mapping;
        try (InputStream xml = PostgresEngineTuning.class.getResourceAsStream(PostgresEngineTuning.GROEPEN_MAPPING)) {
            DocumentBuilderFactory fabriek = DocumentBuilderFactory.newInstance();
            fabriek.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            mapping = fabriek.newDocumentBuilder().parse(xml);
        }
        Element mapper = mapping.getDocumentElement();
        Element select = (Element) mapper.getElementsByTagName("select").item(0);
        assertThat(mapper.getAttribute("namespace") + "." + select.getAttribute("id"))
                .isEqualTo(PostgresEngineTuning.GROEPEN_STATEMENT);
        assertThat(Class.forName(select.getAttribute("parameterType"))).isEqualTo(ListQueryParameterObject.class);
        assertThat(ListQueryParameterObject.class.getMethod("getParameter").getReturnType()).isEqualTo(Object.class);
        assertThat(((Element) select.getElementsByTagName("foreach").item(0)).getAttribute("collection"))
                .isEqualTo("parameter");
        assertThat(select.getTextContent()).contains("${prefix}ACT_RU_AUTHORIZATION");
    }

    /**
     * VeiligeExpressionManager copies the resolver chain of Camunda's SpringExpressionManager, without the resolvers
     * that hand a model Spring beans, mocks or a process application's beans, and with the procesbeans where Spring's
     * beans were. A resolver Camunda adds to its chain, or one it drops, fails here, to be weighed for ours.
     */
    @Test
    void deResolversZijnDieVanCamundasSpringExpressionManagerZonderDeBeans() throws ReflectiveOperationException {
        ELResolver camunda = new SpringExpressionManager(mock(ApplicationContext.class)) {
            ELResolver keten() {
                return createElResolver();
            }
        }.keten();
        Field bewaakt = BewaakteElResolver.class.getDeclaredField("resolver");
        bewaakt.setAccessible(true);
        ELResolver ons = (ELResolver) bewaakt.get(new VeiligeExpressionManager(null).createElResolver());

        Set<String> weggelaten = Set.of("MockElResolver", "ReadOnlyMapELResolver", "ApplicationContextElResolver");
        List<String> camundas = soorten(camunda);
        // Without a bean map, as Camunda's Spring Boot starter builds it: every bean by name.
        assertThat(camundas).contains("ApplicationContextElResolver", "MockElResolver");
        List<String> verwacht = new ArrayList<>(camundas);
        verwacht.set(verwacht.indexOf("ApplicationContextElResolver"), "ProcesbeanElResolver");
        verwacht.removeAll(weggelaten);
        assertThat(soorten(ons)).isEqualTo(verwacht);
    }

    private static List<String> soorten(ELResolver keten) throws ReflectiveOperationException {
        Field resolvers = CompositeELResolver.class.getDeclaredField("elResolvers");
        Field aantal = CompositeELResolver.class.getDeclaredField("size");
        resolvers.setAccessible(true);
        aantal.setAccessible(true);
        return Arrays.stream((ELResolver[]) resolvers.get(keten)).limit(aantal.getInt(keten))
                .map(resolver -> resolver.getClass().getSimpleName()).toList();
    }
}
