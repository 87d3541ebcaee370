package fr.enmr.regles.rebase;

import fr.enmr.moteur.dmn.XmlSur;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.xml.parsers.ParserConfigurationException;

import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A DMN file read as a tree of elements that keep where they stand in the text, so that a rebased file is the text of
 * one side with some elements' text taken from the other (the file's own layout kept, not re-serialised). Read with
 * DOCTYPE refused, as {@code CompilateurRegles} does. The elements a rebase merges one by one ({@link #unites()}) are
 * known by their DMN identity: {@code id} for rules, tables, literal expressions, decisions; the variable for a
 * context entry; the name for an item definition and its allowed values.
 */
final class ArbreDmn {

    /** DMN 1.6 (the KIE editor's save) read as 1.5: the same model, whichever of the two a side was saved in. */
    private static final String DMN_16 = "https://www.omg.org/spec/DMN/20240513/";
    private static final String DMN_15 = "https://www.omg.org/spec/DMN/20230324/";
    private static final Set<String> PAR_ID = Set.of("decision", "businessKnowledgeModel", "inputData", "decisionService",
            "decisionTable", "rule", "literalExpression", "context", "invocation", "functionDefinition");
    /** The diagram's layout decides nothing: it never conflicts (the active version's is kept when both moved it). */
    static final String DIAGRAMME = "diagramme";

    /** One element: its name, attributes, children (elements or text) and its span in the text. */
    static final class Noeud {
        final String nom;
        final Map<String, String> attributs = new TreeMap<>();
        final List<Object> enfants = new ArrayList<>();
        final Noeud parent;
        int debut;
        int fin;
        String cle;

        Noeud(String nom, Noeud parent) {
            this.nom = nom;
            this.parent = parent;
        }

        Noeud enfant(String nom) {
            return enfants.stream().filter(e -> e instanceof Noeud n && n.nom.equals(nom)).map(Noeud.class::cast).findFirst().orElse(null);
        }

        /** Its text content, whitespace collapsed. */
        String texte() {
            StringBuilder texte = new StringBuilder();
            enfants.forEach(e -> texte.append(e instanceof Noeud n ? " " + n.texte() + " " : e));
            return TroisVoies.normal(texte.toString());
        }
    }

    final String texte;
    final Noeud racine;
    private final Map<String, Noeud> unites = new LinkedHashMap<>();

    private ArbreDmn(String texte, Noeud racine) {
        this.texte = texte;
        this.racine = racine;
        racine.cle = "";
        unites.put("", racine);
        cles(racine);
    }

    /** @throws IllegalArgumentException when the text is not well-formed XML or declares a DOCTYPE */
    static ArbreDmn lire(String texte) {
        int[] debutsDeLigne = debutsDeLigne(texte);
        Lecteur lecteur = new Lecteur(texte, debutsDeLigne);
        try {
            XmlSur.analyseur().parse(new InputSource(new StringReader(texte)), lecteur);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new IllegalArgumentException("XML illisible : " + e.getMessage(), e);
        }
        return new ArbreDmn(texte, lecteur.racine);
    }

    /** The elements merged one by one, by key (the root's key is ""). */
    Map<String, Noeud> unites() {
        return unites;
    }

    /** Each element's own content: itself with the elements merged on their own as placeholders. */
    Map<String, String> contenus() {
        Map<String, String> contenus = new LinkedHashMap<>();
        unites.forEach((cle, noeud) -> contenus.put(cle, propre(noeud)));
        return contenus;
    }

    private String propre(Noeud noeud) {
        StringBuilder sb = new StringBuilder("<").append(noeud.nom);
        noeud.attributs.forEach((nom, valeur) -> sb.append(' ').append(nom).append("=\"").append(valeur.replace(DMN_16, DMN_15)).append('"'));
        sb.append('>');
        for (Object enfant : noeud.enfants) {
            if (enfant instanceof Noeud n) {
                sb.append(n.cle != null ? "{" + n.cle + "}" : propre(n));
            } else {
                String t = TroisVoies.normal((String) enfant);
                sb.append(t.isEmpty() ? "" : t);
            }
        }
        return sb.append("</").append(noeud.nom).append('>').toString();
    }

    /** Gives a key to each element merged on its own; a key met twice leaves the second inside its parent. */
    private void cles(Noeud noeud) {
        for (Object enfant : noeud.enfants) {
            if (enfant instanceof Noeud n) {
                String cle = cle(n);
                if (cle != null && !unites.containsKey(cle)) {
                    n.cle = cle;
                    unites.put(cle, n);
                }
                cles(n);
            }
        }
    }

    private static String cle(Noeud n) {
        if (PAR_ID.contains(n.nom) && n.attributs.containsKey("id")) {
            return n.nom + "#" + n.attributs.get("id");
        }
        if (n.nom.equals("itemDefinition") && n.attributs.containsKey("name")) {
            return "itemDefinition#" + n.attributs.get("name");
        }
        if (n.nom.equals("allowedValues") && n.parent.cle != null && n.parent.nom.equals("itemDefinition")) {
            return n.parent.cle + "/allowedValues";
        }
        if (n.nom.equals("contextEntry") && n.parent.cle != null) {
            Noeud variable = n.enfant("variable");
            String nom = variable == null ? "résultat" : variable.attributs.getOrDefault("id", variable.attributs.get("name"));
            return nom == null ? null : n.parent.cle + "/contextEntry#" + nom;
        }
        return n.nom.equals("DMNDI") ? DIAGRAMME : null;
    }

    /** The offset of each line's first character; lines end as XML parsers end them (\n, \r\n or \r). */
    private static int[] debutsDeLigne(String texte) {
        List<Integer> debuts = new ArrayList<>(List.of(0));
        for (int i = 0; i < texte.length(); i++) {
            char c = texte.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == texte.length() || texte.charAt(i + 1) != '\n')) {
                debuts.add(i + 1);
            }
        }
        return debuts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Builds the tree; the parser's locator gives where each start tag and each end tag ends. */
    private static final class Lecteur extends DefaultHandler {
        private final String texte;
        private final int[] debutsDeLigne;
        private Locator locator;
        private Noeud courant;
        private Noeud racine;

        Lecteur(String texte, int[] debutsDeLigne) {
            this.texte = texte;
            this.debutsDeLigne = debutsDeLigne;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        private int position() {
            return debutsDeLigne[locator.getLineNumber() - 1] + locator.getColumnNumber() - 1;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            Noeud noeud = new Noeud(localName, courant);
            for (int i = 0; i < attributes.getLength(); i++) {
                if (!attributes.getQName(i).startsWith("xmlns")) {
                    noeud.attributs.put(attributes.getLocalName(i), attributes.getValue(i));
                }
            }
            noeud.debut = texte.lastIndexOf('<', position() - 1); // no '<' inside a start tag: attribute values escape it
            if (courant == null) {
                racine = noeud;
            } else {
                courant.enfants.add(noeud);
            }
            courant = noeud;
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            courant.fin = position();
            courant = courant.parent;
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (courant != null) { // a text may come in several pieces: kept as one
                int dernier = courant.enfants.size() - 1;
                if (dernier >= 0 && courant.enfants.get(dernier) instanceof String debut) {
                    courant.enfants.set(dernier, debut + new String(ch, start, length));
                } else {
                    courant.enfants.add(new String(ch, start, length));
                }
            }
        }
    }
}
