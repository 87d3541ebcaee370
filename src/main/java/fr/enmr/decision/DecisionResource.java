package fr.enmr.decision;

import fr.enmr.moteur.Moteurs;
import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import fr.enmr.dossier.Dossier;
import fr.enmr.dossier.LecteurDossier;
import fr.enmr.dossier.Structure;
import fr.enmr.idempotence.CleIdempotence;
import fr.enmr.securite.Utilisateur;
import fr.enmr.problem.Probleme;
import fr.enmr.store.DecisionStore;
import fr.enmr.store.Page;
import fr.enmr.store.StoredDecision;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;

/** The ARS decision endpoint (decision-api.md). */
@Path("/api/decisions")
@Produces(MediaType.APPLICATION_JSON)
public class DecisionResource {

    @Inject
    Moteurs moteurs;

    @Inject
    DecisionsIdempotentes idempotentes;

    @Inject
    DecisionStore store;

    @Inject
    ReperesListe reperes;

    @Inject
    LecteurDossier lecteur;

    @Inject
    Utilisateur utilisateur;

    @Inject
    DecisionImprimable imprimable;

    @Inject
    SelectionsDesEquipes selections;

    private static final MediaType PDF = MediaType.valueOf(DecisionImprimable.PDF);
    // JSON first: a client that accepts anything (*/*) keeps getting JSON
    private static final List<Variant> FORMATS = Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE, PDF).build();

    // read as text so that every unreadable field can be named at once (LecteurDossier); the schema is the contract's
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Dossier.class)))
    @APIResponse(responseCode = "201", description = "Décision prise et enregistrée",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Decision.class)))
    @APIResponse(responseCode = "400", description = "Saisie invalide : chaque champ en cause est nommé (problem+json)")
    @APIResponse(responseCode = "403", description = "Dossier d'une autre région que celle de l'agent")
    @APIResponse(responseCode = "422", description = "Clé Idempotency-Key déjà utilisée, depuis moins de 24 h, pour une autre requête")
    @APIResponse(responseCode = "503", description = "La décision n'a pas pu être enregistrée ; rien n'est acquis")
    public Response decider(String corps, @Parameter(description = CleIdempotence.DESCRIPTION) @HeaderParam(CleIdempotence.ENTETE) String cleIdempotence) {
        CleIdempotence cle = CleIdempotence.lire(cleIdempotence);
        LecteurDossier.Lecture lecture = lecteur.lire(corps);
        Structure structure = lecture.dossier().structure();
        // a region the rules in force do not know is bad input (400, named with the others), not another agent's region
        if (structure != null && structure.region() != null && moteurs.actif().vocabulaire().regions().contains(structure.region())) {
            utilisateur.verifierRegion(structure.region());
        }
        DecisionsIdempotentes.Reponse decidee = idempotentes.decider(cle, corps, lecture, new Auteur(utilisateur.identifiant(), utilisateur.region()));
        Response.ResponseBuilder reponse = Response.created(URI.create("/api/decisions/" + decidee.id()))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(decidee.json());
        return (decidee.rejouee() ? reponse.header(CleIdempotence.REJOUEE, "true") : reponse).build();
    }

    /**
     * Stored decisions, newest first, each exactly as it was answered (without its dossier), with each one's structure
     * name and those a newer decision of their reference replaces ({@link ReperesListe}). With {@code annee},
     * {@code critere} or {@code constat}: the latest decision of each reference and year, as the dashboards count them.
     */
    @GET
    @APIResponse(responseCode = "200", description = "Une page de décisions enregistrées",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ListeDecisions.class)))
    @APIResponse(responseCode = "400", description = "Paramètre invalide : chacun est nommé (problem+json)")
    public ListeDecisions rechercher(@QueryParam("reference") String reference,
            @Parameter(description = "Tout ou partie du nom de la structure, sans tenir compte des majuscules, des accents ni de la ponctuation")
            @QueryParam("nom") String nom, @QueryParam("region") String region,
            @QueryParam("campagne") String campagne, @QueryParam("eligible") String eligible,
            @QueryParam("annee") String annee, @QueryParam("critere") String critere, @QueryParam("constat") String constat,
            @QueryParam("page") String page, @QueryParam("taille") String taille) {
        RechercheParametres parametres = RechercheParametres.lire(reference, nom, region, campagne, eligible, annee, critere, constat, page, taille);
        if (utilisateur.estAgentArs()) { // an ARS agent sees its own region's decisions only
            if (region != null) {
                utilisateur.verifierRegion(parametres.recherche().region());
            }
            parametres = parametres.dansLaRegion(utilisateur.region());
        }
        Page<StoredDecision> trouvees = store.search(parametres.recherche(), parametres.page(), parametres.taille());
        return ListeDecisions.de(trouvees, parametres.page(), parametres.taille(), reperes.de(trouvees.elements()),
                selections.de(trouvees.elements()));
    }

    /** The decision as JSON, or with {@code Accept: application/pdf} as the printable PDF the ARS sends to the team. */
    @GET
    @Path("{id}")
    @Produces({ MediaType.APPLICATION_JSON, DecisionImprimable.PDF })
    @APIResponse(responseCode = "200", description = "La décision avec son dossier (JSON), ou la décision imprimable (PDF d'une ou deux pages)",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecisionEtDossier.class)),
                    @Content(mediaType = DecisionImprimable.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "403", description = "Décision d'une autre région que celle de l'agent")
    @APIResponse(responseCode = "404", description = "Aucune décision sous cet identifiant")
    public Response lire(@PathParam("id") String id, @Context Request requete) {
        return store.find(id)
                .map(stored -> {
                    utilisateur.verifierRegion(stored.region());
                    Variant choisi = requete.selectVariant(FORMATS);
                    if (choisi != null && PDF.equals(choisi.getMediaType())) {
                        return Response.ok(imprimable.pdf(stored), PDF)
                                .header("Content-Disposition", "inline; filename=\"decision-" + stored.id() + ".pdf\"").build();
                    }
                    return Response.ok(DecisionEtDossier.de(stored, selections.de(List.of(stored)).get(stored.id())), MediaType.APPLICATION_JSON_TYPE).build();
                })
                .orElseGet(() -> Probleme.of(404, "Décision introuvable", "Aucune décision n'est enregistrée sous l'identifiant " + Probleme.cite(id) + ".").toResponse());
    }
}
