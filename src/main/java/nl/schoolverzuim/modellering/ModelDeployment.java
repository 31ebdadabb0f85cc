package nl.schoolverzuim.modellering;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the models of the top-level {@code processes/} and {@code forms/} folders, and the letter templates of
 * {@code brieven/} (so a letter renders with the templates of its werkproces's version), at start-up, so a changed or
 * new model becomes a new version without a code change. Resources keep their folder-relative name
 * ({@code processes/x.bpmn}) wherever the app runs from, and only changed files are deployed, so an unchanged
 * model never gets a new version. This replaces the starter's auto-deployment, which names resources by absolute
 * file path and redeploys everything when one file changes.
 */
@Component
public class ModelDeployment implements InitializingBean {

    public static final String NAAM = "schoolverzuim-modellen";
    static final List<String> PATRONEN = List.of(
            "classpath*:processes/**/*.bpmn", "classpath*:processes/**/*.dmn", "classpath*:forms/**/*.form",
            "classpath*:brieven/**/*.html", "classpath*:brieven/**/*.css");

    private static final Logger LOG = LoggerFactory.getLogger(ModelDeployment.class);

    private final RepositoryService repository;
    private final ResourcePatternResolver resources;

    ModelDeployment(RepositoryService repository, ResourcePatternResolver resources) {
        this.repository = repository;
        this.resources = resources;
    }

    @Override
    public void afterPropertiesSet() {
        List<Resource> modellen = modellen();
        DeploymentBuilder deployment = repository.createDeployment()
                .name(NAAM)
                .source("schoolverzuim")
                .enableDuplicateFiltering(true);
        List<InputStream> open = new ArrayList<>();
        try {
            for (Resource model : modellen) {
                InputStream inhoud = model.getInputStream();
                open.add(inhoud);
                deployment.addInputStream(resourceNaam(model), inhoud);
            }
            DeploymentWithDefinitions resultaat = deployment.deployWithResult();
            LOG.info("Modellen: {} bestanden gelezen, {} processen en {} beslissingen (opnieuw) uitgerold in deployment {}",
                    modellen.size(), aantal(resultaat.getDeployedProcessDefinitions()),
                    aantal(resultaat.getDeployedDecisionDefinitions()), resultaat.getId());
        } catch (IOException e) {
            throw new UncheckedIOException("Modellen konden niet worden gelezen", e);
        } finally {
            open.forEach(ModelDeployment::sluit);
        }
    }

    private List<Resource> modellen() {
        List<Resource> gevonden = new ArrayList<>();
        for (String patroon : PATRONEN) {
            try {
                gevonden.addAll(List.of(resources.getResources(patroon)));
            } catch (IOException e) {
                throw new UncheckedIOException("Modellen niet gevonden: " + patroon, e);
            }
        }
        if (gevonden.isEmpty()) {
            throw new IllegalStateException("Geen modellen gevonden in processes/ en forms/ op het classpath");
        }
        return gevonden;
    }

    /** "processes/x.bpmn", "forms/y.form" or "brieven/z.html", whatever the classpath location. */
    static String resourceNaam(Resource model) throws IOException {
        String url = model.getURL().toString();
        int map = Math.max(Math.max(url.lastIndexOf("/processes/"), url.lastIndexOf("/forms/")),
                url.indexOf("/brieven/"));
        return map < 0 ? model.getFilename() : url.substring(map + 1);
    }

    private static int aantal(List<?> lijst) {
        return lijst == null ? 0 : lijst.size();
    }

    private static void sluit(InputStream inhoud) {
        try {
            inhoud.close();
        } catch (IOException e) {
            LOG.debug("Sluiten mislukt", e);
        }
    }
}
