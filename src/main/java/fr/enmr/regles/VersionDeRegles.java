package fr.enmr.regles;

import fr.enmr.moteur.jeu.EtatVersion;
import fr.enmr.moteur.jeu.FichierRegles;
import fr.enmr.moteur.jeu.JeuDeRegles;
import fr.enmr.moteur.jeu.TypeFichier;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;


/**
 * A rule-set version as the contract shows it (rules-api.md), its state reconciled with the active pointer; its files'
 * contents ({@link #jeu()}) are served one by one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VersionDeRegles(
        String id,
        String empreinte,
        EtatVersion etat,
        boolean active,
        List<String> campagnes,
        String base,
        String auteur,
        Instant creeLe,
        String motif,
        Instant soumisLe,
        String approbateur,
        Instant publieLe,
        String rejet,
        List<Fichier> fichiers,
        OrigineVersion origine,
        @JsonIgnore JeuDeRegles jeu) {

    /** A file as listed (its content is GET …/fichiers/{nom}). */
    public record Fichier(String nom, TypeFichier type, String sha256, int taille) {

        static Fichier de(FichierRegles fichier) {
            return new Fichier(fichier.nom(), fichier.type(), fichier.sha256(), fichier.taille());
        }
    }

    /** The hex fingerprint without its {@code sha256:} prefix, as in versionRegles and regles-version.properties. */
    @JsonIgnore
    public String sha256() {
        return empreinte.substring("sha256:".length());
    }

    static List<Fichier> fichiers(JeuDeRegles jeu) {
        return jeu.fichiers().values().stream().map(Fichier::de).toList();
    }
}
