package fr.enmr.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The baseline of the HTTP load benchmark (BENCHMARKS.md): the same server, JSON writer and filters as
 * POST /api/decisions, without rules or store, so the benchmark can tell what the HTTP stack itself costs.
 */
@Path("/api/ping")
public class PingResource {

    /** The answer, {"statut":"ok"}. */
    public record Statut(String statut) {
    }

    private static final Statut OK = new Statut("ok");

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Statut ping() {
        return OK;
    }
}
