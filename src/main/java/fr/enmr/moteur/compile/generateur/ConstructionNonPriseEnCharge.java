package fr.enmr.moteur.compile.generateur;

/**
 * The DMN model uses something {@link GenerateurJava} does not translate: the model is then decided by KIE alone,
 * never by an approximation. The message names the DMN element and the construct, for the build log and the analyst.
 */
public class ConstructionNonPriseEnCharge extends Exception {

    public ConstructionNonPriseEnCharge(String message) {
        super(message);
    }
}
