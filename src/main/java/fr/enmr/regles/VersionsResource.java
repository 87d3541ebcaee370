package fr.enmr.regles;

import fr.enmr.moteur.jeu.EtatVersion;
import fr.enmr.moteur.jeu.FichierRegles;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import fr.enmr.decision.Auteur;
import fr.enmr.decision.Decision;
import fr.enmr.decision.DecisionService;
import fr.enmr.dossier.LecteurDossier;
import fr.enmr.problem.FiltresEtPagination;
import fr.enmr.problem.Probleme;
import fr.enmr.problem.SaisieInvalideException;
import fr.enmr.problem.Violation;
import fr.enmr.moteur.ErreurRegles;
import fr.enmr.moteur.MoteurRegles;
import fr.enmr.moteur.Moteurs;
import fr.enmr.securite.Utilisateur;
import fr.enmr.store.Page;
import fr.enmr.store.StoredEvenementRegles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Rule-set versions for analysts (rules-api.md): drafts, review, publication, rollback, journal. */
@Path("/api/regles")
@Produces(MediaType.APPLICATION_JSON)
public class VersionsResource {

    static final String ANALYSTE = "analyste";

    @Inject
    VersionsService versions;

    @Inject
    Moteurs moteurs;

    @Inject
    LecteurDossier lecteur;

    @Inject
    Utilisateur utilisateur;

    /** The body of POST /api/regles/versions. */
    public record DemandeBrouillon(String base, String motif, Map<String, String> fichiers) {
    }

    /** The body of a rejection or a reactivation. */
    public record Motif(String motif) {
    }

    public record ListeVersions(List<VersionDeRegles> versions, int page, int taille, long total) {
    }

    public record Journal(List<Entree> evenements, int page, int taille, long total) {
    }

    public record Entree(java.time.Instant horodatage, String action, String version, String auteur, String motif) {
        static Entree de(StoredEvenementRegles e) {
            return new Entree(java.time.Instant.ofEpochMilli(e.horodatage()), e.action(), e.version(), e.auteur(), e.motif());
        }
    }

    /** A draft as created or edited, with KIE's warnings. */
    public record VersionValidee(@com.fasterxml.jackson.annotation.JsonUnwrapped VersionDeRegles version, Validation validation) {
    }

    public record Validation(List<ErreurRegles> avertissements) {
    }

    /** The decision POST /api/decisions would give, with every DMN decision's value. */
    public record Evaluation(@com.fasterxml.jackson.annotation.JsonUnwrapped Decision decision, Map<String, Object> intermediaires) {
    }

    @GET
    @Path("/versions")
    @RolesAllowed({ANALYSTE, "ministere"})
    @Operation(summary = "Versions des règles, les plus récentes d'abord")
    public ListeVersions lister(@QueryParam("etat") String etat, @QueryParam("empreinte") String empreinte,
            @QueryParam("page") String page, @QueryParam("taille") String taille) {
        List<Violation> violations = new ArrayList<>();
        EtatVersion filtre = FiltresEtPagination.enumeration(etat, "etat", EtatVersion.class, violations);
        FiltresEtPagination.Pagination pagination = FiltresEtPagination.pagination(page, taille, violations);
        if (!violations.isEmpty()) {
            throw new SaisieInvalideException(violations);
        }
        Page<VersionDeRegles> trouvees = versions.lister(filtre, empreinte, pagination.page(), pagination.taille());
        return new ListeVersions(trouvees.elements(), pagination.page(), pagination.taille(), trouvees.total());
    }

    @GET
    @Path("/versions/{id}")
    @RolesAllowed({ANALYSTE, "ministere"})
    public VersionDeRegles lire(@PathParam("id") String id) {
        return versions.lire(id);
    }

