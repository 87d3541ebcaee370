package fr.enmr.moteur;

import fr.enmr.moteur.dmn.ModeleEnmr;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import fr.enmr.moteur.constats.Constat;
import fr.enmr.moteur.constats.ConstatsService;
import fr.enmr.moteur.constats.SeuilsConstats;
import fr.enmr.dossier.Dossier;
import fr.enmr.dossier.DossierValidator;
import fr.enmr.dossier.LecteurDossier;
import fr.enmr.dossier.Vocabulaire;
import fr.enmr.problem.SaisieInvalideException;
import fr.enmr.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Applies the rules to one dossier: the DMN model (eligibility, Module 1, Module 2), then the plausibility
 * rules on the figures the model computed. Stores nothing, so the benchmarks can run it outside Quarkus.
 */
@ApplicationScoped
public class DecisionEvaluator {

    /** Internal conversions between records and DMN values (lenient on number kinds, strict on names). */
    private static final ObjectMapper DMN_VALUES = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final ModeleEnmr modele;
    private final ConstatsService constats;
    /** The last thresholds read, by the identity of the model's value (immutable: safe to share between threads). */
    private volatile SeuilsLus derniersSeuils;

    @Inject
    public DecisionEvaluator(ModeleEnmr modele, ConstatsService constats) {
        this.modele = modele;
        this.constats = constats;
    }

    /** The DMN model on a dossier, with the same input conversion as Kogito's generated /enmr endpoint. */
    @SuppressWarnings("unchecked")
    public ModeleEnmr.Evaluation evaluerModele(Dossier dossier) {
        return modele.evaluer(dossier, () -> DMN_VALUES.convertValue(dossier, Map.class));
    }

    /**
     * What these rules say of a dossier as read from JSON, checked as for a decision: the validator's violations,
     * the year outside its campaign (a rule of the model), then the DMN decision and the findings.
     *
     * @throws SaisieInvalideException naming every bad field, the year outside its campaign included
     */
    public Verdict juger(DossierValidator validator, LecteurDossier.Lecture lecture) {
        Dossier dossier = lecture.dossier();
        List<Violation> violations = new ArrayList<>(validator.violations(dossier, lecture.violations()));
        List<Violation> codesInconnus = dossier == null ? List.of() : modele.vocabulaire().violations(dossier);
        violations.addAll(codesInconnus);
        violations.sort(Comparator.comparing(Violation::champ));
        // with other violations, the model still tells whether the year fits the campaign, so every bad field is named at once;
        // it is asked only of dossiers whose codes it knows
        ModeleEnmr.Evaluation evaluation = dossier != null && dossier.campagne() != null && codesInconnus.isEmpty()
                ? evaluerModele(dossier) : null;
        if (evaluation != null && violations.stream().noneMatch(v -> v.champ().equals("annee"))) {
            violations.addAll(anneeHorsCampagne(dossier, evaluation));
        }
        if (!violations.isEmpty()) {
            throw new SaisieInvalideException(violations);
        }
        if (evaluation == null || !evaluation.erreurs().isEmpty()) {
            throw new IllegalStateException("DMN evaluation of a valid dossier failed: " + (evaluation == null ? "none" : evaluation.erreurs()));
        }
        return verdict(dossier, evaluation);
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

    /** The same rules decided by KIE alone (the analysts' evaluation of a draft). */
    public DecisionEvaluator kieSeul() {
        return new DecisionEvaluator(modele.kieSeul(), constats);
    }

    /** The engine deciding first: {@code compile} or {@code KIE} (ModeleEnmr). */
    public String moteur() {
        return modele.moteur();
    }

    /** The campaigns the model has rules for (« Règles de la campagne » gives a value for them). */
    public List<String> campagnes() {
        return modele.campagnes();
    }

    /** A campaign's default payment year by these rules (« Règles de la campagne »), null for a campaign they lack. */
    public Integer anneeParDefaut(String campagne) {
        return modele.anneeParDefaut(campagne);
    }

    /** The codes a dossier decided by these rules may carry. */
    public Vocabulaire vocabulaire() {
        return modele.vocabulaire();
    }

    /** Every DMN decision's value on a dossier, by decision name, as JSON-friendly values (numbers, text, lists, maps). */
    public Map<String, Object> intermediaires(Dossier dossier) {
        Map<String, Object> valeurs = new TreeMap<>();
        evaluerModele(dossier).decisions().forEach((decision, valeur) -> valeurs.put(decision, valeurJson(valeur)));
        return valeurs;
    }

    private static Object valeurJson(Object valeur) {
        try {
            return DMN_VALUES.convertValue(valeur, Object.class);
        } catch (IllegalArgumentException nonConvertible) { // e.g. a FEEL function or duration: its text
            return String.valueOf(valeur);
        }
    }

    /** The verdict on a valid dossier. */
    public Verdict evaluer(Dossier dossier) {
        ModeleEnmr.Evaluation evaluation = evaluerModele(dossier);
        if (!evaluation.erreurs().isEmpty()) {
            throw new IllegalStateException("DMN evaluation of a valid dossier failed: " + evaluation.erreurs());
        }
        return verdict(dossier, evaluation);
    }

    /** The verdict from an evaluation of the model without errors: the DMN decision read back, then the findings. */
    public Verdict verdict(Dossier dossier, ModeleEnmr.Evaluation evaluation) {
        Object decision = evaluation.resultat(ModeleEnmr.DECISION);
        ResultatDmn lu = ResultatDmn.lire(decision);
        ResultatDmn resultat = lu != null ? lu : DMN_VALUES.convertValue(decision, ResultatDmn.class);
        BigDecimal etpMedecins = (BigDecimal) evaluation.resultat(ModeleEnmr.ETP_MEDECINS_GENERALISTES);
        List<Constat> trouves = constats.constater(dossier, resultat.annee(),
                resultat.module1().patienteleRetenue().longValueExact(), etpMedecins, seuils(evaluation));
        return new Verdict(resultat.annee(), resultat.eligible(), resultat.criteres(), resultat.module1().enEuros(),
                resultat.module2().enEuros(), Euros.of(resultat.total()), trouves, evaluation.lignes());
    }

    /**
     * The findings' thresholds, from the engine that decided: « Seuils des constats ». Null for a model stored before
     * that decision existed, whose rules still hold their figures (a draft without it is refused: CompilateurRegles).
     */
    private SeuilsConstats seuils(ModeleEnmr.Evaluation evaluation) {
        Object seuils = evaluation.resultat(SeuilsConstats.DECISION);
        if (seuils == null) {
            return null;
        }
        // the compiled model computes an input-free decision once, read-only: the same value is read once, not per decision
        SeuilsLus lus = derniersSeuils;
        if (lus != null && lus.valeur() == seuils) {
            return lus.seuils();
        }
        SeuilsConstats lu = SeuilsConstats.lire(seuils);
        derniersSeuils = new SeuilsLus(seuils, lu);
        return lu;
    }

    /** The thresholds read from one value of « Seuils des constats ». */
    private record SeuilsLus(Object valeur, SeuilsConstats seuils) {
    }
}
