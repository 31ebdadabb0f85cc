package nl.schoolverzuim.brieven;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Resource;
import org.springframework.stereotype.Component;

/**
 * Where a werkproces reads its letter templates: the deployment of its own process definition, which holds the
 * templates of {@code brieven/} as they were when that version was deployed (modellering.ModelDeployment). A
 * definition deployed without templates (a model deployed on its own through the REST API) reads those of the
 * application's classpath, version "classpath". Deployed files never change, so they are cached per deployment.
 */
@Component
class BriefBronnen {

    static final String CLASSPATH = "classpath";

    private final Map<String, Map<String, String>> perDeployment = new ConcurrentHashMap<>();

    Sjablonen.Bron voor(ProcessEngineServices engine, String procesDefinitieId) {
        RepositoryService repository = engine.getRepositoryService();
        String deployment = repository.getProcessDefinition(procesDefinitieId).getDeploymentId();
        Map<String, String> bestanden = perDeployment.computeIfAbsent(deployment, id -> lees(repository, id));
        return bestanden.isEmpty() ? classpath() : bron(bestanden, deployment);
    }

    private static Map<String, String> lees(RepositoryService repository, String deployment) {
        Map<String, String> bestanden = new ConcurrentHashMap<>();
        for (Resource resource : repository.getDeploymentResources(deployment)) {
            if (resource.getName().startsWith(Sjablonen.MAP)) {
                bestanden.put(resource.getName(), new String(resource.getBytes(), StandardCharsets.UTF_8));
            }
        }
        return bestanden;
    }

    static Sjablonen.Bron bron(Map<String, String> bestanden, String versie) {
        return new Sjablonen.Bron() {
            @Override
            public Optional<String> lees(String resource) {
                return Optional.ofNullable(bestanden.get(resource));
            }

            @Override
            public String versie() {
                return versie;
            }
        };
    }

    static Sjablonen.Bron classpath() {
        return new Sjablonen.Bron() {
            @Override
            public Optional<String> lees(String resource) {
                try (InputStream in = BriefBronnen.class.getClassLoader().getResourceAsStream(resource)) {
                    return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public String versie() {
                return CLASSPATH;
            }
        };
    }
}
