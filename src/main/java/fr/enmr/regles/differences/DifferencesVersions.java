package fr.enmr.regles.differences;

import java.util.List;

import fr.enmr.problem.SaisieInvalideException;
import fr.enmr.problem.Violation;
import fr.enmr.moteur.jeu.FichiersStockes;
import fr.enmr.moteur.jeu.JeuDeRegles;
import fr.enmr.moteur.VersionInconnueException;
import fr.enmr.store.VersionsReglesStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** What changed between two stored versions (GET /api/regles/versions/{id}/differences?avec=). */
@ApplicationScoped
public class DifferencesVersions {

    private final VersionsReglesStore store;

    @Inject
    public DifferencesVersions(VersionsReglesStore store) {
        this.store = store;
    }

    /**
     * @param avec the version compared against ({@code avant} in the answer), usually the base of {@code version}
     * @throws SaisieInvalideException when {@code avec} is missing
     * @throws VersionInconnueException when either is unknown
     */
    public Differences entre(String version, String avec) {
        if (avec == null || avec.isBlank()) {
            throw new SaisieInvalideException(List.of(new Violation("avec", "obligatoire : l'identifiant de la version à comparer")));
        }
        return ComparaisonVersions.comparer(version, avec, jeu(avec), jeu(version));
    }

    private JeuDeRegles jeu(String id) {
        return FichiersStockes.jeu(store.find(id).orElseThrow(() -> new VersionInconnueException(id)));
    }
}
