package fr.enmr.allocation.candidats;

import java.math.BigDecimal;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import fr.enmr.moteur.dmn.ModeleEnmr;
import fr.enmr.dossier.Dossier;

/**
 * Prices a dossier with the analysts' model dmn/enmr.dmn, compiled by {@link ModeleEnmr} outside Quarkus, so
 * that the candidate generator also serves command-line tools and benchmarks. It evaluates the model as the
 * decision service does (same compilation, same input conversion), with the runtime type check of /enmr.
 */
public final class ChiffrageDmn {

    private static final ObjectMapper VALEURS = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final ModeleEnmr modele = new ModeleEnmr(true);

    @SuppressWarnings("unchecked")
    public Chiffrage chiffrer(Dossier dossier) {
        ModeleEnmr.Evaluation evaluation = modele.evaluer(VALEURS.convertValue(dossier, Map.class));
        if (!evaluation.erreurs().isEmpty()) {
            throw new IllegalArgumentException("dossier " + dossier.reference() + " : " + evaluation.erreurs());
        }
        Map<String, Object> decision = (Map<String, Object>) evaluation.resultat(ModeleEnmr.DECISION);
        Map<String, Object> module1 = (Map<String, Object>) decision.get("module1");
        return new Chiffrage((Boolean) decision.get("eligible"), (BigDecimal) decision.get("total"),
                ((BigDecimal) module1.get("patienteleRetenue")).intValueExact());
    }
}
