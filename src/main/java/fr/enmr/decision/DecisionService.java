package fr.enmr.decision;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.github.f4b6a3.ulid.UlidCreator;

import fr.enmr.decision.constats.Constat;
import fr.enmr.decision.constats.ConstatsService;
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

    /** Internal conversions between records and DMN values (lenient on number kinds, strict on names). */
    private static final ObjectMapper DMN_VALUES = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final DossierValidator validator;
    private final ModeleEnmr modele;
    private final ConstatsService constats;
    private final VersionRegles version;
    private final DecisionStore store;
    private final ObjectMapper json;

    @Inject
    public DecisionService(DossierValidator validator, ModeleEnmr modele, ConstatsService constats,
            VersionRegles version, DecisionStore store, ObjectMapper json) {
        this.validator = validator;
        this.modele = modele;
        this.constats = constats;
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
        Dossier dossier = lecture.dossier();
        List<Violation> violations = new ArrayList<>(validator.violations(dossier, lecture.violations()));
        Map<String, Object> entrees = entreesDmn(dossier);
        // with other violations, the model still tells whether the year fits the campaign, so every bad field is named at once
        ModeleEnmr.Evaluation evaluation = dossier != null && dossier.campagne() != null ? modele.evaluer(entrees) : null;
        if (evaluation != null && violations.stream().noneMatch(v -> v.champ().equals("annee"))) {
            violations.addAll(anneeHorsCampagne(dossier, evaluation));
        }
        if (!violations.isEmpty()) {
            throw new SaisieInvalideException(violations);
        }
        if (evaluation == null || !evaluation.erreurs().isEmpty()) {
            throw new IllegalStateException("DMN evaluation of a valid dossier failed: " + (evaluation == null ? "none" : evaluation.erreurs()));
        }
        Decision decision = assembler(dossier, evaluation, auteur);
        String decisionJson = ecrire(decision);
        store.save(new StoredDecision(decision.id(), decision.reference(), decision.campagne().name(), decision.annee(),
                dossier.structure().region().name(), decision.eligible(), decision.horodatage().toEpochMilli(),
                decision.versionRegles(), auteur.identifiant(), decisionJson, ecrire(dossier), auteur.region()));
        return new Decidee(decision, decisionJson);
    }

    private Decision assembler(Dossier dossier, ModeleEnmr.Evaluation evaluation, Auteur auteur) {
        ResultatDmn resultat = DMN_VALUES.convertValue(evaluation.resultat(ModeleEnmr.DECISION), ResultatDmn.class);
        BigDecimal etpMedecins = (BigDecimal) evaluation.resultat(ModeleEnmr.ETP_MEDECINS_GENERALISTES);
        List<Constat> trouves = constats.constater(dossier, resultat.annee(),
                resultat.module1().patienteleRetenue().longValueExact(), etpMedecins);
        return new Decision(UlidCreator.getMonotonicUlid().toString(), dossier.reference(), dossier.campagne(),
                resultat.annee(), version.pour(dossier.campagne()), Instant.now().truncatedTo(ChronoUnit.MILLIS),
                resultat.eligible(), resultat.criteres(), resultat.module1().enEuros(), resultat.module2().enEuros(),
                Euros.of(resultat.total()), trouves, auteur);
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

    @SuppressWarnings("unchecked")
    private static Map<String, Object> entreesDmn(Dossier dossier) {
        return dossier == null ? Map.of() : DMN_VALUES.convertValue(dossier, Map.class);
    }

    private String ecrire(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
