package fr.enmr.moteur.compile;

/**
 * Something the compiled model does not decide the way KIE would be sure to: a FEEL error (a function refusing its
 * arguments, a path on a value that is not a context…). The caller then decides the dossier with KIE, which gives
 * the reference answer (errors included), so the compiled path never approximates.
 */
public class ErreurFeel extends RuntimeException {

    public ErreurFeel(String message) {
        super(message, null, false, false); // thrown on a fallback path: no stack trace to fill
    }
}
