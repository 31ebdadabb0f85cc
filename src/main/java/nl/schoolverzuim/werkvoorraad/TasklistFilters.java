package nl.schoolverzuim.werkvoorraad;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.schoolverzuim.domein.Variabelen;

/**
 * The shared Tasklist filters that make Tasklist the officers' inbox, sorted by due date and showing the Jongere.
 * Created once by name and readable by every user; what a user then sees is limited by the engine's task
 * authorizations (a task is readable by its candidate group).
 */
@Component
@Order(11)
class TasklistFilters implements ApplicationRunner {

    /** Variables shown in the task list: the dossier at a glance. */
    static final List<Map<String, String>> KOLOMMEN = List.of(
            Map.of("name", Variabelen.JONGERE_NAAM, "label", "Jongere"),
            Map.of("name", Variabelen.LEEFTIJD, "label", "Leeftijd"),
            Map.of("name", Variabelen.SCHOOL_NAAM, "label", "School"),
            Map.of("name", Variabelen.VERZUIMSOORT, "label", "Verzuimsoort"),
            Map.of("name", Variabelen.GEMEENTE, "label", "Gemeente"),
            Map.of("name", "thuiszitterSinds", "label", "Thuiszitter sinds"));

    private final FilterService filters;
    private final TaskService taken;
    private final AuthorizationService autorisaties;

    TasklistFilters(FilterService filters, TaskService taken, AuthorizationService autorisaties) {
        this.filters = filters;
        this.taken = taken;
        this.autorisaties = autorisaties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        filter("Mijn taken", "Taken die aan mij zijn toegewezen", -10,
                q -> q.taskAssigneeExpression("${currentUser()}"));
        filter("Taken van mijn gemeente/regio", "Alle open taken van mijn team", -5,
                q -> q.taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks());
        filter("Ongeclaimd", "Taken van mijn team die nog niemand heeft opgepakt", 0,
                q -> q.taskCandidateGroupInExpression("${currentUserGroups()}"));
        filter("Te laat", "Taken van mijn team waarvan de vervaldatum voorbij is", 5,
                q -> q.taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
                        .dueBeforeExpression("${now()}"));
        filter("Deze week verlopen", "Taken van mijn team die binnen 7 dagen vervallen", 10,
                q -> q.taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
                        .dueAfterExpression("${now()}").dueBeforeExpression("${dateTime().plusDays(7).toDate()}"));
    }

    private void filter(String naam, String omschrijving, int prioriteit, UnaryOperator<TaskQuery> criteria) {
        if (filters.createFilterQuery().filterName(naam).count() > 0) {
            return;
        }
        TaskQuery query = criteria.apply(taken.createTaskQuery()).orderByDueDate().asc();
        Filter filter = filters.newTaskFilter(naam)
                .setQuery(query)
                .setProperties(Map.of("description", omschrijving, "priority", prioriteit, "refresh", true,
                        "variables", KOLOMMEN));
        filters.saveFilter(filter);
        Authorization leesrecht = autorisaties.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
        leesrecht.setUserId(Authorization.ANY);
        leesrecht.setResource(Resources.FILTER);
        leesrecht.setResourceId(filter.getId());
        leesrecht.addPermission(Permissions.READ);
        autorisaties.saveAuthorization(leesrecht);
    }
}
