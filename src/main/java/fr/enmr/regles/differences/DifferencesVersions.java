package fr.enmr.regles.differences;

import fr.enmr.regles.FichiersStockes;
import fr.enmr.regles.JeuDeRegles;
import fr.enmr.regles.moteur.VersionInconnueException;
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
     * @throws VersionInconnueException when either is unknown
     */
    public Differences entre(String version, String avec) {
        return ComparaisonVersions.comparer(version, avec, jeu(avec), jeu(version));
    }

    private JeuDeRegles jeu(String id) {
        return FichiersStockes.jeu(store.find(id).orElseThrow(() -> new VersionInconnueException(id)));
    }
}
