package fr.enmr.allocation.rest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.enmr.allocation.scenario.Comparaison;
import fr.enmr.allocation.scenario.DemandeScenario;
import fr.enmr.allocation.scenario.ParametresScenario;
import fr.enmr.allocation.scenario.ResumeScenario;
import fr.enmr.allocation.scenario.ScenarioEnregistre;
import fr.enmr.allocation.scenario.ScenarioService;
import fr.enmr.allocation.scenario.Statut;
import fr.enmr.idempotence.CleIdempotence;
import fr.enmr.idempotence.ScenariosIdempotents;
import fr.enmr.problem.Probleme;
import fr.enmr.problem.SaisieInvalideException;
import fr.enmr.problem.Violation;
import fr.enmr.securite.Utilisateur;
import fr.enmr.store.Page;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The ministry's allocation scenarios (scenario-api.md). */
@Path("/api/scenarios")
@Produces(MediaType.APPLICATION_JSON)
public class ScenarioResource {

    @Inject
    ScenarioService service;

    @Inject
    ScenariosIdempotents idempotents;

    @Inject
    Utilisateur utilisateur;

    @Inject
    ObjectMapper json;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response creer(DemandeScenario demande, @Parameter(description = CleIdempotence.DESCRIPTION) @HeaderParam(CleIdempotence.ENTETE) String cleIdempotence) throws JsonProcessingException {
        CleIdempotence cle = CleIdempotence.lire(cleIdempotence);
        if (cle == null) {
            return accepte(service.creer(demande), false);
        }
        // the request as read: the same scenario however the client spaced or ordered its JSON
        ScenariosIdempotents.Reponse reponse = idempotents.creer(cle, utilisateur.identifiant(), json.writeValueAsString(demande),
                id -> service.creer(demande, id));
        return accepte(reponse.etat(), reponse.rejoue());
    }

    @POST
    @Consumes("text/csv")
    public Response creerDepuisCsv(String csv, @Context UriInfo uri, @Parameter(description = CleIdempotence.DESCRIPTION) @HeaderParam(CleIdempotence.ENTETE) String cleIdempotence) {
        CleIdempotence cle = CleIdempotence.lire(cleIdempotence);
        List<Violation> violations = new ArrayList<>();
        ParametresScenario parametres = new ParametresScenarioDeRequete(uri.getQueryParameters(), violations).lire();
        if (!violations.isEmpty()) {
            throw new SaisieInvalideException(violations);
        }
        String nom = uri.getQueryParameters().getFirst("nom");
        if (cle == null) {
            return accepte(service.creerDepuisCsv(csv, nom, parametres), false);
        }
        ScenariosIdempotents.Reponse reponse = idempotents.creer(cle, utilisateur.identifiant(), uri.getRequestUri().getRawQuery() + "\n" + csv,
                id -> service.creerDepuisCsv(csv, nom, parametres, id));
        return accepte(reponse.etat(), reponse.rejoue());
    }

    /** The stored scenarios, newest first (an addition to the contract, so that any two can be compared). */
    @GET
    public ListeScenarios lister(@QueryParam("statut") String statut, @QueryParam("page") String page,
            @QueryParam("taille") String taille) {
        ListeParametres parametres = ListeParametres.lire(statut, page, taille);
        Page<ResumeScenario> trouves = service.lister(parametres.statut(), parametres.page(), parametres.taille());
        return new ListeScenarios(trouves.elements(), parametres.page(), parametres.taille(), trouves.total());
    }

    /** One page of the list, with the total number of scenarios that match. */
    public record ListeScenarios(List<ResumeScenario> scenarios, int page, int taille, long total) {
    }

    @GET
    @Path("{id}")
    public Response lire(@PathParam("id") String id) {
        return service.lire(id).map(etat -> Response.ok(ScenarioVue.de(etat)).build()).orElseGet(() -> introuvable(id));
    }

    /** Every candidate's explanation at once (an addition to the contract: one analysis instead of one per candidate). */
    @GET
    @Path("{id}/candidats")
    public Response expliquerTous(@PathParam("id") String id) {
        return service.lire(id).map(etat -> Response.ok(service.expliquerTous(etat)).build()).orElseGet(() -> introuvable(id));
    }

    @GET
    @Path("{id}/candidats/{reference}")
    public Response expliquer(@PathParam("id") String id, @PathParam("reference") String reference) {
        return service.lire(id).map(etat -> service.expliquer(etat, reference)
                .map(explication -> Response.ok(explication, MediaType.APPLICATION_JSON_TYPE).build())
                .orElseGet(() -> Probleme.of(404, "Candidat introuvable", "Le scénario " + Probleme.cite(id) + " n'a pas de candidat " + Probleme.cite(reference) + ".").toResponse()))
                .orElseGet(() -> introuvable(id));
    }

    @DELETE
    @Path("{id}")
    public Response arreter(@PathParam("id") String id) {
        // 202: the instance solving it (another one) has not stored the stopped result yet
        return service.arreter(id)
                .map(etat -> Response.status(etat.avancement().statut() == Statut.EN_COURS ? 202 : 200).entity(ScenarioVue.de(etat)).build())
                .orElseGet(() -> introuvable(id));
    }

    @GET
    @Path("comparaison")
    public Response comparer(@QueryParam("a") String a, @QueryParam("b") String b) {
        List<Violation> violations = new ArrayList<>();
        if (a == null || a.isBlank()) {
            violations.add(new Violation("a", "paramètre obligatoire : l'identifiant du premier scénario"));
        }
        if (b == null || b.isBlank()) {
            violations.add(new Violation("b", "paramètre obligatoire : l'identifiant du second scénario"));
        }
        if (!violations.isEmpty()) {
            throw new SaisieInvalideException(violations);
        }
        ScenarioEnregistre premier = service.lire(a).orElse(null);
        if (premier == null) {
            return introuvable(a);
        }
        return service.lire(b).map(second -> Response.ok(Comparaison.entre(premier, second)).build()).orElseGet(() -> introuvable(b));
    }

    /** 202 with the scenario as it stands; given again for a retried submission, it says so (Idempotent-Replayed). */
    private static Response accepte(ScenarioEnregistre etat, boolean rejoue) {
        Response.ResponseBuilder reponse = Response.accepted(ScenarioVue.de(etat)).location(URI.create("/api/scenarios/" + etat.id()))
                .type(MediaType.APPLICATION_JSON_TYPE);
        return (rejoue ? reponse.header(CleIdempotence.REJOUEE, "true") : reponse).build();
    }

    private static Response introuvable(String id) {
        return Probleme.of(404, "Scénario introuvable", "Aucun scénario n'est enregistré sous l'identifiant " + Probleme.cite(id) + ".").toResponse();
    }
}
