package fr.enmr.decision;

import fr.enmr.moteur.Critere;
import fr.enmr.moteur.Module1;
import fr.enmr.moteur.Module2;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.enmr.moteur.constats.Constat;
import fr.enmr.moteur.compile.LigneDeTable;

/**
 * The answer of POST /api/decisions (decision-api.md), as stored for audit. {@code version} is the id of the rule-set
 * version that made it (rules-api.md); decisions stored before versions existed have none (their {@code versionRegles}
 * fingerprint names the packaged version). {@code moteur} is the engine that decided it: {@code compile} (the DMN model
 * compiled to Java) or {@code KIE} (the interpreter); absent from decisions made before the compiled model.
 * {@code lignesRetenues} is the row each decision table selected when it was made (the rules' trace shows them); absent
 * from decisions made before it was recorded.
 */
public record Decision(
        String id,
        String reference,
        String campagne,
        int annee,
        String versionRegles,
        String version,
        Instant horodatage,
        boolean eligible,
        List<Critere> criteres,
        Module1 module1,
        Module2 module2,
        BigDecimal total,
        List<Constat> constats,
        Auteur auteur,
        String moteur,
        List<LigneDeTable> lignesRetenues) {

    /** A decision read back from the JSON it was stored as (StoredDecision.decisionJson). */
    public static Decision depuisJson(ObjectMapper json, String decisionJson) {
        try {
            return json.readValue(decisionJson, Decision.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored decision cannot be read back", e);
        }
    }
}
