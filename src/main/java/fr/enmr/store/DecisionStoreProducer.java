package fr.enmr.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Chooses the {@link DecisionStore} at run time from {@code enmr.store.mode}, so one packaged
 * application runs in either mode; only the chosen implementation is ever created.
 */
@ApplicationScoped
class DecisionStoreProducer {

    @Produces
    @ApplicationScoped
    DecisionStore decisionStore(
            @ConfigProperty(name = "enmr.store.mode", defaultValue = "embedded") StoreMode mode,
            Instance<EmbeddedDecisionStore> embedded) {
        return switch (mode) {
            case EMBEDDED -> embedded.get();
        };
    }
}
