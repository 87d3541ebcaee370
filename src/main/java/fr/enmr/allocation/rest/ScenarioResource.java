package fr.enmr.allocation.rest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.enmr.allocation.adoption.Adoptions;
import fr.enmr.allocation.scenario.Comparaison;
import fr.enmr.allocation.scenario.DemandeScenario;
import fr.enmr.allocation.scenario.ExplicationCandidat;
import fr.enmr.allocation.scenario.ParametresScenario;
import fr.enmr.allocation.scenario.ResumeScenario;
import fr.enmr.allocation.scenario.ScenarioEnCoursException;
import fr.enmr.allocation.scenario.ScenarioEnregistre;
import fr.enmr.allocation.scenario.ScenarioService;
import fr.enmr.allocation.scenario.Statut;
import fr.enmr.idempotence.CleIdempotence;
import fr.enmr.allocation.scenario.ScenariosIdempotents;
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
import jakarta.ws.rs.PATCH;
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

    private static final String ID = "L'identifiant du scénario (Location de sa création)";
    /** Both ways of launching one, in the one operation /q/openapi shows for them. */
    private static final String LANCER = "En JSON : candidats fournis, ou « source » : la dernière décision enregistrée de chaque "
            + "référence d'une campagne. En CSV (text/csv) : une ligne d'en-tête aux noms des champs d'un candidat, séparateur « , » ou « ; » ; "
            + "nom et paramètres dans la requête sous le nom de leur champ JSON (places=160&minimumParRegion=CORSE:1), choix imposés "
            + "en imposes.retenus et imposes.exclus (REFERENCE:motif, répétés). Le scénario est enregistré, puis résolu en arrière-plan : "
            + "suivez-le par GET.";

    @Inject
    ScenarioService service;

    @Inject
    ScenariosIdempotents idempotents;

    @Inject
    Utilisateur utilisateur;

    @Inject
    ObjectMapper json;

    @Inject
    Adoptions adoptions;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Lancer un scénario", description = LANCER)
    @APIResponse(responseCode = "202", description = "Scénario enregistré et lancé ; Location : son adresse",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScenarioVue.class)))
    @APIResponse(responseCode = "400", description = "Saisie invalide : chaque champ en cause est nommé (problem+json)")
    @APIResponse(responseCode = "410", description = "Clé Idempotency-Key d'un scénario supprimé depuis : il n'est pas calculé de nouveau (problem+json)")
    @APIResponse(responseCode = "422", description = "Clé Idempotency-Key déjà utilisée pour une autre requête")
    @APIResponse(responseCode = "503", description = "Le magasin ne répond pas ; rien n'est acquis (problem+json)")
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
    @Operation(summary = "Lancer un scénario depuis un fichier CSV", description = LANCER)
    @Parameter(name = ParametresScenarioDeRequete.RETENUS, in = ParameterIn.QUERY, description = "Fichier CSV seulement : un candidat "
            + "imposé parmi les retenus et pourquoi, REFERENCE:motif (motif encodé pour l'URL), répété pour chacun ; vérifié comme "
            + "parametres.imposes.retenus en JSON", schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    @Parameter(name = ParametresScenarioDeRequete.EXCLUS, in = ParameterIn.QUERY, description = "Fichier CSV seulement : un candidat "
            + "exclu et pourquoi, REFERENCE:motif, répété ; vérifié comme parametres.imposes.exclus en JSON",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    @APIResponse(responseCode = "202", description = "Scénario enregistré et lancé ; Location : son adresse",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScenarioVue.class)))
    @APIResponse(responseCode = "400", description = "Fichier ou paramètre invalide : la ligne et la colonne, ou le paramètre, sont nommés (problem+json)")
    @APIResponse(responseCode = "410", description = "Clé Idempotency-Key d'un scénario supprimé depuis : il n'est pas calculé de nouveau (problem+json)")
    @APIResponse(responseCode = "422", description = "Clé Idempotency-Key déjà utilisée pour une autre requête")
    @APIResponse(responseCode = "503", description = "Le magasin ne répond pas ; rien n'est acquis (problem+json)")
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
    @Operation(summary = "Lister les scénarios enregistrés", description = "Du plus récent au plus ancien, une page à la fois, sans leurs candidats ni leur résultat.")
    @APIResponse(responseCode = "200", description = "Une page de résumés et le nombre total",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ListeScenarios.class)))
    @APIResponse(responseCode = "400", description = "Paramètre invalide, nommé : statut, page ou taille (problem+json)")
    public ListeScenarios lister(
            @Parameter(description = "EN_COURS, TERMINE, ARRETE ou ECHEC ; tous si absent") @QueryParam("statut") String statut,
            @Parameter(description = "À partir de 0 (défaut 0)") @QueryParam("page") String page,
            @Parameter(description = "De 1 à 100 (défaut 20)") @QueryParam("taille") String taille) {
        ListeParametres parametres = ListeParametres.lire(statut, page, taille);
        Page<ResumeScenario> trouves = service.lister(parametres.statut(), parametres.page(), parametres.taille());
        return new ListeScenarios(trouves.elements(), parametres.page(), parametres.taille(), trouves.total());
    }

    /** One page of the list, with the total number of scenarios that match. */
    public record ListeScenarios(List<ResumeScenario> scenarios, int page, int taille, long total) {
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Lire un scénario", description = "Statut, score, progression et résultat (le meilleur trouvé jusqu'ici pendant le calcul).")
    @APIResponse(responseCode = "200", description = "Le scénario tel qu'il est",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScenarioVue.class)))
    @APIResponse(responseCode = "404", description = "Aucun scénario sous cet identifiant (problem+json)")
    public Response lire(@Parameter(description = ID) @PathParam("id") String id) {
        return service.lire(id).map(etat -> Response.ok(ScenarioVue.de(etat, adoptions.de(id).orElse(null))).build()).orElseGet(() -> introuvable(id));
    }

    /** Every candidate's explanation at once (an addition to the contract: one analysis instead of one per candidate). */
    @GET
    @Path("{id}/candidats")
    @Operation(summary = "Expliquer chaque candidat", description = "Retenu ou non, pourquoi, et l'effet de chaque contrainte, pour tous les candidats du scénario.")
    @APIResponse(responseCode = "200", description = "Une explication par candidat, dans l'ordre du scénario",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ExplicationCandidat.class)))
    @APIResponse(responseCode = "404", description = "Aucun scénario sous cet identifiant (problem+json)")
    public Response expliquerTous(@Parameter(description = ID) @PathParam("id") String id) {
        return service.lire(id).map(etat -> Response.ok(service.expliquerTous(etat)).build()).orElseGet(() -> introuvable(id));
    }

    @GET
    @Path("{id}/candidats/{reference}")
    @Operation(summary = "Expliquer un candidat", description = "Retenu ou non, la règle qui l'écarte, l'échange avec l'équipe retenue la plus faible, l'effet de chaque contrainte.")
    @APIResponse(responseCode = "200", description = "L'explication du candidat",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExplicationCandidat.class)))
    @APIResponse(responseCode = "404", description = "Aucun scénario sous cet identifiant, ou pas de candidat de cette référence (problem+json)")
    public Response expliquer(@Parameter(description = ID) @PathParam("id") String id,
            @Parameter(description = "La référence du candidat") @PathParam("reference") String reference) {
        return service.lire(id).map(etat -> service.expliquer(etat, reference)
                .map(explication -> Response.ok(explication, MediaType.APPLICATION_JSON_TYPE).build())
                .orElseGet(() -> Probleme.of(404, "Candidat introuvable", "Le scénario " + Probleme.cite(id) + " n'a pas de candidat " + Probleme.cite(reference) + ".").toResponse()))
                .orElseGet(() -> introuvable(id));
    }

    /**
     * Stops solving (the contract); with {@code ?supprimer=true}, deletes a scenario that is no longer solved instead
     * (an addition: the parameter keeps a plain DELETE meaning "stop", as the contract says).
     */
    @DELETE
    @Path("{id}")
    @Operation(summary = "Arrêter un scénario, ou le supprimer", description = "Sans paramètre : arrête le calcul et garde le meilleur "
            + "résultat (ARRETE), par n'importe quelle instance. Avec supprimer=true : supprime un scénario qui n'est plus en calcul.")
    @APIResponse(responseCode = "200", description = "Arrêté (ou déjà terminé) : le scénario avec son meilleur résultat",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScenarioVue.class)))
    @APIResponse(responseCode = "202", description = "Arrêt demandé à l'instance qui le résout, pas encore enregistré par elle (toujours EN_COURS)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScenarioVue.class)))
    @APIResponse(responseCode = "204", description = "Supprimé (supprimer=true), pour toutes les instances")
    @APIResponse(responseCode = "400", description = "supprimer ne vaut ni true ni false (problem+json)")
    @APIResponse(responseCode = "404", description = "Aucun scénario sous cet identifiant (problem+json)")
    @APIResponse(responseCode = "409", description = "supprimer=true sur un scénario en cours de résolution : arrêtez-le d'abord ; ou scénario adopté, figé (problem+json)")
    @APIResponse(responseCode = "503", description = "Le magasin ne répond pas ; rien n'est acquis (problem+json)")
    public Response arreter(@Parameter(description = ID) @PathParam("id") String id,
            @Parameter(description = "true : supprimer le scénario au lieu de l'arrêter") @QueryParam("supprimer") String supprimer) {
        if (supprimer != null && !supprimer.equals("false")) {
            if (!supprimer.equals("true")) {
                throw new SaisieInvalideException(List.of(new Violation("supprimer", "true pour supprimer le scénario, false ou absent pour l'arrêter")));
            }
            adoptions.verifierModifiable(id, "supprimé");
            return idempotents.supprimer(id) ? Response.noContent().build() : introuvable(id);
        }
        adoptions.verifierModifiable(id, "arrêté ni calculé de nouveau");
        // 202: the instance solving it (another one) has not stored the stopped result yet
        return service.arreter(id)
                .map(etat -> Response.status(etat.avancement().statut() == Statut.EN_COURS ? 202 : 200).entity(ScenarioVue.de(etat)).build())
                .orElseGet(() -> introuvable(id));
    }

    /** Renames a scenario that is no longer solved (an addition to the contract): {@code {"nom": "…"}}. */
    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(summary = "Renommer un scénario", description = "Le nom est la seule chose qui change dans un scénario enregistré, une fois son calcul fini ou arrêté.")
    @APIResponse(responseCode = "200", description = "Le scénario renommé",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScenarioVue.class)))
    @APIResponse(responseCode = "400", description = "Nom absent, vide ou de plus de 200 caractères : champ nom (problem+json)")
    @APIResponse(responseCode = "404", description = "Aucun scénario sous cet identifiant (problem+json)")
    @APIResponse(responseCode = "409", description = "Scénario en cours de résolution : arrêtez-le d'abord ; ou scénario adopté, figé (problem+json)")
    @APIResponse(responseCode = "503", description = "Le magasin ne répond pas ; rien n'est acquis (problem+json)")
    public Response renommer(@Parameter(description = ID) @PathParam("id") String id, Renommage renommage) {
        adoptions.verifierModifiable(id, "renommé");
        return service.renommer(id, renommage == null ? null : renommage.nom())
                .map(etat -> Response.ok(ScenarioVue.de(etat)).build())
                .orElseGet(() -> introuvable(id));
    }

    /** The body of PATCH /api/scenarios/{id}: the new name. */
    public record Renommage(String nom) {
    }

    @ServerExceptionMapper
    public Response enCours(ScenarioEnCoursException e) {
        return Probleme.of(409, "Scénario en cours de résolution", e.getMessage()).toResponse();
    }

    @GET
    @Path("comparaison")
    @Operation(summary = "Comparer deux scénarios", description = "Par région : places, coût et patients de chacun ; les candidats retenus dans l'un et pas l'autre ; les totaux.")
    @APIResponse(responseCode = "200", description = "La comparaison",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Comparaison.class)))
    @APIResponse(responseCode = "400", description = "a ou b manquant, nommé (problem+json)")
    @APIResponse(responseCode = "404", description = "Aucun scénario sous l'un des identifiants (problem+json)")
    public Response comparer(@Parameter(description = "Identifiant du scénario A") @QueryParam("a") String a,
            @Parameter(description = "Identifiant du scénario B") @QueryParam("b") String b) {
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

    /** The 404 of an unknown scenario id, for every endpoint under /api/scenarios/{id} (the adoption's too). */
    static Response introuvable(String id) {
        return Probleme.of(404, "Scénario introuvable", "Aucun scénario n'est enregistré sous l'identifiant " + Probleme.cite(id) + ".").toResponse();
    }
}
