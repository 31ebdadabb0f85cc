/**
 * Extensions of the Camunda engine: the only package allowed to use Camunda's internal API
 * ({@code org.camunda.bpm.engine.impl.*}, {@code org.camunda.bpm.impl.juel.*}); {@code ModulegrenzenTest} fails on
 * a use anywhere else. Each such use is pinned by a test of what it assumes, so an engine upgrade that changes it fails
 * a test instead of silently opening a hole ({@code InterneApiTest} says where each is pinned). Depends on no other
 * package of the application.
 * <p>
 * What is here:
 * <ul>
 * <li>Model safety: models are checked before the engine parses them
 * ({@link nl.schoolverzuim.engine.ModelControleDeployer}), expressions resolve only the published process beans
 * ({@link nl.schoolverzuim.engine.Procesbean}) and refuse reflection and engine services at run time
 * ({@link nl.schoolverzuim.engine.VeiligeExpressionManager}), scripts never run
 * ({@link nl.schoolverzuim.engine.GeenScripts}), and only a beheerder deletes a deployment that werkprocessen use
 * ({@link nl.schoolverzuim.engine.DeploymentVerwijderen}).</li>
 * <li>Identity: passwords are stored as bcrypt ({@link nl.schoolverzuim.engine.WachtwoordPlugin}); the permissions
 * of a resource type for other packages ({@link nl.schoolverzuim.engine.Permissies}).</li>
 * <li>History and retention (MAS §10): the history level {@code schoolverzuim}
 * ({@link nl.schoolverzuim.engine.SchoolverzuimHistoryLevel}, told by the domain what it leaves out through
 * {@link nl.schoolverzuim.engine.GeenHistorie}), removal time set after a werkproces ends
 * ({@link nl.schoolverzuim.engine.VerwijdertijdNaAfloop}, {@link nl.schoolverzuim.engine.HistorieVerwijdertijd}).</li>
 * <li>Speed: the latest version of each model without searching it on every start
 * ({@link nl.schoolverzuim.engine.LaatsteVersies}), lookup tables evaluated once per version and inputs
 * ({@link nl.schoolverzuim.engine.DecisionCache}), a werkproces started with its team's read grants (logged as
 * {@code saveAuthorization} logs them) in one command ({@link nl.schoolverzuim.engine.InstantieStarter}), and on
 * PostgreSQL the engine's own migrations and its group lookup replaced
 * ({@link nl.schoolverzuim.engine.PostgresEngineTuning}, {@link nl.schoolverzuim.engine.GroepenMetAutorisatie}, its
 * MyBatis mapping beside them in the resources).</li>
 * <li>The application's clock is the engine's ({@link nl.schoolverzuim.engine.EngineKlok}); a variable a model needs
 * and a request to {@code /engine-rest} left out is recognised through
 * {@link nl.schoolverzuim.engine.ExpressieFouten}. The plugins are
 * registered by {@code EngineConfiguration}.</li>
 * </ul>
 */
package nl.schoolverzuim.engine;
