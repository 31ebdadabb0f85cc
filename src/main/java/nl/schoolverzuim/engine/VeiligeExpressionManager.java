package nl.schoolverzuim.engine;

import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;

/**
 * The engine's expression manager (instead of Camunda's SpringExpressionManager, which exposes every Spring bean by
 * name): an expression sees process variables, {@code execution}/{@code task}, and the procesbeans, and its
 * resolvers are guarded by {@link BewaakteElResolver}. The resolver chain is SpringExpressionManager's without its
 * ApplicationContextElResolver, mocks and process-application resolvers (this application has no process application).
 * The engine adds its functions ({@code now()}, {@code currentUser()}, ...) itself.
 */
public class VeiligeExpressionManager extends JuelExpressionManager {

    private final Procesbeans procesbeans;

    public VeiligeExpressionManager(Procesbeans procesbeans) {
        this.procesbeans = procesbeans;
    }

    @Override
    protected ELResolver createElResolver() {
        CompositeELResolver resolvers = new CompositeELResolver();
        resolvers.add(new VariableScopeElResolver());
        resolvers.add(new VariableContextElResolver());
        resolvers.add(new ProcesbeanElResolver(procesbeans));
        resolvers.add(new ArrayELResolver());
        resolvers.add(new ListELResolver());
        resolvers.add(new MapELResolver());
        resolvers.add(new BeanELResolver());
        return new BewaakteElResolver(resolvers);
    }
}
