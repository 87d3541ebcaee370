package fr.enmr.securite;

import fr.enmr.problem.Probleme;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;

/** The authenticated user of the current request, and the region rule of ARS agents. */
@RequestScoped
public class Utilisateur {

    @Inject
    SecurityIdentity identite;

    public String identifiant() {
        return identite.isAnonymous() ? null : identite.getPrincipal().getName();
    }

    /** The region an ARS agent is bound to; null for the ministry, analysts and operations. */
    public String region() {
        return identite.hasRole(Roles.ARS) ? identite.getAttribute(Roles.ATTRIBUT_REGION) : null;
    }

    public boolean estAgentArs() {
        return identite.hasRole(Roles.ARS) && !identite.hasRole(Roles.MINISTERE) && !identite.hasRole(Roles.ANALYSTE);
    }

    /** @throws WebApplicationException 403 when an ARS agent acts on another region than its own */
    public void verifierRegion(String region) {
        if (estAgentArs() && (region() == null || !region().equals(region))) {
            Probleme refus = Probleme.of(403, "Accès refusé", "Un agent de l'ARS " + (region() == null ? "sans région" : region())
                    + " ne peut agir que sur les dossiers de sa région" + (region == null ? "." : ", pas sur ceux de " + region + "."));
            throw new WebApplicationException(refus.toResponse());
        }
    }
}
