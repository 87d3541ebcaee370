package fr.enmr.impact;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.enmr.decision.Decision;
import fr.enmr.decision.DecisionService;
import fr.enmr.decision.RechercheParametres;
import fr.enmr.moteur.Verdict;
import fr.enmr.moteur.jeu.VersionRegles;
import fr.enmr.dossier.LecteurDossier;
import fr.enmr.problem.SaisieInvalideException;
import fr.enmr.store.DecisionStore;
import fr.enmr.store.Page;
import fr.enmr.store.StoredDecision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Decides again, with the rules loaded now, on the dossiers of stored decisions, and says where the
 * outcome differs from the one stored. Same reading, checks and evaluation as the ARS endpoint
 * (DecisionService.juger); nothing is stored.
 */
@ApplicationScoped
public class Reexamen {

    private static final Logger LOG = Logger.getLogger(Reexamen.class);

    private final DecisionStore store;
    private final LecteurDossier lecteur;
    private final DecisionService decisions;
    private final VersionRegles version;
    private final ObjectMapper json;

    @Inject
    public Reexamen(DecisionStore store, LecteurDossier lecteur, DecisionService decisions, VersionRegles version, ObjectMapper json) {
        this.store = store;
        this.lecteur = lecteur;
        this.decisions = decisions;
        this.version = version;
        this.json = json;
    }

    public Impact reexaminer(RechercheParametres parametres) {
        Page<StoredDecision> page = store.search(parametres.recherche(), parametres.page(), parametres.taille());
        List<Impact.Difference> differences = page.elements().stream()
                .map(this::comparerSansInterrompre)
                .flatMap(Optional::stream)
                .toList();
        List<String> versions = decisions.versionsEnVigueur();
        return new Impact(versions, parametres.page(), parametres.taille(), page.total(), page.elements().size(),
                page.elements().size() - differences.size(), Impact.Bilan.de(differences), differences);
    }

    /** One stored record that cannot be decided again is reported as such; it does not hide the rest of the page. */
    private Optional<Impact.Difference> comparerSansInterrompre(StoredDecision stockee) {
        try {
            return comparer(stockee);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Stored decision %s could not be decided again", stockee.id());
            return Optional.of(Ecarts.erreur(stockee, null, "la décision enregistrée n'a pas pu être redécidée (incident journalisé)"));
        }
    }

    private Optional<Impact.Difference> comparer(StoredDecision stockee) {
        Verdict decidee = Ecarts.verdict(Decision.depuisJson(json, stockee.decisionJson()));
        Impact.Resultat avant = Ecarts.resultat(decidee);
        LecteurDossier.Lecture lecture = lecteur.lire(stockee.dossierJson());
        if (!lecture.violations().isEmpty()) {
            return Optional.of(Ecarts.erreur(stockee, avant, "le dossier enregistré n'est plus lisible : " + Ecarts.premiere(lecture.violations())));
        }
        Verdict verdict;
        try {
            verdict = decisions.juger(lecture);
        } catch (SaisieInvalideException e) {
            return Optional.of(Ecarts.erreur(stockee, avant,
                    "le dossier enregistré n'est plus accepté par les règles actuelles : " + Ecarts.premiere(e.violations())));
        }
        return Ecarts.entre(stockee, decidee, verdict);
    }
}
