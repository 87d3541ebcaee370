package fr.enmr.moteur.compile.generateur;

import static fr.enmr.moteur.compile.generateur.TexteJava.commentaire;
import static fr.enmr.moteur.compile.generateur.TexteJava.normaliser;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kie.dmn.model.api.BusinessKnowledgeModel;
import org.kie.dmn.model.api.DRGElement;
import org.kie.dmn.model.api.Definitions;
import org.kie.dmn.model.api.InformationItem;
import org.kie.dmn.model.api.ItemDefinition;

/**
 * The generated class while its parts are translated: number constants, context keys and methods, kept in the order
 * they are first met (the source is written in that order, so the same DMN always gives the same source), and what
 * every translator asks of the model (which types are lists, which names are business knowledge models).
 */
final class ClasseEnCours {

    final Definitions definitions;
    final Map<BigDecimal, String> constantes = new LinkedHashMap<>();
    final Map<List<String>, String> clesDeContextes = new LinkedHashMap<>();
    final List<String> methodes = new ArrayList<>();
    private final Map<String, Boolean> typesListe = new HashMap<>();
    private final Map<String, String> methodesBkm = new HashMap<>();
    private int compteur;

    ClasseEnCours(Definitions definitions) {
        this.definitions = definitions;
        for (ItemDefinition type : definitions.getItemDefinition()) {
            typesListe.put(type.getName(), type.isIsCollection());
        }
    }

    /** A number not used yet in this class, for the name of a generated method or local. */
    int numero() {
        return compteur++;
    }

    /** Names the Java method of a business knowledge model, before any is translated (they may call each other). */
    void declarerBkm(BusinessKnowledgeModel bkm) {
        methodesBkm.put(normaliser(bkm.getName()), "bkm" + methodesBkm.size());
    }

    boolean estBkm(String nom) {
        return methodesBkm.containsKey(nom);
    }

    String methodeBkm(String nom) {
        return methodesBkm.get(nom);
    }

    /** The business knowledge model of that (normalised) name. */
    BusinessKnowledgeModel bkm(String nom) {
        for (DRGElement element : definitions.getDrgElement()) {
            if (element instanceof BusinessKnowledgeModel bkm && normaliser(bkm.getName()).equals(nom)) {
                return bkm;
            }
        }
        throw new IllegalStateException("no business knowledge model " + nom);
    }

    /**
     * A method of the generated class for a context or a table, taking the values array and the locals in scope,
     * and the call to it.
     */
    String methodeLocale(String commentaire, String methode, List<String> locales, String corps, String v) {
        methodes.add("    /** " + commentaire(commentaire) + " */\n    private static Object " + methode + "(Object[] v"
                + locales.stream().map(l -> ", Object " + l).reduce("", String::concat) + ") {\n" + corps + "    }\n");
        return methode + "(" + v + locales.stream().map(l -> ", " + l).reduce("", String::concat) + ")";
    }

    /** A context value: its keys as a constant of the generated class, its values in order. */
    String contexteJava(List<String> cles, List<String> valeurs) {
        String nom = clesDeContextes.computeIfAbsent(List.copyOf(cles), c -> "K" + clesDeContextes.size());
        return "Feel.contexte(" + nom + (valeurs.isEmpty() ? "" : ", " + String.join(", ", valeurs)) + ")";
    }

    /** A number as a constant of the generated class (parsed once, shared by every evaluation). */
    String constante(BigDecimal valeur) {
        return constantes.computeIfAbsent(valeur, v -> "N" + constantes.size());
    }

    /** KIE's coercion of a value to its variable's type: a one-element list is its element unless the type is a list. */
    String coercion(String valeur, InformationItem variable) {
        return liste(variable.getTypeRef() == null ? null : variable.getTypeRef().getLocalPart()) ? valeur : "Feel.unique(" + valeur + ")";
    }

    private boolean liste(String type) {
        return type != null && typesListe.getOrDefault(type, false);
    }
}
