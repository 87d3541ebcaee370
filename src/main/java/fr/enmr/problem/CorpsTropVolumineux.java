package fr.enmr.problem;

import java.time.Duration;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A declared body over the limit is refused with a problem+json 413 before it is read: 1 MiB (the decisions contract,
 * {@code enmr.http.corps-max}) everywhere but for the rule-set versions' files ({@code enmr.regles.corps-max}: a file may
 * reach 2 MiB, checked one by one by the service). Vert.x's own check ({@code quarkus.http.limits.max-body-size}, the
 * larger of the two) still stops bodies without Content-Length, with a bare 413. After the 413 the body is read and
 * dropped, then the connection closed ({@link #fermerApresLeCorps}).
 */
@ApplicationScoped
public class CorpsTropVolumineux {

    /** Where analysts send rule files, which may be larger than a dossier. */
    static final String CHEMIN_VERSIONS = "/api/regles/versions";
    /** How long a refused body may take to arrive before the connection is closed anyway. */
    static final Duration LECTURE_MAX = Duration.ofSeconds(30);

    void refuseLargeBodies(@Observes Router router, ObjectMapper json,
            @ConfigProperty(name = "enmr.http.corps-max", defaultValue = "1M") MemorySize limite,
            @ConfigProperty(name = "enmr.regles.corps-max", defaultValue = "16M") MemorySize limiteRegles) throws JsonProcessingException {
        String probleme = probleme(json, limite);
        String problemeRegles = probleme(json, limiteRegles);
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            boolean regles = ctx.request().path() != null && ctx.request().path().startsWith(CHEMIN_VERSIONS);
            long max = (regles ? limiteRegles : limite).asLongValue();
            String declared = ctx.request().getHeader("Content-Length");
            if (declared != null && declared.chars().allMatch(Character::isDigit) && declared.length() < 19
                    && Long.parseLong(declared) > max) {
                HttpServerRequest requete = ctx.request();
                ctx.response().setStatusCode(413).putHeader("Content-Type", Probleme.MEDIA_TYPE.toString())
                        .putHeader("Connection", "close").end(regles ? problemeRegles : probleme)
                        .onComplete(fin -> fermerApresLeCorps(ctx.vertx(), requete));
            } else {
                ctx.next();
            }
        });
    }

    /**
     * Closes the connection the answer announced as closed. A client that sends its whole body before reading (Python's
     * urllib, Java's HttpURLConnection) would block on a server that stopped reading, then lose the 413 to a reset if the
     * connection were closed under it: the body is read and dropped, then the connection closed, within {@link #LECTURE_MAX}.
     */
    static void fermerApresLeCorps(Vertx vertx, HttpServerRequest requete) {
        if (requete.version() == HttpVersion.HTTP_2) {
            return; // one stream of a shared connection: the answer ended it
        }
        HttpConnection connexion = requete.connection();
        if ("100-continue".equalsIgnoreCase(requete.getHeader("Expect"))) {
            connexion.close(); // the client waits for a go-ahead before its body: it sends none
            return;
        }
        long delai = vertx.setTimer(LECTURE_MAX.toMillis(), t -> connexion.close());
        try {
            requete.handler(ignore -> { })
                    .exceptionHandler(e -> connexion.close())
                    .endHandler(v -> {
                        vertx.cancelTimer(delai);
                        connexion.close();
                    })
                    .resume();
        } catch (IllegalStateException dejaLu) {
            vertx.cancelTimer(delai);
            connexion.close();
        }
    }

    private static String probleme(ObjectMapper json, MemorySize limite) throws JsonProcessingException {
        return json.writeValueAsString(Probleme.of(413, "Requête trop volumineuse",
                "Le corps de la requête dépasse " + limite.asLongValue() / 1024 + " Kio ; rien n'a été enregistré."));
    }
}
