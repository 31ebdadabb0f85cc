package nl.schoolverzuim.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The engine API of Camunda's webapps ({@code /camunda/api/engine}), through which Tasklist submits a form, with the
 * Dutch answers of {@link EngineRestFouten}: a step a rule refuses is a 400 with the sentence naming the field, not a
 * 500 with the engine's exception. Camunda's webapp initializer registers the servlet "Engine Api" only when no
 * servlet of that name exists, so this registers it first, with the same application class, path and servlet.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebappEngineApi implements ServletContextInitializer {

    /** The name Camunda's initializer looks for (CamundaBpmWebappInitializer). */
    static final String SERVLET = "Engine Api";

    private final EngineRestFouten fouten;
    private final CamundaBpmProperties camunda;

    WebappEngineApi(EngineRestFouten fouten, CamundaBpmProperties camunda) {
        this.fouten = fouten;
        this.camunda = camunda;
    }

    @Override
    public void onStartup(ServletContext context) {
        ResourceConfig api = ResourceConfig.forApplicationClass(EngineRestApplication.class);
        fouten.registreer(api);
        ServletRegistration.Dynamic servlet = context.addServlet(SERVLET, new ServletContainer(api));
        servlet.addMapping(camunda.getWebapp().getApplicationPath() + "/api/engine/*");
    }
}
