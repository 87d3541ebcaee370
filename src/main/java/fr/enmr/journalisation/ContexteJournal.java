package fr.enmr.journalisation;

import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;

/**
 * Puts who asked ({@value #UTILISATEUR}) and which decision a request is about ({@value #DECISION}) in the logging
 * MDC, so that every log line of the request carries them: the JSON log lines (quarkus.log.console.json=true) print
 * them under "mdc". A new decision's id is added by DecisionService as soon as it is reserved.
 */
public class ContexteJournal {

    public static final String UTILISATEUR = "utilisateur";
    public static final String DECISION = "decision";

    @Inject
    CurrentIdentityAssociation identite;

    @ServerRequestFilter
    public Uni<Void> ouvrir(UriInfo uri) {
        String id = uri.getPath().startsWith("/api/decisions/") ? uri.getPathParameters().getFirst("id") : null;
        if (id != null) {
            MDC.put(DECISION, id);
        }
        // the identity is resolved lazily (proactive authentication is off): ask for it without blocking the event loop
        return identite.getDeferredIdentity().invoke(qui -> {
            if (!qui.isAnonymous()) {
                MDC.put(UTILISATEUR, qui.getPrincipal().getName());
            }
        }).replaceWithVoid();
    }

    @ServerResponseFilter
    public void fermer() {
        MDC.remove(UTILISATEUR);
        MDC.remove(DECISION);
    }
}
