package nl.schoolverzuim.engine;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

/**
 * Checks every new deployment before the engine's own deployers parse it, however it arrives: the application's
 * models at start-up, {@code POST /engine-rest/deployment/create}, Cockpit or the Java API. The engine runs custom
 * pre-deployers first, in the deployment's transaction, so a refusal stores nothing. A refusal is a
 * {@link ParseException}, which the REST API answers with {@code 400} and the message.
 * <p>
 * Deployments already in the database are not checked again when the engine reloads them into its cache: a
 * werkproces started on an older version keeps running; {@link VeiligeExpressionManager} and {@link GeenScripts}
 * still guard what such a version evaluates.
 */
public final class ModelControleDeployer implements Deployer {

    private final ModelControle controle;
    private final Supplier<List<BestandsControle>> bestandsControles;

    public ModelControleDeployer(ModelControle controle) {
        this(controle, List::of);
    }

    /** {@code bestandsControles} is asked at deploy time: its beans may need the engine themselves. */
    public ModelControleDeployer(ModelControle controle, Supplier<List<BestandsControle>> bestandsControles) {
        this.controle = controle;
        this.bestandsControles = bestandsControles;
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (!deployment.isNew() || deployment.getResources() == null) {
            return;
        }
        List<ResourceEntity> resources = deployment.getResources().values().stream()
                .sorted(Comparator.comparing(ResourceEntity::getName)).toList();
        for (ResourceEntity resource : resources) {
            List<Bevinding> bevindingen = controle.controleer(resource.getName(), resource.getBytes());
            if (!bevindingen.isEmpty()) {
                throw new ParseException("Model geweigerd, een model mag geen code uitvoeren: " + bevindingen.stream()
                        .map(Bevinding::toString).collect(Collectors.joining("; ")),
                        resource.getName(), List.<Problem>copyOf(bevindingen), List.of());
            }
        }
        Map<String, byte[]> bestanden = new LinkedHashMap<>();
        resources.forEach(resource -> bestanden.put(resource.getName(), resource.getBytes()));
        for (BestandsControle bestandsControle : bestandsControles.get()) {
            List<Bevinding> bevindingen = bestandsControle.controleer(bestanden);
            if (!bevindingen.isEmpty()) {
                throw new ParseException("Bestand geweigerd: " + bevindingen.stream().map(Bevinding::toString)
                        .collect(Collectors.joining("; ")), bevindingen.get(0).resource(),
                        List.<Problem>copyOf(bevindingen), List.of());
            }
        }
    }
}
