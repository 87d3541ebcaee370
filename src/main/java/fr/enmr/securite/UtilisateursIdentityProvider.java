package fr.enmr.securite;

import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** HTTP Basic against the users file (enmr.securite.utilisateurs), passwords checked by {@link MotsDePasseVerifies}. */
@ApplicationScoped
public class UtilisateursIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final Map<String, CompteUtilisateur> comptes;
    private final MotsDePasseVerifies motsDePasse = new MotsDePasseVerifies(BcryptUtil::matches);

    @Inject
    public UtilisateursIdentityProvider(
            @ConfigProperty(name = "enmr.securite.utilisateurs", defaultValue = "config/utilisateurs.properties") String fichier) {
        this.comptes = FichierUtilisateurs.lire(fichier);
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            CompteUtilisateur compte = comptes.get(request.getUsername());
            String motDePasse = new String(request.getPassword().getPassword());
            if (compte == null || !motsDePasse.verifier(compte, motDePasse)) {
                throw new AuthenticationFailedException();
            }
            QuarkusSecurityIdentity.Builder identite = QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(compte.identifiant()))
                    .addRoles(compte.roles());
            if (compte.region() != null) {
                identite.addAttribute(Roles.ATTRIBUT_REGION, compte.region());
            }
            return identite.build();
        });
    }
}
