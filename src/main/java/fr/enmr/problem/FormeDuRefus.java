package fr.enmr.problem;

import java.util.List;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The form a refusal takes for whoever asked: problem+json for API clients, and whatever the web layer offers a person
 * in a browser (fr.enmr.web.PageErreur, the CDI bean implementing this), so that this package never knows the pages.
 */
public interface FormeDuRefus {

    /**
     * @param probleme    the refusal as problem+json (its entity a {@link Probleme})
     * @param chemin      the request's path
     * @param acceptables the request's media types, most preferred first (JAX-RS {@code getAcceptableMediaTypes()})
     * @return the answer to send: that problem, or the same refusal in another form with its status and headers
     */
    Response pour(Response probleme, String chemin, List<MediaType> acceptables);
}
