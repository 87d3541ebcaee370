package fr.enmr.impact;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import fr.enmr.decision.Critere;
import fr.enmr.decision.DecisionEvaluator;
import fr.enmr.decision.ModeleEnmr;
import fr.enmr.decision.RechercheParametres;
import fr.enmr.decision.Verdict;
import fr.enmr.decision.VersionRegles;
import fr.enmr.decision.constats.Constat;
import fr.enmr.dossier.Campagne;
import fr.enmr.dossier.Dossier;
import fr.enmr.dossier.LecteurDossier;
import fr.enmr.problem.Probleme;
import fr.enmr.store.DecisionStore;
import fr.enmr.store.Page;
import fr.enmr.store.StoredDecision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Decides again, with the rules loaded now, on the dossiers of stored decisions, and says where the
 * outcome differs from the one stored. Same reading and evaluation as the ARS endpoint; nothing is stored.
 */
@ApplicationScoped
public class Reexamen {

    private static final Logger LOG = Logger.getLogger(Reexamen.class);

    private final DecisionStore store;
    private final LecteurDossier lecteur;
    private final DecisionEvaluator evaluateur;
    private final VersionRegles version;
    private final ObjectMapper json;

    @Inject
    public Reexamen(DecisionStore store, LecteurDossier lecteur, DecisionEvaluator evaluateur, VersionRegles version, ObjectMapper json) {
        this.store = store;
        this.lecteur = lecteur;
        this.evaluateur = evaluateur;
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
            return Optional.of(new Impact.Difference(stockee.id(), stockee.reference(), stockee.region(), stockee.campagne(), stockee.annee(),
                    stockee.versionRegles(), null, null, List.of(), List.of(), List.of(),
                    "la décision enregistrée n'a pas pu être redécidée (incident journalisé)"));
        }
    }

    private Optional<Impact.Difference> comparer(StoredDecision stockee) {
        JsonNode decidee = lire(stockee.decisionJson());
        JsonNode module1 = decidee.path("module1");
        Impact.Resultat avant = new Impact.Resultat(decidee.path("eligible").asBoolean(), module1.path("partA").decimalValue(),
                module1.path("partB").decimalValue(), montant(module1), montant(decidee.path("module2")), decidee.path("total").decimalValue());
        LecteurDossier.Lecture lecture = lecteur.lire(stockee.dossierJson());
        if (!lecture.violations().isEmpty()) {
            return Optional.of(difference(stockee, avant, null, List.of(), List.of(), List.of(),
                    "le dossier enregistré n'est plus lisible : " + lecture.violations().get(0).champ() + " " + lecture.violations().get(0).message()));
        }
        Dossier dossier = lecture.dossier();
        ModeleEnmr.Evaluation evaluation = evaluateur.evaluerModele(dossier);
        String erreur = !evaluation.erreurs().isEmpty()
                ? "le dossier ne s'évalue plus avec les règles actuelles : " + Probleme.sansNomDeClasse(evaluation.erreurs().get(0).getText())
                : Boolean.FALSE.equals(evaluation.resultat(ModeleEnmr.ANNEE_ADMISE))
                        ? "l'année " + stockee.annee() + " n'est plus admise par la campagne " + stockee.campagne()
                        : null;
        if (erreur != null) {
            return Optional.of(difference(stockee, avant, null, List.of(), List.of(), List.of(), erreur));
        }
        Verdict verdict = evaluateur.verdict(dossier, evaluation);
        Impact.Resultat apres = new Impact.Resultat(verdict.eligible(), verdict.module1().partA(), verdict.module1().partB(),
                verdict.module1().montant(), verdict.module2().montant(), verdict.total());
        List<Impact.CritereChange> criteres = criteresChanges(decidee, verdict);
        TreeSet<String> constatsAvant = new TreeSet<>();
        decidee.path("constats").forEach(c -> constatsAvant.add(c.path("code").asText()));
        TreeSet<String> constatsApres = new TreeSet<>(verdict.constats().stream().map(Constat::code).toList());
        List<String> ajoutes = constatsApres.stream().filter(c -> !constatsAvant.contains(c)).toList();
        List<String> retires = constatsAvant.stream().filter(c -> !constatsApres.contains(c)).toList();
        if (memeMontants(avant, apres) && criteres.isEmpty() && ajoutes.isEmpty() && retires.isEmpty()) {
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
    private static List<Impact.CritereChange> criteresChanges(JsonNode decidee, Verdict verdict) {
        List<Impact.CritereChange> changes = new ArrayList<>(changes(null, decidee.path("criteres"), verdict.criteres()));
        Map<String, JsonNode> programmesAvant = new LinkedHashMap<>();
        decidee.path("module2").path("programmes").forEach(p -> programmesAvant.put(p.path("identifiant").asText(), p.path("criteres")));
        verdict.module2().programmes().forEach(p -> changes.addAll(
                changes(p.identifiant(), programmesAvant.getOrDefault(p.identifiant(), MissingNode.getInstance()), p.criteres())));
        return changes;
    }

    private static List<Impact.CritereChange> changes(String programme, JsonNode avant, List<Critere> apres) {
        Map<String, Boolean> anciens = new LinkedHashMap<>();
        avant.forEach(c -> anciens.put(c.path("code").asText(), c.path("satisfait").asBoolean()));
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

    private static boolean memeMontants(Impact.Resultat a, Impact.Resultat b) {
        return a.eligible() == b.eligible() && a.partA().compareTo(b.partA()) == 0 && a.partB().compareTo(b.partB()) == 0
                && a.module1().compareTo(b.module1()) == 0 && a.module2().compareTo(b.module2()) == 0 && a.total().compareTo(b.total()) == 0;
    }

    private static BigDecimal montant(JsonNode module) {
        return module.path("montant").decimalValue();
    }

    private JsonNode lire(String texte) {
        try {
            return json.readTree(texte);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored decision is unreadable", e);
        }
    }
}
