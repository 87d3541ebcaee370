package fr.enmr.moteur;

/** One criterion of the rules with its outcome and the French explanation naming the values it used. */
public record Critere(String code, boolean satisfait, String explication) {
}
