package nl.schoolverzuim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.impl.juel.ExpressionFactoryImpl;
import org.camunda.bpm.impl.juel.SimpleContext;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.junit.jupiter.api.Test;

/** Pins what the helpers that hide Camunda's internal API from other packages assume of it. */
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
}
