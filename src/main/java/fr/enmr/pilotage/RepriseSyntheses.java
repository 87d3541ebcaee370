package fr.enmr.pilotage;

import java.time.Duration;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.enmr.decision.Decision;
import fr.enmr.demarrage.Affluence;
import fr.enmr.decision.SyntheseDecision;
import fr.enmr.dossier.Dossier;
import fr.enmr.store.DecisionStore;
import fr.enmr.store.Page;
import fr.enmr.store.StoredDecision;
import fr.enmr.store.Syntheses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Writes again the summaries of the decisions stored since shortly before the latest summary ({@code enmr.pilotage.reprise},
 * 5 min): a process killed between a decision and its summary leaves that decision unsummarised, and it is the latest
 * one. With no summary at all (a store filled before the dashboards existed), every decision is summarised. Summaries
 * are written "newest wins", so doing this again is harmless.
 */
@ApplicationScoped
public class RepriseSyntheses {

    private static final Logger LOG = Logger.getLogger(RepriseSyntheses.class);
    private static final int PAGE = 500;
    /** How long one decision's summary waits at most for the requests in flight. */
    private static final Duration PAUSE_MAX = Duration.ofMillis(200);

    private final DecisionStore decisions;
    private final Syntheses syntheses;
    private final ObjectMapper json;
    private final Duration marge;
    private final Affluence affluence;

    @Inject
    public RepriseSyntheses(DecisionStore decisions, Syntheses syntheses, ObjectMapper json, Affluence affluence,
            @ConfigProperty(name = "enmr.pilotage.reprise", defaultValue = "5m") Duration marge) {
        this.decisions = decisions;
        this.affluence = affluence;
        this.syntheses = syntheses;
        this.json = json;
        this.marge = marge;
    }

    /** @return how many decisions were summarised again */
    public int reprendre() {
        long depuis = syntheses.dernierHorodatage().map(h -> h - marge.toMillis()).orElse(Long.MIN_VALUE);
        int reprises = 0;
        for (int page = 0;; page++) {
            Page<StoredDecision> lues = decisions.depuis(depuis, page, PAGE);
            for (StoredDecision stockee : lues.elements()) {
                affluence.laisserPasser(PAUSE_MAX); // after start-up: the first requests go first
                try {
                    syntheses.enregistrer(SyntheseDecision.de(Decision.depuisJson(json, stockee.decisionJson()),
                            json.readValue(stockee.dossierJson(), Dossier.class)));
                    reprises++;
                } catch (JsonProcessingException | RuntimeException e) {
                    if (e instanceof fr.enmr.store.StoreUnavailableException indisponible) {
                        throw indisponible;
                    }
                    LOG.warnf("Decision %s cannot be summarised for the dashboards: %s", stockee.id(), e.getMessage());
                }
            }
            if (lues.elements().size() < PAGE) {
                return reprises;
            }
        }
    }
}
