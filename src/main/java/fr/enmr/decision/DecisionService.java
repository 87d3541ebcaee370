package fr.enmr.decision;

import fr.enmr.moteur.Verdict;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.BiPredicate;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.f4b6a3.ulid.UlidCreator;

import fr.enmr.dossier.Dossier;
import fr.enmr.dossier.LecteurDossier;
import fr.enmr.dossier.NomsDeStructure;
import fr.enmr.journalisation.ContexteJournal;
import fr.enmr.metriques.Metriques;
import fr.enmr.problem.SaisieInvalideException;
import fr.enmr.moteur.MoteurRegles;
import fr.enmr.moteur.Moteurs;
import fr.enmr.store.DecisionStore;
import fr.enmr.store.StoredDecision;
import fr.enmr.store.StoredSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Decides on one dossier: checks it, evaluates the DMN model and the plausibility rules,
 * stores the decision, and only then hands it back.
 */
@ApplicationScoped
public class DecisionService {

    private static final Logger LOG = Logger.getLogger(DecisionService.class);

    private final Moteurs moteurs;
    private final DecisionStore store;
    private final ObjectMapper json;
    private final Metriques metriques;

    @Inject
    public DecisionService(Moteurs moteurs, DecisionStore store, ObjectMapper json, Metriques metriques) {
        this.moteurs = moteurs;
        this.store = store;
        this.json = json;
        this.metriques = metriques;
    }

    /** The decision and its JSON exactly as stored, so the answer and the audit copy cannot differ. */
    public record Decidee(Decision decision, String json) {
    }

    public Decidee decider(Dossier dossier, Auteur auteur) {
        return decider(new LecteurDossier.Lecture(dossier, List.of()), auteur);
    }

    /** Decides on a dossier as read from JSON: what could not be read is reported with the rest. */
    public Decidee decider(LecteurDossier.Lecture lecture, Auteur auteur) {
        return decider(lecture, auteur, UlidCreator.getMonotonicUlid().toString(), (decision, resume) -> {
            store.save(decision, resume);
            return true;
        });
    }

    /**
     * Decides under an id reserved beforehand and stores the decision through {@code enregistrer}, which says whether it
     * wrote it: an idempotent submission (fr.enmr.idempotence) keeps the first decision written under its id, and a
     * decision another attempt wrote first is not counted twice in the metrics.
     */
    public Decidee decider(LecteurDossier.Lecture lecture, Auteur auteur, String id, BiPredicate<StoredDecision, StoredSummary> enregistrer) {
        Object demande = MDC.get(ContexteJournal.DECISION);
        MDC.put(ContexteJournal.DECISION, id); // every log line from here on names the decision
        try {
            return decider(lecture, auteur, id, enregistrer, moteurs.actif());
        } finally {
            if (demande == null) {
                MDC.remove(ContexteJournal.DECISION);
            } else {
                MDC.put(ContexteJournal.DECISION, demande);
            }
        }
    }

    // one version for the whole decision, even if another is published meanwhile
    private Decidee decider(LecteurDossier.Lecture lecture, Auteur auteur, String id, BiPredicate<StoredDecision, StoredSummary> enregistrer,
            MoteurRegles moteur) {
        Decision decision = metriques.evaluer(() -> decision(moteur, lecture, auteur, id));
        Dossier dossier = lecture.dossier();
        String decisionJson = ecrire(decision);
        String region = dossier.structure().region();
        StoredDecision stockee = new StoredDecision(decision.id(), decision.reference(), decision.campagne(), decision.annee(),
                region, decision.eligible(), decision.horodatage().toEpochMilli(),
                decision.versionRegles(), auteur.identifiant(), decisionJson, ecrire(dossier), auteur.region(), decision.version(),
                NomsDeStructure.normalise(dossier.structure().nom()));
        if (metriques.enregistrer(() -> enregistrer.test(stockee, SyntheseDecision.de(decision, dossier)))) {
            metriques.decidee(decision.campagne(), region, decision.eligible());
        }
        LOG.debugf("Decision %s stored: %s, %s, %s", id, decision.campagne(), region, decision.eligible() ? "eligible" : "not eligible");
        return new Decidee(decision, decisionJson);
    }

    /**
     * The decision these rules make on a dossier, as POST /api/decisions answers it, without storing it.
     *
     * @throws SaisieInvalideException naming every bad field, the year outside its campaign included
     */
    public static Decision decision(MoteurRegles moteur, LecteurDossier.Lecture lecture, Auteur auteur) {
        return decision(moteur, lecture, auteur, UlidCreator.getMonotonicUlid().toString());
    }

    private static Decision decision(MoteurRegles moteur, LecteurDossier.Lecture lecture, Auteur auteur, String id) {
        Verdict verdict = moteur.juger(lecture);
        Dossier dossier = lecture.dossier();
        return new Decision(id, dossier.reference(), dossier.campagne(),
                verdict.annee(), moteur.versionRegles(dossier.campagne()), moteur.versionId(), Instant.now().truncatedTo(ChronoUnit.MILLIS),
                verdict.eligible(), verdict.criteres(), verdict.module1(), verdict.module2(), verdict.total(),
                verdict.constats(), auteur, moteur.moteur(), verdict.lignesRetenues());
    }

    /**
     * What the active rules say of a dossier as read from JSON, checked as for a decision; nothing is stored.
     *
     * @throws SaisieInvalideException naming every bad field, the year outside its campaign included
     */
    public Verdict juger(LecteurDossier.Lecture lecture) {
        return moteurs.actif().juger(lecture);
    }

    /** The {@code versionRegles} each campaign of the rules in force decides under ({@code ENMR_2014+sha256:…}). */
    public List<String> versionsEnVigueur() {
        MoteurRegles actif = moteurs.actif();
        return actif.campagnes().stream().map(actif::versionRegles).toList();
    }

    private String ecrire(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