    @GET
    @Path("/versions/{id}/fichiers/{nom: .+}")
    @Produces({MediaType.APPLICATION_XML, MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
    @RolesAllowed({ANALYSTE, "ministere"})
    public Response fichier(@PathParam("id") String id, @PathParam("nom") String nom) {
        FichierRegles fichier = versions.lire(id).jeu().fichier(nom).orElseThrow(() -> new RefusVersion(404, "Fichier introuvable",
                "La version " + id + " n'a pas de fichier " + Probleme.cite(nom.replace('/', '_')) + "."));
        return Response.ok(fichier.contenu(), fichier.type().typeMedia() + ";charset=UTF-8").build();
    }

    @POST
    @Path("/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(ANALYSTE)
    @Operation(summary = "Nouveau brouillon", description = "Les fichiers non donnés sont ceux de la version de base ; l'ensemble est "
            + "compilé par KIE (validation DMN avec analyse des tables, compilation du DRL) avant tout enregistrement.")
    public Response creer(DemandeBrouillon demande) {
        if (demande == null) {
            throw new SaisieInvalideException(List.of(new Violation("corps", "corps JSON obligatoire : base, motif, fichiers")));
        }
        VersionsService.Brouillon brouillon = versions.creer(demande.base(), demande.motif(), demande.fichiers(), utilisateur.identifiant());
        return Response.created(URI.create("/api/regles/versions/" + brouillon.version().id()))
                .entity(new VersionValidee(brouillon.version(), new Validation(brouillon.avertissements()))).build();
    }

    @PUT
    @Path("/versions/{id}/fichiers/{nom: .+}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(ANALYSTE)
    public VersionValidee modifierFichier(@PathParam("id") String id, @PathParam("nom") String nom, String contenu) {
        VersionsService.Brouillon brouillon = versions.modifierFichier(id, nom, contenu, utilisateur.identifiant());
        return new VersionValidee(brouillon.version(), new Validation(brouillon.avertissements()));
    }

    @POST
    @Path("/versions/{id}/evaluer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(ANALYSTE)
    @Operation(summary = "Évalue un dossier avec cette version, sans rien enregistrer")
    public Evaluation evaluer(@PathParam("id") String id, String corps) {
        // 404 before reading the body; a draft is tried on KIE, the reference, a stored version as it decides
        MoteurRegles moteur = versions.lire(id).etat() == EtatVersion.BROUILLON ? moteurs.brouillon(id) : moteurs.de(id);
        LecteurDossier.Lecture lecture = lecteur.lire(corps);
        Decision decision = DecisionService.decision(moteur, lecture, new Auteur(utilisateur.identifiant(), utilisateur.region()));
        return new Evaluation(decision, moteur.intermediaires(lecture.dossier()));
    }

    @POST
    @Path("/versions/{id}/soumission")
    @RolesAllowed(ANALYSTE)
    public VersionDeRegles soumettre(@PathParam("id") String id) {
        return versions.soumettre(id, utilisateur.identifiant());
    }

    @POST
    @Path("/versions/{id}/approbation")
    @RolesAllowed(ANALYSTE)
    public VersionDeRegles approuver(@PathParam("id") String id) {
        return versions.approuver(id, utilisateur.identifiant());
    }

    @POST
    @Path("/versions/{id}/rejet")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(ANALYSTE)
    public VersionDeRegles rejeter(@PathParam("id") String id, Motif motif) {
        return versions.rejeter(id, motif == null ? null : motif.motif(), utilisateur.identifiant());
    }

    @POST
    @Path("/versions/{id}/reactivation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(ANALYSTE)
    public VersionDeRegles reactiver(@PathParam("id") String id, Motif motif) {
        return versions.reactiver(id, motif == null ? null : motif.motif(), utilisateur.identifiant());
    }

    @GET
    @Path("/journal")
    @RolesAllowed(ANALYSTE)
    public Journal journal(@QueryParam("page") String page, @QueryParam("taille") String taille) {
        List<Violation> violations = new ArrayList<>();
        FiltresEtPagination.Pagination pagination = FiltresEtPagination.pagination(page, taille, violations);
        if (!violations.isEmpty()) {
            throw new SaisieInvalideException(violations);
        }
        Page<StoredEvenementRegles> evenements = versions.journal(pagination.page(), pagination.taille());
        return new Journal(evenements.elements().stream().map(Entree::de).toList(), pagination.page(), pagination.taille(), evenements.total());
    }

    // --- the analysts' tools on a version (fr.enmr.regles.essais, .differences, .impact) ---

    @Inject
    fr.enmr.regles.essais.EssaisVersion essais;

    @Inject
    fr.enmr.regles.differences.DifferencesVersions differences;

    @Inject
    fr.enmr.impact.ImpactsVersions impacts;

    @Inject
    fr.enmr.regles.ReportsVersions reports;

    @POST
    @Path("/versions/{id}/rebase")
    @RolesAllowed(ANALYSTE)
    @Operation(summary = "Reporte une version sur la version active", description = "Un nouveau brouillon, basé sur la version active, "
            + "portant les changements de la version depuis sa base, élément par élément ; 409 avec « conflits » quand la version active a "
            + "changé les mêmes éléments, rien n'est alors créé.")
    public Response rebase(@PathParam("id") String id) {
        VersionsService.Brouillon brouillon = reports.reporter(id, utilisateur.identifiant());
        return Response.created(URI.create("/api/regles/versions/" + brouillon.version().id()))
                .entity(new VersionValidee(brouillon.version(), new Validation(brouillon.avertissements()))).build();
    }

    @POST
    @Path("/versions/{id}/essais")
    @RolesAllowed(ANALYSTE)
    @Operation(summary = "Cas des analystes d'une version, exécutés avec cette version", description = "Rien n'est enregistré.")
    public fr.enmr.regles.essais.ResultatEssais essais(@PathParam("id") String id) {
        return essais.executer(id);
    }

    @GET
    @Path("/versions/{id}/differences")
    @RolesAllowed(ANALYSTE)
    @Operation(summary = "Ce qui a changé entre deux versions, élément par élément", description = "avant : la version « avec » ; après : {id}.")
    public fr.enmr.regles.differences.Differences differences(@PathParam("id") String id, @QueryParam("avec") String avec) {
        return differences.entre(id, avec);
    }

    @POST
    @Path("/versions/{id}/impact")
    @RolesAllowed(ANALYSTE)
    @Operation(summary = "Effet d'une version sur toutes les décisions enregistrées, comparée à la version active",
            description = "Lance un calcul (202) ; son avancement et son résultat se lisent à l'adresse Location.")
    public Response impact(@PathParam("id") String id, @QueryParam("campagne") String campagne, @QueryParam("region") String region) {
        fr.enmr.impact.ResultatImpact travail = impacts.lancer(id, campagne, region);
        return Response.accepted(travail).location(URI.create("/api/regles/impact/" + travail.id())).build();
    }

    /** A refusal as problem+json, with the draft's errors when it does not compile. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record ProblemeRegles(String type, String title, int status, String detail, List<ErreurRegles> erreurs,
            Validation validation, String base, String active, String rebase, List<fr.enmr.regles.rebase.Conflit> conflits)
            implements fr.enmr.problem.ProblemeTitre {
    }

    @ServerExceptionMapper
    public Response refus(RefusVersion refus) {
        return Response.status(refus.status()).type(Probleme.MEDIA_TYPE).entity(new ProblemeRegles("about:blank", refus.titre(),
                refus.status(), refus.getMessage(), refus.erreurs(),
                refus.avertissements() == null ? null : new Validation(refus.avertissements()), refus.base(), refus.active(),
                refus.rebase(), refus.conflits())).build();
    }

    @ServerExceptionMapper
    public Response versionInconnue(fr.enmr.moteur.VersionInconnueException e) {
        return refus(RefusVersion.introuvable(e.versionId()));
    }
}
