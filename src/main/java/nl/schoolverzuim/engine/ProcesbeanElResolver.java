package nl.schoolverzuim.engine;

import java.beans.FeatureDescriptor;
import java.util.Iterator;

import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.PropertyNotWritableException;

/**
 * Resolves an identifier to a procesbean, and to no other Spring bean: this replaces Camunda's
 * ApplicationContextElResolver, which hands a model every bean by name (services, repositories, the data source).
 */
final class ProcesbeanElResolver extends ELResolver {

    private final Procesbeans procesbeans;

    ProcesbeanElResolver(Procesbeans procesbeans) {
        this.procesbeans = procesbeans;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (base == null && property instanceof String naam && procesbeans.isGepubliceerd(naam)) {
            context.setPropertyResolved(true);
            return procesbeans.bean(naam);
        }
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (base == null && property instanceof String naam && procesbeans.isGepubliceerd(naam)) {
            throw new PropertyNotWritableException("Procesbean " + naam + " kan niet worden overschreven");
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (base == null && property instanceof String naam && procesbeans.isGepubliceerd(naam)) {
            context.setPropertyResolved(true);
            return true;
        }
        return false;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
        return null;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base == null ? Object.class : null;
    }
}
