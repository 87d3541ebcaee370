package fr.enmr.web;

import fr.enmr.dossier.LibellesDesCodes;

import fr.enmr.securite.Roles;
import io.quarkus.qute.TemplateData;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is looking at a page: the spaces shown are the ones the roles open (the API checks again),
 * and an ARS agent's region is the one its forms start with.
 *
 * @param region an ARS agent's region (e.g. BRETAGNE), else null
 */
@TemplateData
public record Visiteur(String identifiant, String region, String regionNom, boolean ars, boolean ministere, boolean analyste, boolean admin) {

    static Visiteur de(SecurityIdentity identite) {
        boolean ars = identite.hasRole(Roles.ARS);
        String region = ars ? identite.getAttribute(Roles.ATTRIBUT_REGION) : null;
        String regionNom = region == null ? null : nomDe(region);
        return new Visiteur(identite.isAnonymous() ? null : identite.getPrincipal().getName(), region, regionNom, ars,
                identite.hasRole(Roles.MINISTERE), identite.hasRole(Roles.ANALYSTE), identite.hasRole(Roles.ADMIN));
    }

    /** Someone the page does not know (an error page): no spaces shown, the landing page lists them. */
    static Visiteur inconnu() {
        return new Visiteur("", null, null, false, false, false, false);
    }

    /** Whether the decisions space is open to this visitor (the roles that read decisions). */
    public boolean lecteurDecisions() {
        return ars || ministere || analyste;
    }

    private static String nomDe(String region) {
        return LibellesDesCodes.region(region);
    }
}
