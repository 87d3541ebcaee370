package fr.enmr.securite;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** With OIDC, an ARS agent's region comes from a token claim (enmr.securite.oidc.claim-region, default "region"). */
@ApplicationScoped
public class RegionDepuisJeton implements SecurityIdentityAugmentor {

    @Inject
    @ConfigProperty(name = "enmr.securite.oidc.claim-region", defaultValue = "region")
    String claim;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identite, AuthenticationRequestContext context) {
        if (identite.isAnonymous() || !(identite.getPrincipal() instanceof JsonWebToken jeton)
                || identite.getAttribute(Roles.ATTRIBUT_REGION) != null || jeton.getClaim(claim) == null) {
            return Uni.createFrom().item(identite);
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identite)
                .addAttribute(Roles.ATTRIBUT_REGION, jeton.getClaim(claim).toString()).build());
    }
}
