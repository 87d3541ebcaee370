package fr.enmr.web;

import java.security.SecureRandom;
import java.util.HexFormat;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

/**
 * « Se déconnecter »: HTTP Basic has no session to end, but a browser forgets the account it sent when the server
 * answers 401 to it (and asks again). So the first visit answers 401 with the challenge and a page saying so; an
 * account typed in that same prompt signs back in (a cookie holding this sign-out's token tells the second request
 * from the first) and goes home instead of being refused again.
 */
@Path("/deconnexion")
public class Deconnexion {

    static final String COOKIE = "enmr-deconnexion";
    private static final SecureRandom HASARD = new SecureRandom();

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance deconnexion(Visiteur visiteur);
    }

    @ConfigProperty(name = "quarkus.http.auth.basic", defaultValue = "false")
    boolean basic;

    @GET
    public Response deconnecter(@QueryParam("jeton") String jeton, @CookieParam(COOKIE) String cookie) {
        if (jeton == null || jeton.isBlank()) {
            byte[] octets = new byte[16];
            HASARD.nextBytes(octets);
            return Response.seeOther(UriBuilder.fromPath("/deconnexion").queryParam("jeton", HexFormat.of().formatHex(octets)).build()).build();
        }
        if (jeton.equals(cookie)) {
            return Response.seeOther(UriBuilder.fromPath("/").build()).cookie(cookie(jeton, 0)).build();
        }
        return Response.status(Response.Status.UNAUTHORIZED)
                .header("WWW-Authenticate", basic ? "Basic realm=\"ENMR\"" : "Bearer")
                .cookie(cookie(jeton, 300))
                .type(Pages.HTML)
                .entity(Templates.deconnexion(Visiteur.inconnu()).render())
                .build();
    }

    private static NewCookie cookie(String jeton, int secondes) {
        return new NewCookie.Builder(COOKIE).value(jeton).path("/deconnexion").maxAge(secondes).httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
    }
}
