package fr.enmr.allocation.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.enmr.allocation.adoption.Adoptions;
import fr.enmr.allocation.adoption.DemandeAdoption;
import fr.enmr.allocation.adoption.NotificationsAdoption;
import fr.enmr.allocation.adoption.SelectionAdoptee;
import fr.enmr.allocation.adoption.SelectionsAdoptees;
import fr.enmr.securite.Utilisateur;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The ministry's levers on a finished scenario (scenario-api.md « The ministry's levers »): adoption, notifications, the selection in force. */
@Path("/api/scenarios")
@Produces(MediaType.APPLICATION_JSON)
public class AdoptionResource {

    private static final String ID = "L'identifiant du scénario";
    private static final String PDF = "application/pdf";

    @Inject
    Adoptions adoptions;

    @Inject
    SelectionsAdoptees selections;

    @Inject
    NotificationsAdoption notifications;

    @Inject
    Utilisateur utilisateur;

    @Inject
    ObjectMapper json;

    @POST
    @Path("{id}/adoption")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adopter un scénario", description = "Le scénario terminé devient la sélection de sa campagne et remplace celle "
            + "qui était en vigueur (« remplace ») ; il est dès lors figé. L'historique des adoptions est conservé.")
    @APIResponse(responseCode = "200", description = "Le scénario adopté (« adopte ») et, s'il y en avait un, le scénario remplacé (« remplace »)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScenarioVue.class)))
    @APIResponse(responseCode = "400", description = "motif absent, ou campagne absente, inconnue ou autre que celle des candidats (problem+json)")
    @APIResponse(responseCode = "403", description = "Réservé au ministère")
    @APIResponse(responseCode = "404", description = "Aucun scénario sous cet identifiant (problem+json)")
    @APIResponse(responseCode = "409", description = "Scénario non terminé, ou adoptions simultanées : rien n'a changé (problem+json)")
    public Response adopter(@Parameter(description = ID) @PathParam("id") String id, DemandeAdoption demande) {
        return adoptions.adopter(id, demande, utilisateur.identifiant()).map(fait -> {
            ObjectNode reponse = json.valueToTree(ScenarioVue.de(fait.scenario(), fait.adoption()));
            if (fait.remplace() != null) {
                reponse.put("remplace", fait.remplace());
            }
            return Response.ok(reponse, MediaType.APPLICATION_JSON_TYPE).build();
        }).orElseGet(() -> ScenarioResource.introuvable(id));
    }

    @GET
    @Path("adoptes")
    @Operation(summary = "La sélection adoptée d'une campagne", description = "Le scénario en vigueur, ses équipes retenues et non retenues "
            + "(avec la raison de chacune) par région, et l'historique des adoptions. Un agent d'ARS n'en lit que la part de sa région.")
    @APIResponse(responseCode = "200", description = "La sélection en vigueur (sans scenario ni parRegion si aucune n'est adoptée)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SelectionAdoptee.class)))
    @APIResponse(responseCode = "400", description = "campagne absente ou inconnue (problem+json)")
    public SelectionAdoptee adoptes(@Parameter(description = "La campagne, par exemple ENMR_2014") @QueryParam("campagne") String campagne) {
        String region = utilisateur.estAgentArs() ? utilisateur.region() : null;
        if (utilisateur.estAgentArs() && region == null) {
            utilisateur.verifierRegion(null); // an ARS agent bound to no region reads nothing
        }
        return selections.enVigueur(campagne, region);
    }

    @GET
    @Path("{id}/notification")
    @Produces({PDF, MediaType.APPLICATION_JSON})
    @Operation(summary = "Notification à une ARS", description = "Le PDF que le ministère adresse à l'ARS d'une région : campagne, date et "
            + "motif de l'adoption, équipes retenues (nom, référence, montant) et non retenues avec la raison de chacune.")
    @APIResponse(responseCode = "200", description = "La notification",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "region absente ou inconnue (problem+json)")
    @APIResponse(responseCode = "404", description = "Aucun scénario sous cet identifiant (problem+json)")
    @APIResponse(responseCode = "409", description = "Scénario non adopté : rien à notifier (problem+json)")
    public Response notification(@Parameter(description = ID) @PathParam("id") String id,
            @Parameter(description = "La région de l'ARS, par exemple BRETAGNE") @QueryParam("region") String region) {
        return notifications.pdf(id, region).map(pdf -> Response.ok(pdf, PDF)
                .header("Content-Disposition", "attachment; filename=\"notification-" + id + "-" + region + ".pdf\"").build())
                .orElseGet(() -> ScenarioResource.introuvable(id));
    }
}
