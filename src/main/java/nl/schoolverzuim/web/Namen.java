package nl.schoolverzuim.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * People by name on every page: a login id becomes "first name last name" from the engine's users, or stays the
 * login id when the user has no name (or no longer exists).
 */
@Component("namen")
public class Namen {

    private final IdentityService identity;

    Namen(IdentityService identity) {
        this.identity = identity;
    }

    public String naam(String gebruiker) {
        return gebruiker == null ? null : namen(List.of(gebruiker)).get(gebruiker);
    }

    /** Every given login id to its name, in one query. */
    public Map<String, String> namen(Collection<String> gebruikers) {
        String[] ids = gebruikers.stream().filter(Objects::nonNull).distinct().toArray(String[]::new);
        Map<String, String> namen = new HashMap<>();
        if (ids.length == 0) {
            return namen;
        }
        for (User gebruiker : identity.createUserQuery().userIdIn(ids).list()) {
            String naam = Stream.of(gebruiker.getFirstName(), gebruiker.getLastName())
                    .filter(deel -> deel != null && !deel.isBlank()).collect(Collectors.joining(" "));
            if (!naam.isEmpty()) {
                namen.put(gebruiker.getId(), naam);
            }
        }
        for (String id : ids) {
            namen.putIfAbsent(id, id);
        }
        return namen;
    }
}
