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

    /** Each decision's structure name by decision id, and the ids of the decisions a newer one replaces. */
    record Reperes(Map<String, String> structures, List<String> remplacees) {
    }

    Reperes de(List<StoredDecision> decisions) {
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
        return new Reperes(structures, remplacees);
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
