package fr.enmr.decision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.enmr.dossier.Campagne;
import fr.enmr.dossier.Region;
import fr.enmr.problem.EntierDeRequete;
import fr.enmr.problem.SaisieInvalideException;
import fr.enmr.problem.Violation;
import fr.enmr.store.RechercheDecisions;

/** The query parameters of GET /api/decisions, checked like a body: every bad one is named. */
record RechercheParametres(RechercheDecisions recherche, int page, int taille) {

    static final int TAILLE_PAR_DEFAUT = 20;
    static final int TAILLE_MAX = 100;

    RechercheParametres dansLaRegion(String laRegion) {
        return new RechercheParametres(new RechercheDecisions(recherche.reference(), laRegion, recherche.campagne(), recherche.eligible()),
                page, taille);
    }

    static RechercheParametres lire(String reference, String region, String campagne, String eligible, String page, String taille) {
        List<Violation> violations = new ArrayList<>();
        if (reference != null && !reference.matches("[A-Za-z0-9._-]{1,64}")) {
            violations.add(new Violation("reference", "doit compter de 1 à 64 caractères parmi A-Z, a-z, 0-9, « . », « _ » et « - »"));
        }
        Region laRegion = enumeration(region, "region", Region::valueOf, Region.values(), violations);
        Campagne laCampagne = enumeration(campagne, "campagne", Campagne::valueOf, Campagne.values(), violations);
        Boolean estEligible = null;
        if (eligible != null) {
            if (eligible.equals("true") || eligible.equals("false")) {
                estEligible = Boolean.valueOf(eligible);
            } else {
                violations.add(new Violation("eligible", "valeur « " + eligible + " » invalide : true ou false attendu"));
            }
        }
        int laPage = EntierDeRequete.lire(page, "page", 0, 0, Integer.MAX_VALUE / TAILLE_MAX, violations);
        int laTaille = EntierDeRequete.lire(taille, "taille", TAILLE_PAR_DEFAUT, 1, TAILLE_MAX, violations);
        if (!violations.isEmpty()) {
            throw new SaisieInvalideException(violations);
        }
        return new RechercheParametres(new RechercheDecisions(reference,
                laRegion == null ? null : laRegion.name(), laCampagne == null ? null : laCampagne.name(), estEligible),
                laPage, laTaille);
    }

    private static <E extends Enum<E>> E enumeration(String valeur, String champ, Function<String, E> lire, E[] admises,
            List<Violation> violations) {
        if (valeur == null) {
            return null;
        }
        try {
            return lire.apply(valeur);
        } catch (IllegalArgumentException e) {
            violations.add(new Violation(champ, "valeur « " + valeur + " » invalide : valeurs admises : "
                    + Arrays.stream(admises).map(Enum::name).collect(Collectors.joining(", "))));
            return null;
        }
    }
}
