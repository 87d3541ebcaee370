package fr.enmr.regles;

import java.util.List;

import fr.enmr.moteur.jeu.EtatVersion;
import fr.enmr.store.StoredFichierRegles;
import fr.enmr.store.StoredVersion;

/**
 * A stored version being written: a copy of one, or a new one, changed field by field; the one place the 14-field
 * {@link StoredVersion} is built from the workshop's operations.
 */
final class VersionAEcrire {

    private final String id;
    private String empreinte;
    private String etat;
    private final String base;
    private final String auteur;
    private final long creeLe;
    private final String motif;
    private long soumisLe;
    private String approbateur;
    private long publieLe;
    private String rejet;
    private String campagnes;
    private List<StoredFichierRegles> fichiers;
    private final String origine;

    private VersionAEcrire(StoredVersion v) {
        this.id = v.id();
        this.empreinte = v.empreinte();
        this.etat = v.etat();
        this.base = v.base();
        this.auteur = v.auteur();
        this.creeLe = v.creeLe();
        this.motif = v.motif();
        this.soumisLe = v.soumisLe();
        this.approbateur = v.approbateur();
        this.publieLe = v.publieLe();
        this.rejet = v.rejet();
        this.campagnes = v.campagnes();
        this.fichiers = v.fichiers();
        this.origine = v.origine();
    }

    /** A copy of a stored version, to change. */
    static VersionAEcrire de(StoredVersion version) {
        return new VersionAEcrire(version);
    }

    /** A new version: its identity, who drafted it from which base, when and why; files and review set afterwards. */
    static VersionAEcrire nouvelle(String id, EtatVersion etat, String base, String auteur, long creeLe, String motif,
            OrigineVersion origine) {
        return new VersionAEcrire(new StoredVersion(id, null, etat.name(), base, auteur, creeLe, motif, 0, null, 0, null, null,
                List.of(), origine.name()));
    }

    VersionAEcrire etat(EtatVersion nouvel) {
        this.etat = nouvel.name();
        return this;
    }

    /** Its rule files, their fingerprint (hex) and the campaigns the DMN covers. */
    VersionAEcrire fichiers(String empreinte, String campagnes, List<StoredFichierRegles> fichiers) {
        this.empreinte = empreinte;
        this.campagnes = campagnes;
        this.fichiers = fichiers;
        return this;
    }

    VersionAEcrire soumisLe(long quand) {
        this.soumisLe = quand;
        return this;
    }

    /** The review: who approved or rejected it, when it was published (0: not), the reason of a rejection. */
    VersionAEcrire revue(String par, long publiee, String motifRejet) {
        this.approbateur = par;
        this.publieLe = publiee;
        this.rejet = motifRejet;
        return this;
    }

    StoredVersion stockee() {
        return new StoredVersion(id, empreinte, etat, base, auteur, creeLe, motif, soumisLe, approbateur, publieLe, rejet, campagnes,
                fichiers, origine);
    }
}
