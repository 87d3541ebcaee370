package fr.enmr.allocation.rest;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import fr.enmr.allocation.adoption.AdoptionConflitException;
import fr.enmr.problem.Probleme;
import jakarta.ws.rs.core.Response;

/** An adoption refused, or a change an adoption forbids, on any scenario endpoint: 409 problem+json in French. */
public class ProblemesAdoption {

    @ServerExceptionMapper
    public Response conflit(AdoptionConflitException e) {
        return Probleme.of(409, e.titre(), e.getMessage()).toResponse();
    }
}
