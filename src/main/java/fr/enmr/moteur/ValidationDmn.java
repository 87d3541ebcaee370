package fr.enmr.moteur;

import fr.enmr.moteur.dmn.XmlSur;
import java.io.StringReader;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


import org.kie.api.builder.Message;
import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.api.core.DMNMessageType;
import org.kie.dmn.core.compiler.profiles.ExtendedDMNProfile;
import org.kie.dmn.model.api.DMNModelInstrumentedBase;
import org.kie.dmn.model.api.DecisionRule;
import org.kie.dmn.model.api.DecisionTable;
import org.kie.dmn.model.api.Definitions;
import org.kie.dmn.model.api.NamedElement;
import org.kie.dmn.validation.DMNValidator;
import org.kie.dmn.validation.DMNValidatorFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import fr.enmr.problem.Probleme;
import fr.enmr.moteur.jeu.FichierRegles;

/**
 * Checks a DMN file of a draft as the build does (Kogito's validation: schema, model, decision-table analysis), after
 * refusing what must never reach an XML parser that resolves entities, and after bringing a model saved in DMN 1.6
 * (the KIE DMN editor's namespaces) back to DMN 1.5, which KIE 10.1 reads. A gap, overlap, masked or subsumed rule
 * in a decision table is an error here, as the test suite makes it for the packaged model.
 */
final class ValidationDmn {

    static final String DMN_16 = "https://www.omg.org/spec/DMN/20240513/";
    static final String DMN_15 = "https://www.omg.org/spec/DMN/20230324/";
    private static final Pattern REGLE = Pattern.compile("(?i)rules?:? ?\\[?(\\d+)");

    private ValidationDmn() {
    }

    /** The text KIE should read: DMN 1.6 MODEL and FEEL namespaces brought back to DMN 1.5, nothing else. */
    static String versDmn15(String texte) {
        return texte.replace(DMN_16 + "MODEL/", DMN_15 + "MODEL/").replace(DMN_16 + "FEEL/", DMN_15 + "FEEL/");
    }

    /** Whether the file is safe, well-formed XML whose root is a DMN {@code definitions}; adds why not to the errors. */
    static boolean lisible(FichierRegles dmn, List<ErreurRegles> erreurs) {
        try {
            Racine racine = new Racine();
            XmlSur.analyseur().parse(new InputSource(new StringReader(dmn.contenu())), racine);
            if (!"definitions".equals(racine.nom) || racine.espace == null || !racine.espace.startsWith("https://www.omg.org/spec/DMN/")
                    && !racine.espace.startsWith("http://www.omg.org/spec/DMN/")) {
                erreurs.add(new ErreurRegles(dmn.nom(), null, null,
                        "ce fichier n'est pas un modèle DMN (élément racine « definitions » de l'espace de noms DMN attendu)",
                        "root element: " + racine.espace + " " + racine.nom));
                return false;
            }
            return true;
        } catch (SAXParseException e) {
            boolean doctype = e.getMessage() != null && e.getMessage().contains("DOCTYPE");
            erreurs.add(new ErreurRegles(dmn.nom(), null, e.getLineNumber() > 0 ? e.getLineNumber() : null,
                    doctype ? "déclaration DOCTYPE refusée : un modèle DMN n'en a pas besoin, et ses entités pourraient lire des fichiers du serveur (XXE)"
                            : "ce fichier n'est pas du XML bien formé",
                    Probleme.sansNomDeClasse(e.getMessage())));
            return false;
        } catch (SAXException | java.io.IOException | javax.xml.parsers.ParserConfigurationException e) {
            erreurs.add(new ErreurRegles(dmn.nom(), null, null, "ce fichier n'est pas du XML lisible", Probleme.sansNomDeClasse(e.getMessage())));
            return false;
        }
    }

    /** KIE's validation of these DMN texts (already brought back to DMN 1.5), as errors and warnings by file. */
    static void valider(List<FichierRegles> dmn, List<ErreurRegles> erreurs, List<ErreurRegles> avertissements) {
        DMNValidator validator = DMNValidatorFactory.newValidator(List.of(new ExtendedDMNProfile()));
        try {
            for (FichierRegles fichier : dmn) {
                boolean dmn16 = fichier.contenu().contains(DMN_16);
                List<DMNMessage> messages = validator.validateUsing(DMNValidator.Validation.VALIDATE_SCHEMA,
                        DMNValidator.Validation.VALIDATE_MODEL, DMNValidator.Validation.ANALYZE_DECISION_TABLE)
                        .theseModels(new StringReader(versDmn15(fichier.contenu())));
                for (DMNMessage message : messages) {
                    ErreurRegles erreur = erreur(fichier, message, dmn16);
                    if (message.getLevel() == Message.Level.ERROR || analyseBloquante(message)) {
                        erreurs.add(erreur);
                    } else if (message.getLevel() == Message.Level.WARNING) {
                        avertissements.add(erreur);
                    }
                }
            }
        } finally {
            validator.dispose();
        }
    }

