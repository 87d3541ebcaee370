package fr.enmr.securite;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;

/**
 * Checks passwords against the users file's bcrypt hashes. bcrypt is slow by design and HTTP Basic sends the
 * password with every request, so a password once verified is remembered as a SHA-256 digest; and the concurrent
 * first requests of one account (a page loading its scripts and data at once) wait for a single bcrypt
 * instead of each computing it.
 */
final class MotsDePasseVerifies {

    private final BiPredicate<String, String> bcrypt;
    private final Map<String, String> verifies = new ConcurrentHashMap<>();
    private final Map<String, Object> verrous = new ConcurrentHashMap<>();

    /** @param bcrypt (password, hash) → whether they match */
    MotsDePasseVerifies(BiPredicate<String, String> bcrypt) {
        this.bcrypt = bcrypt;
    }

    boolean verifier(CompteUtilisateur compte, String motDePasse) {
        String empreinte = sha256(compte.empreinte() + '\0' + motDePasse);
        if (empreinte.equals(verifies.get(compte.identifiant()))) {
            return true;
        }
        synchronized (verrous.computeIfAbsent(compte.identifiant(), id -> new Object())) {
            if (empreinte.equals(verifies.get(compte.identifiant()))) {
                return true; // verified by the request this one waited for
            }
            if (bcrypt.test(motDePasse, compte.empreinte())) {
                verifies.put(compte.identifiant(), empreinte);
                return true;
            }
            return false;
        }
    }

    private static String sha256(String texte) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(texte.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
