package fr.enmr.store;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;

/**
 * Chooses the caches at run time from {@code enmr.store.mode}, so one packaged application runs in
 * either mode; only the chosen side is ever created.
 */
@ApplicationScoped
class StoreCachesProducer {

    @Produces
    @ApplicationScoped
    StoreCaches storeCaches(@ConfigProperty(name = "enmr.store.mode", defaultValue = "embedded") StoreMode mode,
            Instance<EmbeddedCaches> embedded, Instance<RemoteCaches> remote) {
        return switch (mode) {
            case EMBEDDED -> embedded.get();
            case REMOTE -> remote.get();
        };
    }
}