    /** KIE reports gaps, masked and subsumed rules as warnings, which Kogito lets through: refused here as in the build's tests. */
    private static boolean analyseBloquante(DMNMessage message) {
        return switch (message.getMessageType()) {
            case DECISION_TABLE_GAP, DECISION_TABLE_OVERLAP, DECISION_TABLE_OVERLAP_HITPOLICY_UNIQUE, DECISION_TABLE_OVERLAP_HITPOLICY_ANY,
                    DECISION_TABLE_MASKED_RULE, DECISION_TABLE_SUBSUMPTION_RULE -> true;
            default -> message.getText() != null && message.getText().matches("(?s).*(Gap|Mask|mask|Subsum|subsum|Overlap).*");
        };
    }

    private static ErreurRegles erreur(FichierRegles fichier, DMNMessage message, boolean dmn16) {
        String texte = Probleme.sansNomDeClasse(message.getText());
        return new ErreurRegles(fichier.nom(), element(message), ligne(message, texte), cause(message, dmn16), texte);
    }

    private static String cause(DMNMessage message, boolean dmn16) {
        DMNMessageType type = message.getMessageType();
        if (type == DMNMessageType.FAILED_XML_VALIDATION) {
            return dmn16 ? "construction propre à DMN 1.6, que le moteur du service (KIE 10.1, DMN 1.5 au plus) ne connaît pas : "
                    + "le modèle ne respecte pas le schéma DMN 1.5"
                    : "le modèle ne respecte pas le schéma DMN 1.5";
        }
        String texte = message.getText() == null ? "" : message.getText();
        return switch (type) {
            case DECISION_TABLE_GAP -> "lacune dans la table de décision : des valeurs d'entrée ne sont couvertes par aucune règle";
            case DECISION_TABLE_OVERLAP, DECISION_TABLE_OVERLAP_HITPOLICY_UNIQUE, DECISION_TABLE_OVERLAP_HITPOLICY_ANY ->
                    "chevauchement dans la table de décision : plusieurs règles s'appliquent aux mêmes valeurs d'entrée";
            case DECISION_TABLE_MASKED_RULE -> "règle masquée : une règle précédente s'applique toujours à sa place";
            case DECISION_TABLE_SUBSUMPTION_RULE -> "règle incluse dans une autre (subsumée) : elle est superflue";
            case ERR_COMPILING_FEEL, INVALID_SYNTAX -> "expression FEEL invalide";
            case REQ_NOT_FOUND, DECISION_NOT_FOUND, IMPORT_NOT_FOUND -> "une dépendance de cet élément est introuvable";
            case TYPE_REF_NOT_FOUND, TYPE_DEF_NOT_FOUND, MISSING_TYPE_REF, TYPEREF_MISMATCH -> "type inconnu ou incohérent";
            case DUPLICATE_NAME, DUPLICATED_ITEM_DEF, DUPLICATED_PARAM -> "nom en double dans le modèle";
            case MISSING_NAME, INVALID_NAME, VARIABLE_NAME_MISMATCH -> "nom absent ou invalide";
            case MISSING_EXPRESSION -> "élément sans expression";
            default -> texte.matches("(?s).*(Gap).*") ? "lacune dans la table de décision"
                    : texte.matches("(?s).*(Overlap).*") ? "chevauchement dans la table de décision"
                    : texte.matches("(?s).*([Mm]ask).*") ? "règle masquée dans la table de décision"
                    : "le modèle DMN est invalide";
        };
    }

    /** The decision (or other named element) the message is about: KIE names a table's rules only by id. */
    private static String element(DMNMessage message) {
        Object source = message.getSourceReference();
        while (source instanceof DMNModelInstrumentedBase element && !(element instanceof Definitions)) {
            if (element instanceof NamedElement nomme && nomme.getName() != null) {
                return nomme.getName();
            }
            source = element.getParent();
        }
        return null;
    }

    /** The decision table's row: the rule the message points at, else the first rule number in KIE's text. */
    private static Integer ligne(DMNMessage message, String texte) {
        Object source = message.getSourceReference();
        if (source instanceof DecisionRule regle && regle.getParent() instanceof DecisionTable table) {
            int index = table.getRule().indexOf(regle);
            if (index >= 0) {
                return index + 1;
            }
        }
        if (texte != null && message.getMessageType().name().startsWith("DECISION_TABLE")) {
            Matcher m = REGLE.matcher(texte);
            if (m.find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        return null;
    }

    /** Remembers the root element's name and namespace. */
    private static final class Racine extends DefaultHandler {
        String nom;
        String espace;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (nom == null) {
                nom = localName;
                espace = uri;
            }
        }
    }
}
