package fr.enmr.securite;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;


/** Reads config/utilisateurs.properties (or its copy in the jar) into accounts, refusing an incoherent file. */
final class FichierUtilisateurs {

    private static final Set<String> ROLES = Set.of(Roles.ARS, Roles.MINISTERE, Roles.ANALYSTE, Roles.ADMIN);

    private FichierUtilisateurs() {
    }

    static Map<String, CompteUtilisateur> lire(String chemin) {
        Properties proprietes = new Properties();
        Path fichier = Path.of(chemin);
        try (InputStream in = Files.exists(fichier) ? Files.newInputStream(fichier)
                : FichierUtilisateurs.class.getResourceAsStream("/securite/" + fichier.getFileName())) {
            if (in == null) {
                throw new IllegalStateException("users file " + chemin + " not found");
            }
            try (Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
                proprietes.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, CompteUtilisateur> comptes = new HashMap<>();
        for (String cle : proprietes.stringPropertyNames()) {
            if (!cle.endsWith(".mot-de-passe")) {
                continue;
            }
            String id = cle.substring(0, cle.length() - ".mot-de-passe".length());
            Set<String> roles = Arrays.stream(proprietes.getProperty(id + ".roles", "").split(","))
                    .map(String::trim).filter(r -> !r.isEmpty()).collect(Collectors.toUnmodifiableSet());
            if (!ROLES.containsAll(roles) || roles.isEmpty()) {
                throw new IllegalStateException("user " + id + ": roles must be among " + ROLES + ", got " + roles);
            }
            String region = proprietes.getProperty(id + ".region");
            // a region code, checked for its form only: the codes belong to the rule versions, and an agent of a region
            // the version in force dropped keeps reading its decisions (rules-api.md « Vocabulary belongs to the version »)
            if (roles.contains(Roles.ARS) && (region == null || !region.matches("[A-Z0-9_]{1,64}"))) {
                throw new IllegalStateException("user " + id + ": an ARS agent needs a region code (A-Z, 0-9, _), got " + region);
            }
            comptes.put(id, new CompteUtilisateur(id, proprietes.getProperty(cle), roles, region));
        }
        return comptes;
    }
}
