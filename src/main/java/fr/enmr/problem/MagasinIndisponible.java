package fr.enmr.problem;

import java.util.List;

/**
 * The 503 answered when the store cannot be read or written, saying what failed from what the request was doing:
 * reading decisions is not « la décision n'a pas pu être enregistrée », and a scenario is not a decision.
 */
final class MagasinIndisponible {

    private static final String REESSAYER = " Réessayez plus tard.";

    private record Cas(String chemin, boolean lecture, String titre, String detail) {
    }

    // the most specific path first; a request that only reads matches lecture = true
    private static final List<Cas> CAS = List.of(
            new Cas("/api/decisions", false, "Enregistrement de la décision impossible",
                    "La décision n'a pas pu être enregistrée durablement ; elle n'est donc pas rendue."),
            new Cas("/api/decisions", true, "Lecture des décisions impossible",
                    "Les décisions enregistrées n'ont pas pu être lues ; rien n'a été modifié."),
            new Cas("/api/scenarios", false, "Enregistrement du scénario impossible",
                    "Le scénario n'a pas pu être enregistré ; rien n'a été lancé ni arrêté."),
            new Cas("/api/scenarios", true, "Lecture des scénarios impossible",
                    "Les scénarios enregistrés n'ont pas pu être lus ; rien n'a été modifié."),
            new Cas("/api/regles/impact", true, "Lecture des décisions impossible",
                    "Les décisions enregistrées n'ont pas pu être lues pour mesurer l'effet des règles ; rien n'a été modifié."),
            new Cas("/api/regles", false, "Enregistrement des règles impossible",
                    "La modification des règles n'a pas pu être enregistrée ; les règles en vigueur restent celles d'avant."),
            new Cas("/api/regles", true, "Lecture des règles impossible",
                    "Les versions des règles n'ont pas pu être lues ; rien n'a été modifié."),
            new Cas("/api/pilotage", true, "Lecture des tableaux de bord impossible",
                    "Les décisions enregistrées n'ont pas pu être lues pour les tableaux de bord ; rien n'a été modifié."),
            new Cas("/", true, "Lecture impossible",
                    "Les données enregistrées n'ont pas pu être lues ; rien n'a été modifié."),
            new Cas("/", false, "Enregistrement impossible",
                    "L'opération n'a pas pu être enregistrée ; rien n'a été modifié."));

    private MagasinIndisponible() {
    }

    static Probleme pour(String methode, String chemin) {
        boolean lecture = lecture(methode, chemin);
        return CAS.stream()
                .filter(c -> c.lecture() == lecture && (chemin.equals(c.chemin()) || chemin.startsWith(c.chemin().endsWith("/") ? c.chemin() : c.chemin() + "/")))
                .findFirst()
                .map(c -> Probleme.of(503, c.titre(), c.detail() + REESSAYER))
                .orElseThrow();
    }

    /** GET and HEAD read; so do the analysts' POSTs that only evaluate a version (nothing is stored by them). */
    private static boolean lecture(String methode, String chemin) {
        return "GET".equals(methode) || "HEAD".equals(methode)
                || "POST".equals(methode) && chemin.startsWith("/api/regles/versions/") && (chemin.endsWith("/evaluer") || chemin.endsWith("/essais"));
    }
}
