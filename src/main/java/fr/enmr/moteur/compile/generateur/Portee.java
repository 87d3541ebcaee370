package fr.enmr.moteur.compile.generateur;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The FEEL names visible where an expression is written, mapped to their Java expressions ({@code null}: a
 * business knowledge model, called by name). Inside a list filter, {@code element} is the Java name of the element
 * being tested: a name is then the element's entry first (KIE's frame with the element as root object).
 */
final class Portee {
    final Portee parent;
    final String element;
    final Map<String, String> noms = new LinkedHashMap<>();

    Portee(Portee parent, String element) {
        this.parent = parent;
        this.element = element;
    }

    String resoudre(String nom) {
        if (noms.containsKey(nom) && noms.get(nom) != null) {
            return noms.get(nom);
        }
        if (element != null) {
            if (nom.equals("item")) {
                return element;
            }
            String autour = parent.resoudre(nom);
            return "Feel.nomDansFiltre(" + element + ", " + TexteJava.litteral(nom) + ", " + (autour == null ? "Feel.ABSENT" : autour) + ")";
        }
        return parent == null ? null : parent.resoudre(nom);
    }

    boolean connait(String nom) {
        return noms.containsKey(nom) || parent != null && parent.connait(nom);
    }

    Set<String> tousLesNoms() {
        Set<String> tous = parent == null ? new LinkedHashSet<>() : parent.tousLesNoms();
        tous.addAll(noms.keySet());
        if (element != null) {
            tous.add("item");
        }
        return tous;
    }

    /** The Java locals visible here (parameters, context entries, filter elements, iteration variables), outermost first. */
    List<String> locales() {
        List<String> locales = parent == null ? new ArrayList<>() : parent.locales();
        for (String java : noms.values()) {
            if (java != null && !java.startsWith("v[") && !locales.contains(java)) {
                locales.add(java);
            }
        }
        if (element != null && !locales.contains(element)) {
            locales.add(element);
        }
        return locales;
    }
}
