package fr.enmr.decision;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import fr.enmr.decision.constats.Constat;
import fr.enmr.decision.constats.ConstatsService;
import fr.enmr.dossier.Dossier;
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

    @Inject
    public DecisionEvaluator(ModeleEnmr modele, ConstatsService constats) {
        this.modele = modele;
        this.constats = constats;
    }

    /** The DMN model on a dossier, with the same input conversion as Kogito's generated /enmr endpoint. */
    @SuppressWarnings("unchecked")
    public ModeleEnmr.Evaluation evaluerModele(Dossier dossier) {
        return modele.evaluer(DMN_VALUES.convertValue(dossier, Map.class));
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
        ResultatDmn resultat = DMN_VALUES.convertValue(evaluation.resultat(ModeleEnmr.DECISION), ResultatDmn.class);
        BigDecimal etpMedecins = (BigDecimal) evaluation.resultat(ModeleEnmr.ETP_MEDECINS_GENERALISTES);
        List<Constat> trouves = constats.constater(dossier, resultat.annee(),
                resultat.module1().patienteleRetenue().longValueExact(), etpMedecins);
        return new Verdict(resultat.annee(), resultat.eligible(), resultat.criteres(), resultat.module1().enEuros(),
                resultat.module2().enEuros(), Euros.of(resultat.total()), trouves);
    }
}
