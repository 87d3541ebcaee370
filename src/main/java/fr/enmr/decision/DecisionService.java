package fr.enmr.decision;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.f4b6a3.ulid.UlidCreator;

import fr.enmr.dossier.Dossier;
import fr.enmr.dossier.DossierValidator;
import fr.enmr.dossier.LecteurDossier;
import fr.enmr.problem.SaisieInvalideException;
import fr.enmr.problem.Violation;
import fr.enmr.store.DecisionStore;
import fr.enmr.store.StoredDecision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Decides on one dossier: checks it, evaluates the DMN model and the plausibility rules,
 * stores the decision, and only then hands it back.
 */
@ApplicationScoped
public class DecisionService {

    private final DossierValidator validator;
    private final DecisionEvaluator evaluateur;
    private final VersionRegles version;
    private final DecisionStore store;
    private final ObjectMapper json;

    @Inject
    public DecisionService(DossierValidator validator, DecisionEvaluator evaluateur, VersionRegles version,
            DecisionStore store, ObjectMapper json) {
        this.validator = validator;
        this.evaluateur = evaluateur;
        this.version = version;
        this.store = store;
        this.json = json;
    }

    /** The decision and its JSON exactly as stored, so the answer and the audit copy cannot differ. */
    public record Decidee(Decision decision, String json) {
    }

    public Decidee decider(Dossier dossier, Auteur auteur) {
        return decider(new LecteurDossier.Lecture(dossier, List.of()), auteur);
    }

    /** Decides on a dossier as read from JSON: what could not be read is reported with the rest. */
    public Decidee decider(LecteurDossier.Lecture lecture, Auteur auteur) {
        Verdict verdict = juger(lecture);
        Dossier dossier = lecture.dossier();
        Decision decision = new Decision(UlidCreator.getMonotonicUlid().toString(), dossier.reference(), dossier.campagne(),
                verdict.annee(), version.pour(dossier.campagne()), Instant.now().truncatedTo(ChronoUnit.MILLIS),
                verdict.eligible(), verdict.criteres(), verdict.module1(), verdict.module2(), verdict.total(),
                verdict.constats(), auteur);
        String decisionJson = ecrire(decision);
        store.save(new StoredDecision(decision.id(), decision.reference(), decision.campagne().name(), decision.annee(),
                dossier.structure().region().name(), decision.eligible(), decision.horodatage().toEpochMilli(),
                decision.versionRegles(), auteur.identifiant(), decisionJson, ecrire(dossier), auteur.region()),
                SyntheseDecision.de(decision, dossier));
        return new Decidee(decision, decisionJson);
    }

    /**
     * What the rules loaded now say of a dossier as read from JSON, checked as for a decision; nothing is stored.
     *
     * @throws SaisieInvalideException naming every bad field, the year outside its campaign included
     */
    public Verdict juger(LecteurDossier.Lecture lecture) {
        Dossier dossier = lecture.dossier();
        List<Violation> violations = new ArrayList<>(validator.violations(dossier, lecture.violations()));
        // with other violations, the model still tells whether the year fits the campaign, so every bad field is named at once
        ModeleEnmr.Evaluation evaluation = dossier != null && dossier.campagne() != null ? evaluateur.evaluerModele(dossier) : null;
        if (evaluation != null && violations.stream().noneMatch(v -> v.champ().equals("annee"))) {
            violations.addAll(anneeHorsCampagne(dossier, evaluation));
        }
        if (!violations.isEmpty()) {
            throw new SaisieInvalideException(violations);
        }
        if (evaluation == null || !evaluation.erreurs().isEmpty()) {
            throw new IllegalStateException("DMN evaluation of a valid dossier failed: " + (evaluation == null ? "none" : evaluation.erreurs()));
        }
        return evaluateur.verdict(dossier, evaluation);
    }

    /** The campaign's year range is a rule of the DMN model ("Règles de la campagne"), reported as bad input. */
    private static List<Violation> anneeHorsCampagne(Dossier dossier, ModeleEnmr.Evaluation evaluation) {
        if (!Boolean.FALSE.equals(evaluation.resultat(ModeleEnmr.ANNEE_ADMISE))) {
            return List.of();
        }
        Map<?, ?> regles = (Map<?, ?>) evaluation.resultat(ModeleEnmr.REGLES_CAMPAGNE);
        Object min = regles.get("anneeMin");
        Object max = regles.get("anneeMax");
        String admises = min.toString().equals(max.toString()) ? "l'année " + min : "les années " + min + " à " + max;
        return List.of(new Violation("annee", "l'année " + dossier.annee() + " n'appartient pas à la campagne "
                + dossier.campagne() + ", qui admet " + admises));
    }

    private String ecrire(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
