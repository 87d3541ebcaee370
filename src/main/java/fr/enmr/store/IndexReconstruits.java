package fr.enmr.store;

/**
 * Said (CDI event, asynchronous) once a restarted Infinispan server has rebuilt its indexes at the service's request
 * ({@link RedemarragesServeur}): what was computed from queries while they were incomplete (the dashboards' aggregates)
 * must be computed again.
 */
public record IndexReconstruits() {
}
