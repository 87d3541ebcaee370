package fr.enmr.impact;

import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fr.enmr.decision.RechercheParametres;
import fr.enmr.problem.FiltresEtPagination;
import fr.enmr.problem.Probleme;
import fr.enmr.problem.SaisieInvalideException;
import fr.enmr.problem.Violation;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
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

    @Inject
    ImpactsVersions impacts;

    @GET
    @Operation(summary = "Effet des règles actuelles sur les décisions enregistrées",
            description = "Redécide, sans rien enregistrer, les dossiers d'une page de décisions enregistrées avec les règles chargées "
                    + "et liste celles dont le résultat changerait : éligibilité, montants, critères, constats.")
    public Impact impact(@QueryParam("reference") String reference, @QueryParam("region") String region,
            @QueryParam("campagne") String campagne, @QueryParam("eligible") String eligible,
            @QueryParam("page") String page, @QueryParam("taille") String taille) {
        return reexamen.reexaminer(RechercheParametres.lire(reference, region, campagne, eligible, page, taille));
    }

    /** A job of POST /api/regles/versions/{id}/impact: its progress, then its result (differences by page), or them as CSV. */
    @GET
    @Path("{travail}")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "Avancement et résultat du calcul de l'effet d'une version",
            description = "EN_COURS avec l'avancement, puis TERMINE avec le bilan, le détail par région et une page des décisions modifiées ; "
                    + "format=csv : toutes les décisions modifiées en fichier.")
    public Response travail(@PathParam("travail") String travail, @QueryParam("page") String page, @QueryParam("taille") String taille,
            @QueryParam("format") String format) {
        List<Violation> violations = new ArrayList<>();
        FiltresEtPagination.Pagination pagination = FiltresEtPagination.pagination(page, taille, violations);
        if (format != null && !format.equals("csv") && !format.equals("json")) {
            violations.add(new Violation("format", "valeur « " + format + " » invalide : json ou csv"));
        }
        if (!violations.isEmpty()) {
            throw new SaisieInvalideException(violations);
        }
        Optional<ResultatImpact> resultat = impacts.lire(travail, pagination.page(), pagination.taille());
        if (resultat.isEmpty()) {
            return Probleme.of(404, "Calcul introuvable", "Aucun calcul d'effet " + Probleme.cite(travail)
                    + " (les résultats sont gardés un jour).").toResponse();
        }
        if (!"csv".equals(format)) {
            return Response.ok(resultat.get(), MediaType.APPLICATION_JSON_TYPE).build();
        }
        if (!"TERMINE".equals(resultat.get().etat())) {
            return Probleme.of(409, "Calcul non terminé", "Le calcul " + Probleme.cite(travail) + " est " + resultat.get().etat()
                    + " : le fichier sera disponible une fois terminé.").toResponse();
        }
        return Response.ok(impacts.csv(travail), "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"impact-" + travail + ".csv\"").build();
    }
}
