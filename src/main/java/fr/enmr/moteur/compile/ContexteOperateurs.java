package fr.enmr.moteur.compile;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.api.feel.runtime.events.FEELEvent;
import org.kie.dmn.api.feel.runtime.events.FEELEventListener;
import org.kie.dmn.feel.lang.EvaluationContext;
import org.kie.dmn.feel.lang.FEELDialect;

/**
 * The evaluation context KIE's operator executors are given by {@link Feel}: they only read the dialect and report
 * errors. An error becomes {@link ErreurFeel} (the dossier goes to KIE); a warning is ignored, as it is by a DMN
 * decision. Stateless, so shared by every thread.
 */
final class ContexteOperateurs implements EvaluationContext {

    static final ContexteOperateurs INSTANCE = new ContexteOperateurs();

    private ContexteOperateurs() {
    }

    @Override
    public void notifyEvt(Supplier<FEELEvent> evenement) {
        FEELEvent e = evenement.get();
        if (e.getSeverity() == FEELEvent.Severity.ERROR) {
            throw new ErreurFeel(e.getMessage());
        }
    }

    @Override
    public FEELDialect getFEELDialect() {
        return FEELDialect.FEEL;
    }

    @Override
    public Collection<FEELEventListener> getListeners() {
        return List.of();
    }

    // nothing else is used by the executors: a call would mean KIE changed, and the dossier goes to KIE

    @Override
    public void enterFrame() {
        throw nonPrisEnCharge();
    }

    @Override
    public void exitFrame() {
        throw nonPrisEnCharge();
    }

    @Override
    public EvaluationContext current() {
        return this;
    }

    @Override
    public void setValue(String name, Object value) {
        throw nonPrisEnCharge();
    }

    @Override
    public Object getValue(String name) {
        throw nonPrisEnCharge();
    }

    @Override
    public Object getValue(String[] name) {
        throw nonPrisEnCharge();
    }

    @Override
    public boolean isDefined(String name) {
        throw nonPrisEnCharge();
    }

    @Override
    public boolean isDefined(String[] name) {
        throw nonPrisEnCharge();
    }

    @Override
    public Map<String, Object> getAllValues() {
        throw nonPrisEnCharge();
    }

    @Override
    public DMNRuntime getDMNRuntime() {
        return null;
    }

    @Override
    public ClassLoader getRootClassLoader() {
        return Feel.class.getClassLoader();
    }

    @Override
    public void setRootObject(Object v) {
        throw nonPrisEnCharge();
    }

    @Override
    public Object getRootObject() {
        return null;
    }

    private static ErreurFeel nonPrisEnCharge() {
        return new ErreurFeel("evaluation context used by a KIE executor");
    }
}
