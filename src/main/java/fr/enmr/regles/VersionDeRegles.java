package fr.enmr.regles;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import fr.enmr.moteur.jeu.NomsDesVersions;
import fr.enmr.moteur.jeu.EtatVersion;
import fr.enmr.moteur.jeu.FichierRegles;
import fr.enmr.moteur.jeu.FichiersStockes;
import fr.enmr.moteur.jeu.JeuDeRegles;
import fr.enmr.moteur.jeu.TypeFichier;
import fr.enmr.store.StoredActive;
import fr.enmr.store.StoredVersion;

/**
 * A rule-set version as the contract shows it (rules-api.md), its state reconciled with the active pointer; its files'
 * contents ({@link #jeu()}) are served one by one. {@code numero} is its rank in the order versions were created (the
 * first is 1), {@code libelle} the name people read: « v7 du 07/12/2026 — motif ».
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VersionDeRegles(
        String id,
        int numero,
        String libelle,
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

    /** « v7 du 07/12/2026 — motif »: what a person reads instead of the id or the fingerprint. */
    public static String libelle(int numero, Instant creeLe, String motif) {
        return NomsDesVersions.libelle(numero, creeLe, motif);
    }

    /** The version as shown: its state reconciled with the active pointer, the single source of truth. */
    static VersionDeRegles de(StoredVersion v, Optional<StoredActive> pointeur, int numero) {
        boolean active = pointeur.isPresent() && pointeur.get().version().equals(v.id());
        EtatVersion etat = TransitionVersion.etat(EtatVersion.valueOf(v.etat()), active);
        String approbateur = active && v.approbateur() == null ? pointeur.get().par() : v.approbateur();
        long publieLe = active && v.publieLe() == 0 ? pointeur.get().depuis() : v.publieLe();
        JeuDeRegles jeu = FichiersStockes.jeu(v);
        List<String> campagnes = v.campagnes() == null || v.campagnes().isBlank() ? List.of()
                : Arrays.stream(v.campagnes().split(",")).toList();
        Instant creeLe = instant(v.creeLe());
        return new VersionDeRegles(v.id(), numero, libelle(numero, creeLe, v.motif()), "sha256:" + v.empreinte(), etat, active,
                campagnes, v.base(), v.auteur(), creeLe, v.motif(), instant(v.soumisLe()), approbateur, instant(publieLe), v.rejet(),
                jeu.fichiers().values().stream().map(Fichier::de).toList(),
                v.origine() == null ? OrigineVersion.ANALYSTE : OrigineVersion.valueOf(v.origine()), jeu);
    }

    private static Instant instant(long epochMilli) {
        return epochMilli == 0 ? null : Instant.ofEpochMilli(epochMilli);
    }
}
