package fr.enmr.decision;

import fr.enmr.idempotence.CleIdempotence;
import fr.enmr.idempotence.Soumissions;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import fr.enmr.dossier.LecteurDossier;
import fr.enmr.problem.SaisieInvalideException;
import fr.enmr.store.DecisionStore;
import fr.enmr.store.StoredDecision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * POST /api/decisions with an {@code Idempotency-Key}: the decision is stored under the id the key
 * reserved, first write wins, so that however often and wherever (any instance) the submission is
 * retried, one decision at most exists for it, and every 201 answers that one.
 */
@ApplicationScoped
public class DecisionsIdempotentes {

    public static final String RESSOURCE = "decisions";

    private final DecisionService service;
    private final DecisionStore store;
    private final Soumissions soumissions;

    @Inject
    public DecisionsIdempotentes(DecisionService service, DecisionStore store, Soumissions soumissions) {
        this.service = service;
        this.store = store;
        this.soumissions = soumissions;
    }

    /** The decision answered: created now, or given again ({@code rejouee}) for a submission already decided. */
    public record Reponse(String id, String json, boolean rejouee) {
    }

    /**
     * @param cle   the submission's key, or null: then it is decided as any other (a new decision each time)
     * @param corps the request body as received, which a retry must repeat
     */
    public Reponse decider(CleIdempotence cle, String corps, LecteurDossier.Lecture lecture, Auteur auteur) {
        if (cle == null) {
            DecisionService.Decidee decidee = service.decider(lecture, auteur);
            return new Reponse(decidee.decision().id(), decidee.json(), false);
        }
        Soumissions.Reservation reservation = soumissions.reserver(RESSOURCE, cle, auteur.identifiant(), corps);
        if (!reservation.premiere()) {
            Optional<StoredDecision> deja = store.find(reservation.identifiant());
            if (deja.isPresent()) {
                return rejouee(deja.get());
            }
            // reserved, not stored: an earlier attempt failed half-way, or is still running (then first write wins below)
        }
        AtomicReference<StoredDecision> premiere = new AtomicReference<>();
        try {
            DecisionService.Decidee decidee = service.decider(lecture, auteur, reservation.identifiant(),
                    (decision, resume) -> {
                        store.saveIfAbsent(decision, resume).ifPresent(premiere::set);
                        return premiere.get() == null; // written now, not by an attempt that came first
                    });
            return premiere.get() == null ? new Reponse(decidee.decision().id(), decidee.json(), false) : rejouee(premiere.get());
        } catch (SaisieInvalideException e) {
            soumissions.liberer(reservation);
            throw e;
        }
    }

    private static Reponse rejouee(StoredDecision decision) {
        return new Reponse(decision.id(), decision.decisionJson(), true);
    }
}
