package fr.enmr.regles;

import java.util.List;

import fr.enmr.moteur.ErreurRegles;
import fr.enmr.regles.rebase.Conflit;

/**
 * A request on rule-set versions refused, nothing changed: answered {@code status} in problem+json with the reason in
 * French and, for a draft that does not compile (422), every error.
 */
public class RefusVersion extends RuntimeException {

    private final int status;
    private final String titre;
    private final transient List<ErreurRegles> erreurs;
    private final transient List<ErreurRegles> avertissements;
    private final String base;
    private final String active;
    private final transient List<Conflit> conflits;
    private final String rebase;

    public RefusVersion(int status, String titre, String detail) {
        this(status, titre, detail, null, null);
    }

    public RefusVersion(int status, String titre, String detail, List<ErreurRegles> erreurs, List<ErreurRegles> avertissements) {
        this(status, titre, detail, erreurs, avertissements, null, null, null, null);
    }

    private RefusVersion(int status, String titre, String detail, List<ErreurRegles> erreurs, List<ErreurRegles> avertissements,
            String base, String active, List<Conflit> conflits, String rebase) {
        super(detail);
        this.status = status;
        this.titre = titre;
        this.erreurs = erreurs;
        this.avertissements = avertissements;
        this.base = base;
        this.active = active;
        this.conflits = conflits;
        this.rebase = rebase;
    }

    /** Approval of a version drafted from a version that is no longer the active one (rules-api.md, « Two analysts at once »). */
    static RefusVersion basePerimee(String id, String base, String active) {
        return new RefusVersion(409, "Base périmée", "La version " + id + " a été rédigée à partir de la version " + base
                + ", qui n'est plus la version active : la version active est maintenant " + active + ". L'approuver déferait les "
                + "changements publiés depuis. Reportez-la sur la version active (…/rebase), puis faites approuver le nouveau brouillon. "
                + "La version reste SOUMISE.", null, null, base, active, null, "/api/regles/versions/" + id + "/rebase");
    }

    /** A rollback beaten by another publication between reading the pointer and writing it. */
    static RefusVersion publicationConcurrente(String id, String active) {
        return new RefusVersion(409, "Publication concurrente", "Une autre publication a changé la version active (" + active
                + ") pendant que la version " + id + " était réactivée : rien n'a changé, réessayez si c'est toujours voulu.",
                null, null, null, active, null, null);
    }

    /** A rebase whose changes meet changes made to the same elements by the active version. */
    public static RefusVersion conflits(String id, String base, String active, List<Conflit> conflits) {
        return new RefusVersion(409, "Conflits avec la version active", conflits.size() + " élément(s) modifié(s) par la version " + id
                + " l'ont aussi été par la version active " + active + " depuis la base " + base + " : reportez ces changements à la main "
                + "sur un brouillon de la version active. Rien n'a été créé.", null, null, base, active, List.copyOf(conflits), null);
    }

    /** A rebase asked for a version whose base is the active version already. */
    public static RefusVersion rienAReporter(String id, String active) {
        return new RefusVersion(409, "Rien à reporter", "La version " + id + " a déjà pour base la version active " + active
                + " : elle peut être approuvée telle quelle. Rien n'a été créé.", null, null, active, active, null, null);
    }

    public static RefusVersion introuvable(String id) {
        return new RefusVersion(404, "Version introuvable", "Aucune version des règles " + fr.enmr.problem.Probleme.cite(id) + ".");
    }

    public static RefusVersion etat(VersionDeRegles version, String attendu) {
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

    /** The refused version's base, when the refusal is about it. */
    public String base() {
        return base;
    }

    /** The active version, when the refusal is about it. */
    public String active() {
        return active;
    }

    public List<Conflit> conflits() {
        return conflits;
    }

    /** Where the refused version may be rebased, when that is the way out. */
    public String rebase() {
        return rebase;
    }
}
