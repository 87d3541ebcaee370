package fr.enmr.moteur.compile;

import static fr.enmr.moteur.compile.ResultatsKie.resultat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.kie.dmn.feel.runtime.functions.StringFunction;
import org.kie.dmn.feel.runtime.functions.StringJoinFunction;

/**
 * FEEL's {@code string} and {@code string join}. Fast paths: the argument kinds this service's models meet, giving
 * KIE's text; any other kind, and every error, goes to KIE's class.
 */
final class FeelTextes {

    private FeelTextes() {
    }

    static Object stringJoin(Object liste, Object separateur) {
        List<?> l = FeelValeurs.enListe(liste);
        if (l == null || !(separateur == null || separateur instanceof String)) {
            throw new ErreurFeel("string join on " + liste);
        }
        if (l.isEmpty()) {
            return "";
        }
        String entre = separateur == null ? "" : (String) separateur; // KIE: no separator joins without one
        int longueur = 0;
        for (Object element : l) {
            longueur += element instanceof String s ? s.length() + entre.length() : 0;
        }
        StringBuilder texte = new StringBuilder(longueur);
        boolean premier = true;
        for (Object element : l) {
            if (element == null) {
                continue;
            }
            if (!(element instanceof String s)) {
                return resultat(StringJoinFunction.INSTANCE.invoke(l, (String) separateur));
            }
            if (!premier) {
                texte.append(entre);
            }
            texte.append(s);
            premier = false;
        }
        return texte.toString();
    }

    static Object string(Object valeur) {
        if (valeur == null || valeur instanceof String) {
            return valeur;
        }
        if (valeur instanceof BigDecimal || valeur instanceof Boolean) {
            return valeur.toString();
        }
        if (valeur instanceof LocalDate date && date.getYear() >= 0 && date.getYear() <= 9999) {
            return date.toString(); // KIE's FEEL_DATE (yyyy-MM-dd, the year on 4 digits) for these years
        }
        return resultat(StringFunction.INSTANCE.invoke(valeur));
    }
}
