package fr.enmr.moteur.compile;

import static fr.enmr.moteur.compile.ResultatsKie.resultat;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;

import org.kie.dmn.feel.runtime.functions.DateFunction;

/** FEEL's {@code date}: from year, month and day directly; from a text or a temporal by KIE's class. */
final class FeelDates {

    private FeelDates() {
    }

    static Object date(Object annee, Object mois, Object jour) {
        if (!(annee instanceof Number a) || !(mois instanceof Number m) || !(jour instanceof Number j)) {
            throw new ErreurFeel("date(" + annee + ", " + mois + ", " + jour + ")");
        }
        try {
            return LocalDate.of(a.intValue(), m.intValue(), j.intValue());
        } catch (DateTimeException horsCalendrier) { // KIE's error, from KIE's class
            return resultat(DateFunction.INSTANCE.invoke(a, m, j));
        }
    }

    static Object date(Object valeur) {
        if (valeur instanceof String texte) {
            return resultat(DateFunction.INSTANCE.invoke(texte));
        }
        if (valeur instanceof TemporalAccessor temps) {
            return resultat(DateFunction.INSTANCE.invoke(temps));
        }
        throw new ErreurFeel("date(" + valeur + ")");
    }
}
