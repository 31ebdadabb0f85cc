/**
 * Extensions of the Camunda engine: the only package allowed to use Camunda's internal API
 * ({@code org.camunda.bpm.engine.impl.*}, {@code org.camunda.bpm.impl.juel.*}). Each such use is pinned by a test of
 * what it assumes, so an engine upgrade that changes it fails a test instead of silently opening a hole.
 * <p>
 * What is here: models are checked before the engine parses them ({@link nl.schoolverzuim.engine.ModelControleDeployer}),
 * expressions resolve only the published process beans and refuse reflection and engine services at run time
 * ({@link nl.schoolverzuim.engine.VeiligeExpressionManager}), scripts never run ({@link nl.schoolverzuim.engine.GeenScripts}),
 * only a beheerder deletes a deployment that werkprocessen use ({@link nl.schoolverzuim.engine.DeploymentVerwijderen}),
 * and passwords are stored as bcrypt ({@link nl.schoolverzuim.engine.WachtwoordPlugin}).
 */
package nl.schoolverzuim.engine;
