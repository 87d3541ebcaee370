package fr.enmr.impact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.enmr.decision.Critere;
import fr.enmr.decision.Decision;
import fr.enmr.decision.DecisionService;
import fr.enmr.decision.Module2;
import fr.enmr.decision.RechercheParametres;
import fr.enmr.decision.Verdict;
import fr.enmr.decision.VersionRegles;
import fr.enmr.decision.constats.Constat;
import fr.enmr.dossier.Campagne;
import fr.enmr.dossier.LecteurDossier;
import fr.enmr.problem.SaisieInvalideException;
import fr.enmr.problem.Violation;
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
        List<String> versions = Arrays.stream(Campagne.values()).map(version::pour).toList();
        return new Impact(versions, parametres.page(), parametres.taille(), page.total(), page.elements().size(),
                page.elements().size() - differences.size(), Impact.Bilan.de(differences), differences);
    }

    /** One stored record that cannot be decided again is reported as such; it does not hide the rest of the page. */
    private Optional<Impact.Difference> comparerSansInterrompre(StoredDecision stockee) {
        try {
            return comparer(stockee);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Stored decision %s could not be decided again", stockee.id());
            return Optional.of(difference(stockee, null, null, List.of(), List.of(), List.of(),
                    "la décision enregistrée n'a pas pu être redécidée (incident journalisé)"));
        }
    }

    private Optional<Impact.Difference> comparer(StoredDecision stockee) {
        Decision decidee = Decision.depuisJson(json, stockee.decisionJson());
        Impact.Resultat avant = Impact.Resultat.de(decidee.eligible(), decidee.module1(), decidee.module2(), decidee.total());
        LecteurDossier.Lecture lecture = lecteur.lire(stockee.dossierJson());
        if (!lecture.violations().isEmpty()) {
            return Optional.of(difference(stockee, avant, null, List.of(), List.of(), List.of(),
                    "le dossier enregistré n'est plus lisible : " + premiere(lecture.violations())));
        }
        Verdict verdict;
        try {
            verdict = decisions.juger(lecture);
        } catch (SaisieInvalideException e) {
            return Optional.of(difference(stockee, avant, null, List.of(), List.of(), List.of(),
                    "le dossier enregistré n'est plus accepté par les règles actuelles : " + premiere(e.violations())));
        }
        Impact.Resultat apres = Impact.Resultat.de(verdict.eligible(), verdict.module1(), verdict.module2(), verdict.total());
        List<Impact.CritereChange> criteres = criteresChanges(decidee, verdict);
        Set<String> constatsAvant = codes(decidee.constats());
        Set<String> constatsApres = codes(verdict.constats());
        List<String> ajoutes = constatsApres.stream().filter(c -> !constatsAvant.contains(c)).toList();
        List<String> retires = constatsAvant.stream().filter(c -> !constatsApres.contains(c)).toList();
        if (avant.memesMontants(apres) && criteres.isEmpty() && ajoutes.isEmpty() && retires.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(difference(stockee, avant, apres, criteres, ajoutes, retires, null));
    }

    private static Impact.Difference difference(StoredDecision s, Impact.Resultat avant, Impact.Resultat apres,
            List<Impact.CritereChange> criteres, List<String> ajoutes, List<String> retires, String erreur) {
        return new Impact.Difference(s.id(), s.reference(), s.region(), s.campagne(), s.annee(), s.versionRegles(), avant, apres,
                criteres, ajoutes, retires, erreur);
    }

    /** The site's criteria, then each programme's, by code: those whose outcome changed, or that appear or disappear. */
    private static List<Impact.CritereChange> criteresChanges(Decision decidee, Verdict verdict) {
        List<Impact.CritereChange> changes = new ArrayList<>(changes(null, decidee.criteres(), verdict.criteres()));
        Map<String, List<Critere>> programmesAvant = decidee.module2().programmes().stream()
                .collect(Collectors.toMap(Module2.Programme::identifiant, Module2.Programme::criteres));
        verdict.module2().programmes().forEach(p -> changes.addAll(
                changes(p.identifiant(), programmesAvant.getOrDefault(p.identifiant(), List.of()), p.criteres())));
        return changes;
    }

    private static List<Impact.CritereChange> changes(String programme, List<Critere> avant, List<Critere> apres) {
        Map<String, Boolean> anciens = new LinkedHashMap<>();
        avant.forEach(c -> anciens.put(c.code(), c.satisfait()));
        List<Impact.CritereChange> changes = new ArrayList<>();
        for (Critere critere : apres) {
            Boolean ancien = anciens.remove(critere.code());
            if (!Objects.equals(ancien, critere.satisfait())) {
                changes.add(new Impact.CritereChange(critere.code(), programme, ancien, critere.satisfait(), critere.explication()));
            }
        }
        anciens.forEach((code, ancien) -> changes.add(new Impact.CritereChange(code, programme, ancien, null, null)));
        return changes;
    }

    private static Set<String> codes(List<Constat> constats) {
        return constats.stream().map(Constat::code).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String premiere(List<Violation> violations) {
        return violations.get(0).champ() + " " + violations.get(0).message();
    }
}
