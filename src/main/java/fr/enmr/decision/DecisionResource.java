package fr.enmr.decision;

import java.net.URI;

import fr.enmr.dossier.Dossier;
import fr.enmr.problem.Probleme;
import fr.enmr.store.DecisionStore;
import fr.enmr.store.StoredDecision;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The ARS decision endpoint (decision-api.md). */
@Path("/api/decisions")
@Produces(MediaType.APPLICATION_JSON)
public class DecisionResource {

    @Inject
    DecisionService service;

    @Inject
    DecisionStore store;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response decider(Dossier dossier) {
        DecisionService.Decidee decidee = service.decider(dossier, null);
        return Response.created(URI.create("/api/decisions/" + decidee.decision().id()))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(decidee.json())
                .build();
    }

    @GET
    @Path("{id}")
    public Response lire(@PathParam("id") String id) {
        return store.find(id)
                .map(stored -> Response.ok(avecDossier(stored), MediaType.APPLICATION_JSON_TYPE).build())
                .orElseGet(() -> Probleme.of(404, "Décision introuvable", "Aucune décision n'est enregistrée sous l'identifiant " + id + ".").toResponse());
    }

    /** The stored answer, byte for byte, with the request it was made from appended as "dossier". */
    private static String avecDossier(StoredDecision stored) {
        String decision = stored.decisionJson();
        return decision.substring(0, decision.lastIndexOf('}')) + ",\"dossier\":" + stored.dossierJson() + "}";
    }
}
