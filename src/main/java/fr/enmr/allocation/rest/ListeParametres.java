package fr.enmr.allocation.rest;

import java.util.ArrayList;
import java.util.List;

import fr.enmr.allocation.scenario.Statut;
import fr.enmr.problem.FiltresEtPagination;
import fr.enmr.problem.SaisieInvalideException;
import fr.enmr.problem.Violation;

/** The query parameters of GET /api/scenarios ({@code statut}, {@code page}, {@code taille}), every bad one named. */
record ListeParametres(Statut statut, int page, int taille) {

    static ListeParametres lire(String statut, String page, String taille) {
        List<Violation> violations = new ArrayList<>();
        Statut leStatut = FiltresEtPagination.enumeration(statut, "statut", Statut.class, violations);
        FiltresEtPagination.Pagination pagination = FiltresEtPagination.pagination(page, taille, violations);
        if (!violations.isEmpty()) {
            throw new SaisieInvalideException(violations);
        }
        return new ListeParametres(leStatut, pagination.page(), pagination.taille());
    }
}
