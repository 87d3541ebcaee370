package fr.enmr.problem;

import java.util.regex.Pattern;

/**
 * The contract's identifiers (decision-api.md): a dossier's {@code reference}, an indicator's {@code code}, a programme's
 * {@code identifiant}, a scenario candidate's reference; one pattern and one message wherever one is checked or searched.
 */
public final class Identifiants {

    public static final String REGEX = "[A-Za-z0-9._-]{1,64}";
    public static final String MESSAGE = "doit compter de 1 à 64 caractères parmi A-Z, a-z, 0-9, « . », « _ » et « - »";
    private static final Pattern MOTIF = Pattern.compile(REGEX);

    private Identifiants() {
    }

    /** @return whether this text is such an identifier (false for null) */
    public static boolean valide(String valeur) {
        return valeur != null && MOTIF.matcher(valeur).matches();
    }
}
