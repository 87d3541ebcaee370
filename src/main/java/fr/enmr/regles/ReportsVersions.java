package fr.enmr.regles;

import fr.enmr.regles.rebase.FusionJeux;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import fr.enmr.moteur.jeu.FichierRegles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * POST /api/regles/versions/{id}/rebase: a draft or submitted version whose base is no longer the active version,
 * carried onto the active one as a new draft (its own changes, element by element), validated like any draft.
 */
@ApplicationScoped
public class ReportsVersions {

    private final VersionsService versions;

    @Inject
    public ReportsVersions(VersionsService versions) {
        this.versions = versions;
    }

    /**
     * @throws RefusVersion 409 with the conflicts, or when there is nothing to rebase; 422 when the rebased files do
     *                      not validate; nothing is created then
     */
    public VersionsService.Brouillon reporter(String id, String analyste) {
        VersionDeRegles version = versions.lire(id);
        TransitionVersion.REPORT.verifier(version, analyste);
        VersionDeRegles active = versions.active().orElseThrow(() -> new RefusVersion(409, "Aucune version active",
                "Aucune version n'est active : il n'y a rien sur quoi reporter la version " + id + "."));
        if (active.id().equals(version.base())) {
            throw RefusVersion.rienAReporter(id, active.id());
        }
        if (version.base() == null) {
            throw new RefusVersion(409, "Version sans base", "La version " + id + " n'a pas de base : ses changements ne peuvent pas "
                    + "être distingués du reste. Rien n'a été créé.");
        }
        VersionDeRegles base = versions.lire(version.base());
        FusionJeux.Resultat fusion = FusionJeux.fusionner(base.jeu(), active.jeu(), version.jeu());
        if (!fusion.conflits().isEmpty()) {
            throw RefusVersion.conflits(id, base.id(), active.id(), fusion.conflits());
        }
        Map<String, String> changes = new LinkedHashMap<>();
        fusion.jeu().fichiers().forEach((nom, fichier) -> {
            if (!Objects.equals(active.jeu().fichier(nom).map(FichierRegles::contenu).orElse(null), fichier.contenu())) {
                changes.put(nom, fichier.contenu());
            }
        });
        if (changes.isEmpty()) {
            throw new RefusVersion(409, "Rien à reporter", "Les changements de la version " + id + " sont déjà tous dans la version active "
                    + active.id() + ". Rien n'a été créé.");
        }
        VersionsService.Brouillon brouillon = versions.creer(active.id(), "Report de la version " + id + " sur la version active "
                + active.id() + " : " + version.motif(), changes, analyste);
        versions.journaliser("REBASEE", brouillon.version().id(), analyste, "reportée depuis la version " + id + " (base " + base.id()
                + ") sur la version active " + active.id());
        return brouillon;
    }
}
