package fr.enmr.regles;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import fr.enmr.dossier.Campagne;
import fr.enmr.dossier.Region;
import fr.enmr.problem.ParametresDeRequete;
import fr.enmr.problem.Probleme;
import fr.enmr.problem.SaisieInvalideException;
import fr.enmr.problem.Violation;
import fr.enmr.regles.differences.Differences;
import fr.enmr.regles.differences.DifferencesVersions;
import fr.enmr.regles.essais.EssaisVersion;
import fr.enmr.regles.essais.ResultatEssais;
import fr.enmr.regles.impact.ImpactsVersions;
import fr.enmr.regles.moteur.VersionInconnueException;
import fr.enmr.store.StoredImpact;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The analysts' tools on one version (rules-api.md): its cases run against it, what changed since another version,
 * and its impact over every stored dossier (a job polled at /api/regles/impact/{travail}).
 */
// the same class path as VersionsResource: RESTEasy Reactive routes a request to the class with the longest matching path
// and does not fall back to another, so "/api/regles/versions/{id}" here made GET /api/regles/versions and …/soumission 404s
@Path("/api/regles")
@Produces(MediaType.APPLICATION_JSON)
public class OutilsVersionsResource {

    @Inject
    EssaisVersion essais;
    @Inject
    DifferencesVersions differences;
    @Inject
    ImpactsVersions impacts;

    @POST
    @Path("versions/{id}/essais")
    @Operation(summary = "Cas des analystes d'une version, exécutés avec cette version",
            description = "Chaque cas (fichiers CAS de la version) est décidé avec la version ; rien n'est enregistré.")
    public ResultatEssais essais(@PathParam("id") String id) {
        return essais.executer(id);
    }

    @GET
    @Path("versions/{id}/differences")
    @Operation(summary = "Ce qui a changé entre deux versions, élément par élément",
            description = "avant : la version « avec » ; après : la version {id}. Tables (lignes ajoutées, retirées, modifiées), "
                    + "expressions, éléments du modèle, règles DRL, cas.")
    public Differences differences(@PathParam("id") String id, @QueryParam("avec") String avec) {
        if (avec == null || avec.isBlank()) {
            throw new SaisieInvalideException(List.of(new Violation("avec", "obligatoire : l'identifiant de la version à comparer")));
        }
        return differences.entre(id, avec);
    }

    @POST
    @Path("versions/{id}/impact")
    @Operation(summary = "Effet d'une version sur toutes les décisions enregistrées, comparée à la version active",
            description = "Lance un calcul (202) ; son avancement et son résultat se lisent à l'adresse Location.")
    public Response impact(@PathParam("id") String id, @QueryParam("campagne") String campagne, @QueryParam("region") String region) {
        List<Violation> violations = new ArrayList<>();
        Campagne laCampagne = ParametresDeRequete.enumeration(campagne, "campagne", Campagne.class, violations);
        Region laRegion = ParametresDeRequete.enumeration(region, "region", Region.class, violations);
        if (!violations.isEmpty()) {
            throw new SaisieInvalideException(violations);
        }
        StoredImpact travail = impacts.lancer(id, laCampagne == null ? null : laCampagne.name(), laRegion == null ? null : laRegion.name());
        return Response.accepted(impacts.lire(travail.id(), 0, ParametresDeRequete.TAILLE_PAR_DEFAUT).orElseThrow())
                .location(URI.create("/api/regles/impact/" + travail.id())).build();
    }

    @ServerExceptionMapper
    public Response versionInconnue(VersionInconnueException e) {
        return Probleme.of(404, "Version introuvable", "Aucune version des règles " + Probleme.cite(e.versionId()) + ".").toResponse();
    }
}
