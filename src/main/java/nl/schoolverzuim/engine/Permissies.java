package nl.schoolverzuim.engine;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.util.ResourceTypeUtil;

/** The permissions the engine defines for a kind of resource, which the public API does not list per resource. */
public final class Permissies {

    private Permissies() {
    }

    /** Every permission {@code resource} knows, for reading which of them an authorization grants. */
    public static Permission[] van(Resource resource) {
        return ResourceTypeUtil.getPermissionsByResourceType(resource.resourceType());
    }
}
