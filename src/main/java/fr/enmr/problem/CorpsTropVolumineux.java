package fr.enmr.problem;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A declared body over the limit is refused with a problem+json 413 before it is read; Vert.x's own
 * check (for bodies without Content-Length) still stops the rest, with a bare 413.
 */
@ApplicationScoped
public class CorpsTropVolumineux {

    void refuseLargeBodies(@Observes Router router, ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limite) throws JsonProcessingException {
        String probleme = json.writeValueAsString(Probleme.of(413, "Requête trop volumineuse",
                "Le corps de la requête dépasse " + limite.asLongValue() / 1024 + " Kio ; rien n'a été enregistré."));
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String declared = ctx.request().getHeader("Content-Length");
            if (declared != null && declared.chars().allMatch(Character::isDigit) && declared.length() < 19
                    && Long.parseLong(declared) > limite.asLongValue()) {
                ctx.response().setStatusCode(413).putHeader("Content-Type", Probleme.MEDIA_TYPE.toString())
                        .putHeader("Connection", "close").end(probleme);
            } else {
                ctx.next();
            }
        });
    }
}
