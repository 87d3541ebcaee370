package fr.enmr.moteur.compile;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A dossier (records, enums, lists) as KIE's DMN context holds it once Kogito's JSON conversion has read it: records
 * as contexts of their components (compact read-only maps), enums as their names, whole numbers as BigDecimal, dates as they are. Equal, class and
 * scale included, to what {@code DMNJSONUtils.ctx} gives (EntreesFeelTest), without the JSON round trip.
 */
public final class EntreesFeel {

    private static final ClassValue<Lecteurs> LECTEURS = new ClassValue<>() {
        @Override
        protected Lecteurs computeValue(Class<?> classe) {
            return lecteurs(classe);
        }
    };

    /** A record class's component names (the keys of its contexts), and one handle that reads them all into an array. */
    private record Lecteurs(String[] noms, MethodHandle toutLire) {
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
        if (valeur == null) {
            return null;
        }
        // the dossier's usual kinds first, by their exact class (an interface test costs a walk of the class's interfaces)
        Class<?> classe = valeur.getClass();
        if (classe == String.class || classe == Boolean.class || classe == BigDecimal.class || classe == LocalDate.class) {
            return valeur;
        }
        if (classe == Integer.class) {
            return nombre((Integer) valeur);
        }
        if (valeur instanceof BigDecimal || valeur instanceof Temporal) {
            return valeur;
        }
        if (valeur instanceof Long || valeur instanceof Short || valeur instanceof Byte) {
            return nombre(((Number) valeur).longValue());
        }
        if (valeur instanceof Enum<?> constante) {
            return constante.name();
        }
        if (valeur instanceof Record enregistrement) {
            Lecteurs lecteurs = LECTEURS.get(enregistrement.getClass());
            Object[] valeurs;
            try {
                valeurs = (Object[]) lecteurs.toutLire().invokeExact((Object) enregistrement);
            } catch (Throwable e) {
                throw new IllegalStateException("reading the components of " + enregistrement.getClass().getSimpleName(), e);
            }
            for (int i = 0; i < valeurs.length; i++) {
                valeurs[i] = valeur(valeurs[i]);
            }
            return new ContexteFeel(lecteurs.noms(), valeurs);
        }
        if (valeur instanceof ArrayList<?> || valeur instanceof Collection<?>) {
            Collection<?> collection = (Collection<?>) valeur;
            List<Object> liste = new ArrayList<>(collection.size());
            for (Object element : collection) {
                liste.add(valeur(element));
            }
            return liste;
        }
        throw new IllegalArgumentException("no FEEL value for a " + valeur.getClass().getName());
    }

    /** The whole numbers a dossier usually holds (counts, half-days, years), made once: BigDecimal is immutable. */
    private static final BigDecimal[] PETITS_NOMBRES = new BigDecimal[4096];

    static {
        for (int i = 0; i < PETITS_NOMBRES.length; i++) {
            PETITS_NOMBRES[i] = BigDecimal.valueOf(i);
        }
    }

    private static BigDecimal nombre(long entier) {
        return entier >= 0 && entier < PETITS_NOMBRES.length ? PETITS_NOMBRES[(int) entier] : BigDecimal.valueOf(entier);
    }

    private static Lecteurs lecteurs(Class<?> classe) {
        RecordComponent[] composants = classe.getRecordComponents();
        String[] noms = new String[composants.length];
        MethodHandle[] lecteurs = new MethodHandle[composants.length];
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        for (int i = 0; i < composants.length; i++) {
            noms[i] = composants[i].getName();
            try {
                lecteurs[i] = lookup.unreflect(composants[i].getAccessor()).asType(MethodType.methodType(Object.class, classe));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(classe.getName() + " is not readable", e);
            }
        }
        // r -> new Object[] {r.a(), r.b(), …}, typed (Object)Object[]: one exact invocation per record, whose form the
        // JVM compiles with the accessors inside, instead of one invocation per component
        MethodHandle tableau = MethodHandles.identity(Object[].class).asCollector(Object[].class, composants.length);
        MethodHandle lireChacun = MethodHandles.filterArguments(tableau, 0, lecteurs);
        MethodHandle toutLire = MethodHandles.permuteArguments(lireChacun, MethodType.methodType(Object[].class, classe), new int[composants.length]);
        return new Lecteurs(noms, toutLire.asType(MethodType.methodType(Object[].class, Object.class)));
    }
}
