package fr.enmr.impact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import fr.enmr.moteur.Critere;
import fr.enmr.decision.Decision;
import fr.enmr.moteur.Module2;
import fr.enmr.moteur.Verdict;
import fr.enmr.moteur.constats.Constat;
import fr.enmr.problem.Violation;
import fr.enmr.store.StoredDecision;

/**
 * Where two judgements of one stored dossier differ (outcome, amounts, criteria, findings): the one place that
 * says what a rule change does to a decision, for the re-examination of a page (stored decision against the rules
 * loaded now) and for the impact of a version (active version against that version) over the whole population.
 */
public final class Ecarts {

    private Ecarts() {
    }

    /** The stored decision as a judgement, to compare with the rules' judgement now. */
    public static Verdict verdict(Decision decision) {
        return new Verdict(decision.annee(), decision.eligible(), decision.criteres(), decision.module1(), decision.module2(),
                decision.total(), decision.constats(), decision.lignesRetenues() == null ? List.of() : decision.lignesRetenues());
    }

    public static Impact.Resultat resultat(Verdict verdict) {
        return Impact.Resultat.de(verdict.eligible(), verdict.module1(), verdict.module2(), verdict.total());
    }

    /** @return empty when both judgements agree on outcome, amounts, criteria and findings */
    public static Optional<Impact.Difference> entre(StoredDecision stockee, Verdict avant, Verdict apres) {
        Impact.Resultat resultatAvant = resultat(avant);
        Impact.Resultat resultatApres = resultat(apres);
        List<Impact.CritereChange> criteres = criteresChanges(avant, apres);
        Set<String> constatsAvant = codes(avant.constats());
        Set<String> constatsApres = codes(apres.constats());
        List<String> ajoutes = constatsApres.stream().filter(c -> !constatsAvant.contains(c)).toList();
        List<String> retires = constatsAvant.stream().filter(c -> !constatsApres.contains(c)).toList();
        if (resultatAvant.memesMontants(resultatApres) && criteres.isEmpty() && ajoutes.isEmpty() && retires.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(difference(stockee, resultatAvant, resultatApres, criteres, ajoutes, retires, null));
    }

    /** A dossier that could not be judged on one side: listed with the reason, never hidden. */
    public static Impact.Difference erreur(StoredDecision stockee, Impact.Resultat avant, String erreur) {
        return difference(stockee, avant, null, List.of(), List.of(), List.of(), erreur);
    }

    static String premiere(List<Violation> violations) {
        return violations.get(0).champ() + " " + violations.get(0).message();
    }

    private static Impact.Difference difference(StoredDecision s, Impact.Resultat avant, Impact.Resultat apres,
            List<Impact.CritereChange> criteres, List<String> ajoutes, List<String> retires, String erreur) {
        return new Impact.Difference(s.id(), s.reference(), s.region(), s.campagne(), s.annee(), s.versionRegles(), avant, apres,
                criteres, ajoutes, retires, erreur);
    }

    /** The site's criteria, then each programme's, by code: those whose outcome changed, or that appear or disappear. */
    private static List<Impact.CritereChange> criteresChanges(Verdict avant, Verdict apres) {
        List<Impact.CritereChange> changes = new ArrayList<>(changes(null, avant.criteres(), apres.criteres()));
        Map<String, List<Critere>> programmesAvant = avant.module2().programmes().stream()
                .collect(Collectors.toMap(Module2.Programme::identifiant, Module2.Programme::criteres, (a, b) -> a));
        apres.module2().programmes().forEach(p -> changes.addAll(
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
}
