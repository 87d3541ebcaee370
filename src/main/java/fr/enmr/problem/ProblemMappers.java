package fr.enmr.problem;

import java.nio.channels.ClosedChannelException;
import java.util.List;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.enmr.store.StoreUnavailableException;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.http.HttpClosedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Every error leaves as problem+json in French (a browser asking for a page may get the same problem in another
 * form: FormeDuRefus, which the web layer implements). Mappers are declared for the specific Jackson types
 * because Quarkus ships its own mappers for some of them, and the most specific one wins.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ConfigProperty(name = "quarkus.http.auth.basic", defaultValue = "false")
    boolean basic;

    @Inject
    FormeDuRefus forme;

    @ServerExceptionMapper
    public Response invalidInput(SaisieInvalideException e) {
        return Probleme.saisieInvalide(e.violations()).toResponse();
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return badJson(e);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonParseException e) {
        return badJson(e);
    }

    @ServerExceptionMapper
    public Response unmappableJson(JsonMappingException e) {
        return badJson(e);
    }

    @ServerExceptionMapper
    public Response otherJson(JsonProcessingException e) {
        return badJson(e);
    }

    /** A 503 that says what failed: reading decisions, storing a decision, a scenario, the rules (MagasinIndisponible). */
    @ServerExceptionMapper
    public Response storeUnavailable(StoreUnavailableException e, Request requete, UriInfo uri) {
        LOG.warn("Store unavailable: " + e.getMessage(), e);
        return MagasinIndisponible.pour(requete.getMethod(), uri.getRequestUri().getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, HttpHeaders headers, UriInfo uri) {
        return forWhoAsked(unauthenticated(), headers, uri);
    }

    @ServerExceptionMapper
    public Response badCredentials(AuthenticationFailedException e, HttpHeaders headers, UriInfo uri) {
        return forWhoAsked(unauthenticated(), headers, uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return forWhoAsked(Probleme.of(403, titleOf(403), "Votre rôle ne permet pas cette opération.").toResponse(), headers, uri);
    }

    /** A browser asking for a page gets the problem as a French HTML page; API clients get problem+json. */
    private Response forWhoAsked(Response probleme, HttpHeaders headers, UriInfo uri) {
        return forme.pour(probleme, uri.getRequestUri().getPath(), headers.getAcceptableMediaTypes());
    }

    private Response unauthenticated() {
        Response probleme = Probleme.of(401, titleOf(401),
                "Identifiez-vous : HTTP Basic avec un compte du service, ou un jeton OIDC (Authorization: Bearer).").toResponse();
        return Response.fromResponse(probleme).header("WWW-Authenticate", basic ? "Basic realm=\"ENMR\"" : "Bearer").build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        return forWhoAsked(problemOf(e), headers, uri);
    }

    private Response problemOf(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return badJson(json);
        }
        if (e.getResponse().getEntity() instanceof Probleme) {
            return e.getResponse();
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        return Probleme.of(status, titleOf(status), detailOf(status)).toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (clientGone(e)) { // the client closed the connection mid-body: no resource ran, and no one reads the answer
            LOG.debugf("Request abandoned by the client: %s", e);
            return Probleme.of(400, "Requête interrompue",
                    "La connexion a été fermée avant la fin de la requête ; rien n'a été enregistré.").toResponse();
        }
        LOG.error("Unexpected error answered 500", e);
        return Probleme.of(500, "Erreur interne",
                "Le service n'a pas pu traiter la demande ; rien n'a été enregistré. L'incident est journalisé.").toResponse();
    }

    static boolean clientGone(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpClosedException || t instanceof ClosedChannelException) {
                return true;
            }
        }
        return false;
    }

    private static Response badJson(JsonProcessingException e) {
        return Probleme.saisieInvalide(List.of(JsonErrors.violation(e))).toResponse();
    }

    private static String titleOf(int status) {
        return switch (status) {
            case 400 -> "Requête invalide";
            case 401 -> "Authentification requise";
            case 403 -> "Accès refusé";
            case 404 -> "Ressource introuvable";
            case 405 -> "Méthode non autorisée";
            case 406 -> "Format de réponse non disponible";
            case 413 -> "Requête trop volumineuse";
            case 415 -> "Type de contenu non pris en charge";
            default -> "Requête refusée";
        };
    }

    private static String detailOf(int status) {
        return switch (status) {
            case 404 -> "Aucune ressource à cette adresse.";
            case 405 -> "Cette méthode HTTP n'est pas admise à cette adresse.";
            case 406 -> "Le service répond en JSON (application/json).";
            case 413 -> "Le corps de la requête dépasse 1 Mio.";
            case 415 -> "Le corps de la requête doit être du JSON (Content-Type: application/json).";
            default -> "La requête n'a pas pu être traitée.";
        };
    }
}
