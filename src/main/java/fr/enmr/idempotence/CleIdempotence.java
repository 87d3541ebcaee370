package fr.enmr.idempotence;

import java.util.List;

import fr.enmr.problem.SaisieInvalideException;
import fr.enmr.problem.Violation;

/**
 * The {@code Idempotency-Key} header of a submission (IETF draft "The Idempotency-Key HTTP Header
 * Field"): an opaque text chosen by the client, the same for every retry of one submission.
 */
public record CleIdempotence(String valeur) {

    public static final String ENTETE = "Idempotency-Key";
    /** Set on an answer given again for a retried submission, which created nothing. */
    public static final String REJOUEE = "Idempotent-Replayed";
    public static final String DESCRIPTION = "Clé choisie par le client (1 à 255 caractères, sans caractère de contrôle), la même à chaque "
            + "nouvel essai d'une même soumission : pendant 24 h, la réponse d'origine est rendue de nouveau (en-tête "
            + "Idempotent-Replayed: true) et rien n'est enregistré de plus ; la même clé pour une autre requête : 422.";
    static final int LONGUEUR_MAX = 255;

    /**
     * @return the key, or null when the header is absent (the submission is then not idempotent)
     * @throws SaisieInvalideException naming the header when it is empty, too long or has control characters
     */
    public static CleIdempotence lire(String entete) {
        if (entete == null) {
            return null;
        }
        if (entete.isBlank() || entete.length() > LONGUEUR_MAX || entete.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            throw new SaisieInvalideException(List.of(new Violation(ENTETE,
                    "doit être un texte de 1 à " + LONGUEUR_MAX + " caractères, sans caractère de contrôle")));
        }
        return new CleIdempotence(entete);
    }
}
