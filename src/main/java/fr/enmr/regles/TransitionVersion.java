package fr.enmr.regles;

import static fr.enmr.moteur.jeu.EtatVersion.BROUILLON;
import static fr.enmr.moteur.jeu.EtatVersion.PUBLIEE;
import static fr.enmr.moteur.jeu.EtatVersion.REJETEE;
import static fr.enmr.moteur.jeu.EtatVersion.REMPLACEE;
import static fr.enmr.moteur.jeu.EtatVersion.SOUMISE;

import java.util.Set;
import java.util.stream.Collectors;

import fr.enmr.moteur.jeu.EtatVersion;

/**
 * Every move of a rule-set version through its review (rules-api.md), in one table: from which states, to which
 * state, and who may make it. Each operation of {@link VersionsService} and {@link ReportsVersions} checks its row.
 */
enum TransitionVersion {

    /** A file of a draft replaced: its author only. */
    MODIFICATION(Set.of(BROUILLON), BROUILLON, Qui.AUTEUR, "modifier ce brouillon"),
    /** Frozen for review: its author only. */
    SOUMISSION(Set.of(BROUILLON), SOUMISE, Qui.AUTEUR, "soumettre ce brouillon"),
    /** Published and active: an analyst other than its author (four eyes). */
    APPROBATION(Set.of(SOUMISE), PUBLIEE, Qui.AUTRE_ANALYSTE, "approuver sa version"),
    /** Refused with a reason: an analyst other than its author. */
    REJET(Set.of(SOUMISE), REJETEE, Qui.AUTRE_ANALYSTE, "rejeter sa version"),
    /** A rollback in an emergency: any analyst. */
    REACTIVATION(Set.of(REMPLACEE), PUBLIEE, Qui.TOUT_ANALYSTE, "réactiver cette version"),
    /** Its changes carried onto the active version as a new draft: any analyst. */
    REPORT(Set.of(BROUILLON, SOUMISE), BROUILLON, Qui.TOUT_ANALYSTE, "reporter cette version"),
    /** The version active until another one is published (or reactivated): done by that publication, never asked. */
    REMPLACEMENT(Set.of(PUBLIEE), REMPLACEE, Qui.PUBLICATION, "remplacer cette version");

    /** Who may make a move. */
    enum Qui {
        AUTEUR, AUTRE_ANALYSTE, TOUT_ANALYSTE, PUBLICATION
    }

    private final Set<EtatVersion> depuis;
    private final EtatVersion vers;
    private final Qui qui;
    private final String operation;

    TransitionVersion(Set<EtatVersion> depuis, EtatVersion vers, Qui qui, String operation) {
        this.depuis = depuis;
        this.vers = vers;
        this.qui = qui;
        this.operation = operation;
    }

    EtatVersion vers() {
        return vers;
    }

    /**
     * @throws RefusVersion 409 when the version is not in a state this move starts from; 403 when {@code analyste} may
     *                      not make it (not the author, or the author where four eyes are required)
     */
    void verifier(VersionDeRegles version, String analyste) {
        if (!depuis.contains(version.etat())) {
            throw RefusVersion.etat(version, depuis.stream().map(Enum::name).sorted().collect(Collectors.joining(" ou ")));
        }
        if (qui == Qui.AUTEUR && !version.auteur().equals(analyste)) {
            throw new RefusVersion(403, "Brouillon d'un autre analyste", "Seul l'auteur (" + version.auteur() + ") peut " + operation
                    + ". Rien n'a changé.");
        }
        if (qui == Qui.AUTRE_ANALYSTE && version.auteur().equals(analyste)) {
            throw RefusVersion.quatreYeux(operation);
        }
    }

    /** The state a version is in, given its state as last written and whether the active pointer names it. */
    static EtatVersion etat(EtatVersion ecrit, boolean active) {
        if (active) {
            return PUBLIEE;
        }
        return REMPLACEMENT.depuis.contains(ecrit) ? REMPLACEMENT.vers : ecrit;
    }
}
