package fr.enmr.store;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Ready only when the decision store answers: a decision could not be acknowledged otherwise. */
@Readiness
@ApplicationScoped
public class DecisionStoreHealth implements HealthCheck {

    @Inject
    DecisionStore store;

    @Override
    public HealthCheckResponse call() {
        try {
            return HealthCheckResponse.named("magasin-decisions").up().withData("decisions", store.count()).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("magasin-decisions").down().withData("cause", e.getClass().getSimpleName()).build();
        }
    }
}
