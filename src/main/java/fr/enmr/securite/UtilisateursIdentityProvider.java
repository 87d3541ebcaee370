package fr.enmr.securite;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

/**
 * HTTP Basic against the users file (enmr.securite.utilisateurs). bcrypt is slow by design, so a
 * password already verified is remembered as a SHA-256 digest: Basic sends it on every request.
 */
@ApplicationScoped
public class UtilisateursIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final Map<String, CompteUtilisateur> comptes;
    private final Map<String, String> verifies = new ConcurrentHashMap<>();

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
            if (compte == null || !verifier(compte, motDePasse)) {
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

    private boolean verifier(CompteUtilisateur compte, String motDePasse) {
        String empreinte = sha256(compte.empreinte() + '\0' + motDePasse);
        if (empreinte.equals(verifies.get(compte.identifiant()))) {
            return true;
        }
        if (BcryptUtil.matches(motDePasse, compte.empreinte())) {
            verifies.put(compte.identifiant(), empreinte);
            return true;
        }
        return false;
    }

    private static String sha256(String texte) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(texte.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
