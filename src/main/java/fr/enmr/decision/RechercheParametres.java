package fr.enmr.decision;

import java.util.ArrayList;
import java.util.List;

import fr.enmr.problem.Identifiants;
import fr.enmr.dossier.NomsDeStructure;
import fr.enmr.problem.FiltresEtPagination;
import fr.enmr.problem.SaisieInvalideException;
import fr.enmr.problem.Violation;
import fr.enmr.store.RechercheDecisions;

/** The query parameters of GET /api/decisions, checked like a body: every bad one is named. */
public record RechercheParametres(RechercheDecisions recherche, int page, int taille) {

    /** A code of a site criterion or a finding: the DMN and the DRL name them (analysts may add some). */
    private static final String CODE = "[A-Z0-9_]{1,64}";
    /** As a dossier's structure.nom. */
    private static final int NOM_MAX = 200;

    RechercheParametres dansLaRegion(String laRegion) {
        return new RechercheParametres(recherche.dansLaRegion(laRegion), page, taille);
    }

    public static RechercheParametres lire(String reference, String region, String campagne, String eligible, String page, String taille) {
        return lire(reference, null, region, campagne, eligible, null, null, null, page, taille);
    }

    /**
     * With {@code nom}, a part of the structure's name (case, accents and punctuation aside), and the dashboards' filters:
     * {@code annee}, {@code critere} (a failed site criterion), {@code constat} (a finding).
     */
    public static RechercheParametres lire(String reference, String nom, String region, String campagne, String eligible,
            String annee, String critere, String constat, String page, String taille) {
        List<Violation> violations = new ArrayList<>();
        if (reference != null && !Identifiants.valide(reference)) {
            violations.add(new Violation("reference", Identifiants.MESSAGE));
        }
        String partieDuNom = NomsDeStructure.normalise(nom);
        if (nom != null && (nom.length() > NOM_MAX || partieDuNom.isEmpty())) {
            violations.add(new Violation("nom", "doit compter de 1 à " + NOM_MAX + " caractères, dont au moins une lettre ou un chiffre"));
        }
        String laRegion = FiltresEtPagination.code(region, "region", violations);
        String laCampagne = FiltresEtPagination.code(campagne, "campagne", violations);
        Boolean estEligible = null;
        if (eligible != null) {
            if (eligible.equals("true") || eligible.equals("false")) {
                estEligible = Boolean.valueOf(eligible);
            } else {
                violations.add(new Violation("eligible", "valeur « " + eligible + " » invalide : true ou false attendu"));
            }
        }
        Integer lAnnee = annee == null ? null : FiltresEtPagination.entier(annee, "annee", 0, 1900, 2100, violations);
        code(critere, "critere", "un code de critère", violations);
        code(constat, "constat", "un code de constat", violations);
        FiltresEtPagination.Pagination pagination = FiltresEtPagination.pagination(page, taille, violations);
        if (!violations.isEmpty()) {
            throw new SaisieInvalideException(violations);
        }
        return new RechercheParametres(new RechercheDecisions(reference,
                laRegion, laCampagne, estEligible,
                lAnnee, critere, constat, partieDuNom), pagination.page(), pagination.taille());
    }

    private static void code(String valeur, String champ, String attendu, List<Violation> violations) {
        if (valeur != null && !valeur.matches(CODE)) {
            violations.add(new Violation(champ, "valeur « " + valeur + " » invalide : " + attendu
                    + " attendu (de 1 à 64 caractères parmi A-Z, 0-9 et « _ », par exemple PROJET_DE_SANTE)"));
        }
    }
}
