package fr.enmr.problem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** Turns a Jackson reading error into the violation an ARS agent can act on: which field, what was expected. */
public final class JsonErrors {

    public static final String CORPS = "corps";

    private JsonErrors() {
    }

    public static Violation violation(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping) {
            String field = path(mapping.getPath());
            return new Violation(field.isEmpty() ? CORPS : field, mappingMessage(mapping));
        }
        String field = e.getProcessor() instanceof JsonParser parser ? path(parser.getParsingContext()) : "";
        return new Violation(field.isEmpty() ? CORPS : field, parseMessage(e));
    }

    private static String mappingMessage(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "champ inconnu du contrat";
        }
        if (e instanceof InvalidFormatException invalid) {
            return "valeur « " + invalid.getValue() + " » invalide : " + expected(invalid.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "type invalide : " + expected(mismatch.getTargetType());
        }
        return "valeur invalide";
    }

    private static String parseMessage(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (original.startsWith("Duplicate field")) {
            return "champ en double dans l'objet JSON";
        }
        if (original.contains("nesting depth")) {
            return "imbrication JSON trop profonde";
        }
        if (original.contains("Number value length") || original.contains("String value length")) {
            return "valeur trop longue";
        }
        if (original.contains("out of range")) {
            return "nombre hors des limites admises";
        }
        JsonLocation where = e.getLocation();
        return "JSON mal formé" + (where == null ? "" : " (ligne " + where.getLineNr() + ", colonne " + where.getColumnNr() + ")");
    }

    static String expected(Class<?> type) {
        if (type == null) {
            return "valeur attendue d'un autre type";
        }
        if (type.isEnum()) {
            return "valeurs admises : " + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "nombre entier attendu";
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class) {
            return "nombre attendu";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "booléen attendu (true ou false)";
        }
        if (type == String.class) {
            return "texte attendu";
        }
        if (type == LocalDate.class) {
            return "date attendue au format AAAA-MM-JJ";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "liste attendue";
        }
        return "objet JSON attendu";
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String path(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.getCurrentName() != null) {
                parts.push("." + c.getCurrentName());
            }
        }
        String joined = String.join("", parts);
        return joined.startsWith(".") ? joined.substring(1) : joined;
    }
}
