package fr.enmr.regles.essais;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.enmr.decision.DecisionService;
import fr.enmr.dossier.LecteurDossier;
import fr.enmr.problem.SaisieInvalideException;
import fr.enmr.moteur.MoteurRegles;

/**
 * Judges a dossier in the process with one version's rules, answering what POST /api/decisions would
 * (without id, time and author, since nothing is stored): the decision with status 201, or status 400
 * with the violations when the dossier is refused.
 */
public final class JugeEnProcessus implements Juge {

    private final LecteurDossier lecteur;
    private final ObjectMapper json;
    private final MoteurRegles moteur;

    public JugeEnProcessus(LecteurDossier lecteur, ObjectMapper json, MoteurRegles moteur) {
        this.lecteur = lecteur;
        this.json = json;
        this.moteur = moteur;
    }

    @Override
    public Reponse juger(JsonNode dossierJson) {
        try {
            LecteurDossier.Lecture lecture = lecteur.lire(json.writeValueAsString(dossierJson));
            // through its text, as the endpoint writes it, so that numbers read as a client reads them
            ObjectNode corps = (ObjectNode) json.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .readTree(json.writeValueAsString(DecisionService.decision(moteur, lecture, null)));
            corps.remove("id");
            corps.remove("horodatage");
            corps.remove("auteur");
            return new Reponse(201, corps);
        } catch (SaisieInvalideException e) {
            ObjectNode probleme = json.createObjectNode().put("status", 400);
            probleme.set("violations", json.valueToTree(e.violations()));
            return new Reponse(400, probleme);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree cannot fail to be written", e);
        }
    }
}
