package fr.enmr.moteur.jeu;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;


/**
 * The files of one rule-set version: DMN models, the findings DRL and the analysts' cases, by name. Immutable.
 * Its fingerprint covers the DMN and DRL files only, exactly as the build's {@code versionRegles} does.
 */
public final class JeuDeRegles {

    private final SortedMap<String, FichierRegles> fichiers;

    public JeuDeRegles(Collection<FichierRegles> fichiers) {
        TreeMap<String, FichierRegles> parNom = new TreeMap<>();
        for (FichierRegles fichier : fichiers) {
            if (parNom.put(fichier.nom(), fichier) != null) {
                throw new IllegalArgumentException("two files named " + fichier.nom());
            }
        }
        this.fichiers = Collections.unmodifiableSortedMap(parNom);
    }

    /** The files the service was packaged with (regles-version.properties: {@code fichiers}, and {@code cas} when present). */
    public static JeuDeRegles livre() {
        VersionRegles version = new VersionRegles();
        List<FichierRegles> fichiers = new ArrayList<>();
        for (String chemin : version.fichiers()) {
            fichiers.add(FichierRegles.de(FichierRegles.nomDepuisChemin(chemin), lire(chemin)));
        }
        for (String chemin : version.cas()) {
            fichiers.add(new FichierRegles(FichierRegles.nomDepuisChemin(chemin), TypeFichier.CAS, lire(chemin)));
        }
        return new JeuDeRegles(fichiers);
    }

    /** The fingerprint of rule files read from the application's classpath (e.g. {@code dmn/enmr.dmn}), as {@link #empreinte()}. */
    public static String empreinteDesRessources(List<String> chemins) {
        return new JeuDeRegles(chemins.stream().map(c -> FichierRegles.de(FichierRegles.nomDepuisChemin(c), lire(c))).toList()).empreinte();
    }

    /** Every file, by name. */
    public Map<String, FichierRegles> fichiers() {
        return fichiers;
    }

    public Optional<FichierRegles> fichier(String nom) {
        return Optional.ofNullable(fichiers.get(nom));
    }

    public List<FichierRegles> deType(TypeFichier type) {
        return fichiers.values().stream().filter(f -> f.type() == type).toList();
    }

    /** This set with these files replaced or added. */
    public JeuDeRegles avec(Collection<FichierRegles> remplacants) {
        TreeMap<String, FichierRegles> parNom = new TreeMap<>(fichiers);
        remplacants.forEach(f -> parNom.put(f.nom(), f));
        return new JeuDeRegles(parNom.values());
    }

    /** The hex SHA-256 of the DMN and DRL files, as regles-version.properties {@code sha256} (no {@code sha256:} prefix). */
    public String empreinte() {
        return Empreintes.total(fichiers.values().stream().filter(f -> f.type() != TypeFichier.CAS).toList());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JeuDeRegles autre && autre.fichiers.equals(fichiers);
    }

    @Override
    public int hashCode() {
        return fichiers.hashCode();
    }

    @Override
    public String toString() {
        return "JeuDeRegles" + fichiers.keySet();
    }

    private static String lire(String chemin) {
        try (InputStream in = JeuDeRegles.class.getResourceAsStream("/" + chemin)) {
            if (in == null) {
                throw new IllegalStateException("rule file " + chemin + " is not in the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
