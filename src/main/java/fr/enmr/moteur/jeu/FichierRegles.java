package fr.enmr.moteur.jeu;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One file of a rule-set version, by the name analysts know it under: {@code enmr.dmn} (dmn/),
 * {@code constats.drl} (rules/), {@code bases/msp-bretagne-2014.json} (the cases, under cas/).
 */
public record FichierRegles(String nom, TypeFichier type, String contenu) {

    /** Where a DMN model sits among the packaged resources (and in the build's fingerprint). */
    public static final String DOSSIER_DMN = "dmn/";
    /** Where the findings rule unit's DRL sits (the top-level rules/ link points there). */
    public static final String DOSSIER_DRL = "fr/enmr/moteur/constats/";
    /** Where the analysts' cases sit on the classpath. */
    public static final String DOSSIER_CAS = "cas/";

    public FichierRegles {
        Objects.requireNonNull(nom, "nom");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(contenu, "contenu");
    }

    /** A file whose type follows from its name. */
    public static FichierRegles de(String nom, String contenu) {
        TypeFichier type = TypeFichier.deNom(nom);
        if (type == null) {
            throw new IllegalArgumentException("not a rule file name: " + nom);
        }
        return new FichierRegles(nom, type, contenu);
    }

    /** The path under src/main/resources, as the build's checksum names it: {@code dmn/enmr.dmn}. */
    public String cheminRelatif() {
        return switch (type) {
            case DMN -> DOSSIER_DMN + nom;
            case DRL -> DOSSIER_DRL + nom;
            case CAS -> DOSSIER_CAS + nom;
        };
    }

    /** The file's name from its classpath path ({@code dmn/enmr.dmn} → {@code enmr.dmn}). */
    static String nomDepuisChemin(String chemin) {
        for (String dossier : new String[] {DOSSIER_DMN, DOSSIER_DRL, DOSSIER_CAS}) {
            if (chemin.startsWith(dossier)) {
                return chemin.substring(dossier.length());
            }
        }
        throw new IllegalArgumentException("not a rule file path: " + chemin);
    }

    public byte[] octets() {
        return contenu.getBytes(StandardCharsets.UTF_8);
    }

    public String sha256() {
        return Empreintes.hex(Empreintes.sha256(octets()));
    }

    /** Size in bytes (UTF-8). */
    public int taille() {
        return octets().length;
    }
}
