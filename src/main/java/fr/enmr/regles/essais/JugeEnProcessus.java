package fr.enmr.regles.essais;

import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.enmr.decision.Decision;
import fr.enmr.decision.Verdict;
import fr.enmr.dossier.Campagne;
import fr.enmr.dossier.Dossier;
import fr.enmr.dossier.LecteurDossier;
import fr.enmr.problem.SaisieInvalideException;

/**
 * Judges a dossier in the process with one version's rules, answering what POST /api/decisions would
 * (without id, time and author, since nothing is stored): the decision with status 201, or status 400
 * with the violations when the dossier is refused.
 */
public final class JugeEnProcessus implements Juge {

    private final LecteurDossier lecteur;
    private final ObjectMapper json;
    private final Function<LecteurDossier.Lecture, Verdict> regles;
    private final Function<Campagne, String> versionRegles;

    /**
     * @param regles        the version's judgement (DecisionService.juger semantics: throws SaisieInvalideException)
     * @param versionRegles the {@code versionRegles} a decision of that version names, by campaign
     */
    public JugeEnProcessus(LecteurDossier lecteur, ObjectMapper json, Function<LecteurDossier.Lecture, Verdict> regles,
            Function<Campagne, String> versionRegles) {
        this.lecteur = lecteur;
        this.json = json;
        this.regles = regles;
        this.versionRegles = versionRegles;
    }

    @Override
    public Reponse juger(JsonNode dossierJson) {
        try {
            LecteurDossier.Lecture lecture = lecteur.lire(json.writeValueAsString(dossierJson));
            Verdict verdict = regles.apply(lecture);
            Dossier dossier = lecture.dossier();
            Decision decision = new Decision(null, dossier.reference(), dossier.campagne(), verdict.annee(),
                    versionRegles.apply(dossier.campagne()), null, verdict.eligible(), verdict.criteres(), verdict.module1(),
                    verdict.module2(), verdict.total(), verdict.constats(), null);
            // through its text, as the endpoint writes it, so that numbers read as a client reads them
            ObjectNode corps = (ObjectNode) json.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .readTree(json.writeValueAsString(decision));
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
