package fr.enmr.moteur.jeu;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The rule files' fingerprint as the build computes it (pom.xml, maven-antrun {@code <checksum totalproperty>}):
 * Ant's Checksum task digests each file, then digests, over the files sorted by relative path, each file's digest
 * bytes followed by its relative path's bytes; the total is written in lower-case hex.
 */
final class Empreintes {

    private Empreintes() {
    }

    static String total(Collection<FichierRegles> fichiers) {
        MessageDigest total = digest();
        List<FichierRegles> tries = fichiers.stream().sorted(Comparator.comparing(FichierRegles::cheminRelatif)).toList();
        for (FichierRegles fichier : tries) {
            total.update(sha256(fichier.octets()));
            // Ant uses the platform charset here: the paths are ASCII, so UTF-8 gives the same bytes
            total.update(fichier.cheminRelatif().getBytes(StandardCharsets.UTF_8));
        }
        return hex(total.digest());
    }

    static byte[] sha256(byte[] octets) {
        return digest().digest(octets);
    }

    static String hex(byte[] octets) {
        return HexFormat.of().formatHex(octets);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
