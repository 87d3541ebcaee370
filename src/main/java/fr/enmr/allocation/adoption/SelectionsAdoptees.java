package fr.enmr.allocation.adoption;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import fr.enmr.allocation.candidats.CandidatScenario;
import fr.enmr.allocation.scenario.ExplicationCandidat;
import fr.enmr.allocation.scenario.ScenarioEnregistre;
import fr.enmr.allocation.scenario.ScenarioService;
import fr.enmr.moteur.Moteurs;
import fr.enmr.problem.SaisieInvalideException;
import fr.enmr.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The adopted selection of a campaign, region by region, read from the adopted scenario and its explanations (the
 * same words as GET /api/scenarios/{id}/candidats): what GET /api/scenarios/adoptes and the notifications show.
 */
@ApplicationScoped
public class SelectionsAdoptees {

    private final Adoptions adoptions;
    private final ScenarioService scenarios;
    private final Moteurs moteurs;

    @Inject
    public SelectionsAdoptees(Adoptions adoptions, ScenarioService scenarios, Moteurs moteurs) {
        this.adoptions = adoptions;
        this.scenarios = scenarios;
        this.moteurs = moteurs;
    }

    /**
     * The campaign's selection in force.
     *
     * @param region only this region's part (an ARS agent's), every region with a candidate when null
     * @return without scenario nor region when none is adopted for the campaign (the selections of a campaign may be none)
     * @throws SaisieInvalideException naming {@code campagne} when it is missing or unknown
     */
    public SelectionAdoptee enVigueur(String campagne, String region) {
        List<String> campagnes = moteurs.actif().campagnes();
        if (campagne == null || campagne.isBlank()) {
            throw new SaisieInvalideException(List.of(new Violation("campagne", "paramètre obligatoire : " + String.join(", ", campagnes))));
        }
        if (!campagnes.contains(campagne)) {
            throw new SaisieInvalideException(List.of(new Violation("campagne", "campagne inconnue : " + String.join(", ", campagnes) + " attendue")));
        }
        List<Adoption> historique = adoptions.historique(campagne);
        return adoptions.courante(campagne).flatMap(adoption -> scenarios.lire(adoption.scenario())
                .map(etat -> new SelectionAdoptee(etat.id(), etat.scenario().nom(), campagne, adoption, parRegion(etat, region), historique)))
                .orElseGet(() -> new SelectionAdoptee(null, null, campagne, null, List.of(), historique));
    }

    /** The part of one region in an adopted scenario (for its notification), whether or not it is still in force. */
    SelectionAdoptee.Region region(ScenarioEnregistre etat, String region) {
        return parRegion(etat, region).get(0);
    }

    /**
     * The explanations of every candidate, or of one region's only: one analysis per candidate then, far fewer than
     * the whole scenario's for a region's dozen teams. Another region's teams are never read for an ARS.
     */
    private List<ExplicationCandidat> explications(ScenarioEnregistre etat, String seule) {
        if (seule == null) {
            return scenarios.expliquerTous(etat);
        }
        return etat.scenario().candidats().stream().filter(c -> seule.equals(c.region()))
                .map(c -> scenarios.expliquer(etat, c.reference()).orElseThrow()).toList();
    }

    private List<SelectionAdoptee.Region> parRegion(ScenarioEnregistre etat, String seule) {
        Map<String, List<SelectionAdoptee.Retenu>> retenus = new TreeMap<>();
        Map<String, List<SelectionAdoptee.NonRetenu>> nonRetenus = new TreeMap<>();
        if (seule != null) {
            retenus.put(seule, new ArrayList<>());
            nonRetenus.put(seule, new ArrayList<>());
        }
        for (ExplicationCandidat e : explications(etat, seule)) {
            retenus.computeIfAbsent(e.region(), r -> new ArrayList<>());
            nonRetenus.computeIfAbsent(e.region(), r -> new ArrayList<>());
            if (e.retenu()) {
                retenus.get(e.region()).add(new SelectionAdoptee.Retenu(e.reference(), e.nom(), e.cout()));
            } else {
                Set<String> horsRegion = etat.scenario().candidats().stream().filter(c -> !c.region().equals(e.region()))
                        .map(CandidatScenario::reference).collect(Collectors.toSet());
                nonRetenus.get(e.region()).add(new SelectionAdoptee.NonRetenu(e.reference(), e.nom(), Textes.raison(e.explication(), horsRegion)));
            }
        }
        return retenus.keySet().stream().map(r -> new SelectionAdoptee.Region(r, retenus.get(r), nonRetenus.get(r))).toList();
    }
}
