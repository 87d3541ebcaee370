package fr.enmr.decision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.enmr.store.StoredDecision;
import fr.enmr.store.StoredSummary;
import fr.enmr.store.Syntheses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What GET /api/decisions answers beside the decisions (each kept exactly as answered), for people reading the list:
 * {@code structures}, each decision's structure name from its dossier, and {@code remplacees}, the decisions that a
 * newer decision of the same reference and year replaces (read from the summaries the dashboards count).
 */
@ApplicationScoped
public class ReperesListe {

    @Inject
    Syntheses syntheses;

    @Inject
    ObjectMapper json;

    /** The two fields, {@code "structures":{…},"remplacees":[…]}, to write after the page's others. */
    String champs(List<StoredDecision> decisions) {
        Map<String, String> structures = new LinkedHashMap<>();
        List<String> remplacees = new ArrayList<>();
        for (StoredDecision decision : decisions) {
            String nom = nomDeStructure(decision);
            if (nom != null) {
                structures.put(decision.id(), nom);
            }
            if (syntheses.resume(decision.campagne(), decision.annee(), decision.reference())
                    .map(StoredSummary::decisionId).filter(derniere -> !derniere.equals(decision.id())).isPresent()) {
                remplacees.add(decision.id());
            }
        }
        try {
            return "\"structures\":" + json.writeValueAsString(structures) + ",\"remplacees\":" + json.writeValueAsString(remplacees);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("strings and lists of strings are always written", e);
        }
    }

    private String nomDeStructure(StoredDecision decision) {
        try {
            JsonNode nom = json.readTree(decision.dossierJson()).path("structure").path("nom");
            return nom.isTextual() ? nom.asText() : null;
        } catch (JsonProcessingException e) {
            return null; // a dossier stored unreadable shows no name; the decision itself is still listed
        }
    }
}
