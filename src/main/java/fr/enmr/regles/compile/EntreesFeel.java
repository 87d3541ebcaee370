package fr.enmr.regles.compile;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A dossier (records, enums, lists) as KIE's DMN context holds it once Kogito's JSON conversion has read it: records
 * as contexts of their components (compact read-only maps), enums as their names, whole numbers as BigDecimal, dates as they are. Equal, class and
 * scale included, to what {@code DMNJSONUtils.ctx} gives (EntreesFeelTest), without the JSON round trip.
 */
public final class EntreesFeel {

    private static final Map<Class<?>, Lecteurs> LECTEURS = new ConcurrentHashMap<>();

    /** A record class's component names (the keys of its contexts) and accessors. */
    private record Lecteurs(String[] noms, MethodHandle[] lecteurs) {
    }

    private EntreesFeel() {
    }

    /** A record's components as FEEL inputs, by name. */
    public static Map<String, Object> depuis(Record dossier) {
        @SuppressWarnings("unchecked")
        Map<String, Object> entrees = (Map<String, Object>) valeur(dossier);
        return entrees;
    }

    private static Object valeur(Object valeur) {
        if (valeur == null || valeur instanceof String || valeur instanceof Boolean || valeur instanceof BigDecimal
                || valeur instanceof Temporal) {
            return valeur;
        }
        if (valeur instanceof Integer || valeur instanceof Long || valeur instanceof Short || valeur instanceof Byte) {
            return BigDecimal.valueOf(((Number) valeur).longValue());
        }
        if (valeur instanceof Enum<?> constante) {
            return constante.name();
        }
        if (valeur instanceof Record enregistrement) {
            Lecteurs lecteurs = LECTEURS.computeIfAbsent(enregistrement.getClass(), EntreesFeel::lecteurs);
            Object[] valeurs = new Object[lecteurs.noms().length];
            for (int i = 0; i < valeurs.length; i++) {
                try {
                    valeurs[i] = valeur(lecteurs.lecteurs()[i].invoke(enregistrement));
                } catch (Throwable e) {
                    throw new IllegalStateException("reading " + lecteurs.noms()[i] + " of " + enregistrement.getClass().getSimpleName(), e);
                }
            }
            return new ContexteFeel(lecteurs.noms(), valeurs);
        }
        if (valeur instanceof Collection<?> collection) {
            List<Object> liste = new ArrayList<>(collection.size());
            for (Object element : collection) {
                liste.add(valeur(element));
            }
            return liste;
        }
        throw new IllegalArgumentException("no FEEL value for a " + valeur.getClass().getName());
    }

    private static Lecteurs lecteurs(Class<?> classe) {
        RecordComponent[] composants = classe.getRecordComponents();
        String[] noms = new String[composants.length];
        MethodHandle[] lecteurs = new MethodHandle[composants.length];
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        for (int i = 0; i < composants.length; i++) {
            noms[i] = composants[i].getName();
            try {
                lecteurs[i] = lookup.unreflect(composants[i].getAccessor());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(classe.getName() + " is not readable", e);
            }
        }
        return new Lecteurs(noms, lecteurs);
    }
}
