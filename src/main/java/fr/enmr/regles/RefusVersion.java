package fr.enmr.regles;

import java.util.List;

import fr.enmr.regles.moteur.ErreurRegles;

/**
 * A request on rule-set versions refused, nothing changed: answered {@code status} in problem+json with the reason in
 * French and, for a draft that does not compile (422), every error.
 */
public class RefusVersion extends RuntimeException {

    private final int status;
    private final String titre;
    private final transient List<ErreurRegles> erreurs;
    private final transient List<ErreurRegles> avertissements;

    public RefusVersion(int status, String titre, String detail) {
        this(status, titre, detail, null, null);
    }

    public RefusVersion(int status, String titre, String detail, List<ErreurRegles> erreurs, List<ErreurRegles> avertissements) {
        super(detail);
        this.status = status;
        this.titre = titre;
        this.erreurs = erreurs;
        this.avertissements = avertissements;
    }

    static RefusVersion introuvable(String id) {
        return new RefusVersion(404, "Version introuvable", "Aucune version des règles " + fr.enmr.problem.Probleme.cite(id) + ".");
    }

    static RefusVersion etat(VersionDeRegles version, String attendu) {
        return new RefusVersion(409, "État incompatible", "La version " + version.id() + " est " + version.etat()
                + " : l'opération demande une version " + attendu + ". Rien n'a changé.");
    }

    static RefusVersion quatreYeux(String operation) {
        return new RefusVersion(403, "Quatre yeux", "L'auteur d'une version ne peut pas " + operation
                + " lui-même : un autre analyste doit le faire. Rien n'a changé.");
    }

    public int status() {
        return status;
    }

    public String titre() {
        return titre;
    }

    public List<ErreurRegles> erreurs() {
        return erreurs;
    }

    public List<ErreurRegles> avertissements() {
        return avertissements;
    }
}
