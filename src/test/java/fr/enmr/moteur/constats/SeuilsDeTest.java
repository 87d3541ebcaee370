package fr.enmr.moteur.constats;

import fr.enmr.moteur.dmn.ModeleEnmr;

/** The thresholds the findings tests run with: the packaged model's « Seuils des constats », as a decision passes them. */
final class SeuilsDeTest {

    private SeuilsDeTest() {
    }

    static SeuilsConstats livres() {
        return Livres.SEUILS;
    }

    private static final class Livres { // read once, when first needed
        static final SeuilsConstats SEUILS = SeuilsConstats.lire(new ModeleEnmr(false).parametre(SeuilsConstats.DECISION));
    }
}
