package fr.enmr.dossier;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import fr.enmr.problem.JsonErrors;
import fr.enmr.problem.SaisieInvalideException;
import fr.enmr.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Reads a dossier so that every unreadable field is named at once: Jackson stops at the first one,
 * so each failing node is noted, neutralised (unknown field removed, bad value set to null) and the
 * reading is tried again. Only malformed JSON, which has no fields to name, stops at the first error.
 */
@ApplicationScoped
public class LecteurDossier {

    /** A dossier read from JSON, with what could not be read in it. */
    public record Lecture(Dossier dossier, List<Violation> violations) {
    }

    private static final int ESSAIS_MAX = 200;

    private final ObjectMapper json;

    @Inject
    public LecteurDossier(ObjectMapper json) {
        this.json = json;
    }

    public Lecture lire(String corps) {
        JsonNode arbre;
        try {
            arbre = json.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(corps == null ? "" : corps);
        } catch (JsonProcessingException e) {
            throw new SaisieInvalideException(List.of(JsonErrors.violation(e)));
        }
        if (arbre == null || arbre.isMissingNode() || arbre.isNull()) {
            throw new SaisieInvalideException(List.of(new Violation(JsonErrors.CORPS, "corps de requête JSON obligatoire")));
        }
        List<Violation> violations = new ArrayList<>();
        for (int essai = 0; essai < ESSAIS_MAX; essai++) {
            try {
                return new Lecture(json.treeToValue(arbre, Dossier.class), violations);
            } catch (JsonMappingException e) {
                violations.add(JsonErrors.violation(e));
                if (!neutraliser(arbre, e)) {
                    throw new SaisieInvalideException(violations);
                }
            } catch (JsonProcessingException e) {
                violations.add(JsonErrors.violation(e));
                throw new SaisieInvalideException(violations);
            }
        }
        throw new SaisieInvalideException(violations);
    }

    /** @return false when the failing node cannot be singled out (e.g. the body itself has the wrong type) */
    private static boolean neutraliser(JsonNode arbre, JsonMappingException e) {
        List<JsonMappingException.Reference> chemin = e.getPath();
        if (chemin.isEmpty()) {
            return false;
        }
        JsonNode parent = arbre;
        for (JsonMappingException.Reference r : chemin.subList(0, chemin.size() - 1)) {
            parent = r.getFieldName() != null ? parent.path(r.getFieldName()) : parent.path(r.getIndex());
        }
        JsonMappingException.Reference dernier = chemin.get(chemin.size() - 1);
        if (parent instanceof ObjectNode objet && dernier.getFieldName() != null && objet.has(dernier.getFieldName())) {
            if (e instanceof UnrecognizedPropertyException) {
                objet.remove(dernier.getFieldName());
            } else if (!objet.get(dernier.getFieldName()).isNull()) {
                objet.set(dernier.getFieldName(), NullNode.getInstance());
            } else {
                return false;
            }
            return true;
        }
        if (parent instanceof ArrayNode liste && dernier.getIndex() >= 0 && dernier.getIndex() < liste.size()
                && !liste.get(dernier.getIndex()).isNull()) {
            liste.set(dernier.getIndex(), NullNode.getInstance());
            return true;
        }
        return false;
    }
}
