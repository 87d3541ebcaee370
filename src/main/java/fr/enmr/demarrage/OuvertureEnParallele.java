package fr.enmr.demarrage;

import org.jboss.logging.Logger;

import fr.enmr.moteur.Moteurs;
import fr.enmr.store.DecisionStore;
import io.quarkus.arc.ClientProxy;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The first of the start-up observers (docs/benchmarks/historique.md, « Start-up, 2026-12-07 »): opens the store on a
 * thread of its own while the main thread builds the packaged rules' engines (the compiled DMN model, the findings rule
 * unit), the two longest steps of the application's start-up, which need nothing of each other. The observers after it
 * (the rules' import first) wait for whichever is not finished, as they would have waited for it before: readiness
 * still comes after both. A failure on the opening thread is only logged: the import opens the store again and
 * handles an unavailable store as before.
 */
@ApplicationScoped
public class OuvertureEnParallele {

    private static final Logger LOG = Logger.getLogger(OuvertureEnParallele.class);

    // before ImportAuDemarrage (10), which opens the store
    void onStart(@Observes @Priority(1) StartupEvent event, DecisionStore store, Moteurs moteurs) {
        Thread ouverture = new Thread(() -> {
            try {
                store.count(); // opens the embedded store and starts its caches (or reaches the remote one)
            } catch (RuntimeException e) {
                LOG.debug("The store did not open beside the engines; the start-up's import opens it again", e);
            }
        }, "enmr-ouverture-store");
        ouverture.setDaemon(true);
        ouverture.start();
        ClientProxy.unwrap(moteurs); // the engines of the packaged rules, built meanwhile on this thread
    }
}
