package fr.enmr.regles.essais;

import com.fasterxml.jackson.databind.JsonNode;

/** Decides one dossier (JSON) with a given version and answers as POST /api/decisions would: status and body. */
@FunctionalInterface
public interface Juge {

    Reponse juger(JsonNode dossier);

    /** @param corps the decision (201), or a problem with its {@code violations} (400) */
    record Reponse(int statut, JsonNode corps) {
    }
}
