package fr.enmr.benchmark;

import java.time.Instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.f4b6a3.ulid.UlidCreator;

import fr.enmr.decision.Auteur;
import fr.enmr.decision.Decision;
import fr.enmr.decision.SyntheseDecision;
import fr.enmr.moteur.Verdict;
import fr.enmr.dossier.Dossier;
import fr.enmr.dossier.NomsDeStructure;
import fr.enmr.store.StoredDecision;
import fr.enmr.store.StoredSummary;

/** A dossier decided by the plain-Java reference of the rules and stored as the service stores it: decision and summary. */
record DecisionStockeeDuBanc(StoredDecision decision, StoredSummary resume) {

    static DecisionStockeeDuBanc de(Dossier dossier, ReglesEnJava regles, ObjectMapper json) throws JsonProcessingException {
        Verdict verdict = regles.evaluer(dossier);
        Decision decision = new Decision(UlidCreator.getMonotonicUlid().toString(), dossier.reference(), dossier.campagne(), verdict.annee(),
                dossier.campagne() + "+banc", null, Instant.now(), verdict.eligible(), verdict.criteres(), verdict.module1(), verdict.module2(),
                verdict.total(), verdict.constats(), new Auteur("banc", null), null, verdict.lignesRetenues());
        StoredDecision stockee = new StoredDecision(decision.id(), decision.reference(), decision.campagne(), decision.annee(),
                dossier.structure().region(), decision.eligible(), decision.horodatage().toEpochMilli(), decision.versionRegles(),
                "banc", json.writeValueAsString(decision), json.writeValueAsString(dossier), null, null,
                NomsDeStructure.normalise(dossier.structure().nom()));
        return new DecisionStockeeDuBanc(stockee, SyntheseDecision.de(decision, dossier));
    }
}
