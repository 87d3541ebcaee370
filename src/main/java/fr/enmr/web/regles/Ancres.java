package fr.enmr.web.regles;

import java.text.Normalizer;
import java.util.Locale;

/** Anchors of the analysts' page made from names: « Critère TYPE_STRUCTURE » → « critere-type-structure ». */
final class Ancres {

    private Ancres() {
    }

    static String de(String prefixe, String nom) {
        String sansAccents = Normalizer.normalize(nom, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return prefixe + "-" + sansAccents.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
