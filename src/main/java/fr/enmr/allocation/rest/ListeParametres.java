package fr.enmr.allocation.rest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import fr.enmr.allocation.scenario.Statut;
import fr.enmr.problem.EntierDeRequete;
import fr.enmr.problem.SaisieInvalideException;
import fr.enmr.problem.Violation;

/** The query parameters of GET /api/scenarios ({@code statut}, {@code page}, {@code taille}), every bad one named. */
record ListeParametres(Statut statut, int page, int taille) {

    static final int TAILLE_PAR_DEFAUT = 20;
    static final int TAILLE_MAX = 100;

    static ListeParametres lire(String statut, String page, String taille) {
        List<Violation> violations = new ArrayList<>();
        Statut leStatut = null;
        if (statut != null) {
            try {
                leStatut = Statut.valueOf(statut);
            } catch (IllegalArgumentException e) {
                violations.add(new Violation("statut", "valeur « " + statut + " » invalide : valeurs admises : "
                        + Arrays.stream(Statut.values()).map(Enum::name).collect(Collectors.joining(", "))));
            }
        }
        int laPage = EntierDeRequete.lire(page, "page", 0, 0, Integer.MAX_VALUE / TAILLE_MAX, violations);
        int laTaille = EntierDeRequete.lire(taille, "taille", TAILLE_PAR_DEFAUT, 1, TAILLE_MAX, violations);
        if (!violations.isEmpty()) {
            throw new SaisieInvalideException(violations);
        }
        return new ListeParametres(leStatut, laPage, laTaille);
    }
}
