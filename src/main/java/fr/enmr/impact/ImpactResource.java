package fr.enmr.impact;

import org.eclipse.microprofile.openapi.annotations.Operation;

import fr.enmr.decision.RechercheParametres;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * For analysts: what the rules loaded now change on the stored decisions (same filters and pages as
 * GET /api/decisions). Change a table, restart the service (or let dev mode reload it) on the same
 * store, and read which dossiers would be decided otherwise, and how.
 */
@Path("/api/regles/impact")
@Produces(MediaType.APPLICATION_JSON)
public class ImpactResource {

    @Inject
    Reexamen reexamen;

    @GET
    @Operation(summary = "Effet des règles actuelles sur les décisions enregistrées",
            description = "Redécide, sans rien enregistrer, les dossiers d'une page de décisions enregistrées avec les règles chargées "
                    + "et liste celles dont le résultat changerait : éligibilité, montants, critères, constats.")
    public Impact impact(@QueryParam("reference") String reference, @QueryParam("region") String region,
            @QueryParam("campagne") String campagne, @QueryParam("eligible") String eligible,
            @QueryParam("page") String page, @QueryParam("taille") String taille) {
        return reexamen.reexaminer(RechercheParametres.lire(reference, region, campagne, eligible, page, taille));
    }
}
