package fr.enmr.allocation.adoption;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.enmr.allocation.candidats.CandidatScenario;
import fr.enmr.allocation.scenario.ScenarioEnregistre;
import fr.enmr.allocation.scenario.ScenarioService;
import fr.enmr.decision.SelectionEquipe;
import fr.enmr.decision.SelectionsDesEquipes;
import fr.enmr.store.StoredDecision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A decision's team in the adopted selection of its campaign, by reference: one id leads from the ARS's request to the
 * ministry's choice. Read from the adoption in force each time (one read per campaign of the page), never stored.
 */
@ApplicationScoped
public class SelectionsDesDecisions implements SelectionsDesEquipes {

    private final Adoptions adoptions;
    private final ScenarioService scenarios;

    @Inject
    public SelectionsDesDecisions(Adoptions adoptions, ScenarioService scenarios) {
        this.adoptions = adoptions;
        this.scenarios = scenarios;
    }

    /** The adopted scenario of a campaign as a decision needs it: its candidates and those retained. */
    private record Adoptee(Adoption adoption, Set<String> candidats, Set<String> retenus) {
    }

    @Override
    public Map<String, SelectionEquipe> de(List<StoredDecision> decisions) {
        Map<String, Optional<Adoptee>> parCampagne = new HashMap<>();
        Map<String, SelectionEquipe> selections = new HashMap<>();
        for (StoredDecision decision : decisions) {
            parCampagne.computeIfAbsent(decision.campagne(), this::adoptee)
                    .filter(a -> a.candidats().contains(decision.reference()))
                    .ifPresent(a -> selections.put(decision.id(), new SelectionEquipe(a.adoption().scenario(), a.adoption().campagne(),
                            a.adoption().le(), a.adoption().motif(), a.retenus().contains(decision.reference()))));
        }
        return selections;
    }

    private Optional<Adoptee> adoptee(String campagne) {
        return adoptions.courante(campagne).flatMap(adoption -> scenarios.lire(adoption.scenario()).map(etat -> adoptee(adoption, etat)));
    }

    private static Adoptee adoptee(Adoption adoption, ScenarioEnregistre etat) {
        Set<String> candidats = new HashSet<>();
        for (CandidatScenario c : etat.scenario().candidats()) {
            candidats.add(c.reference());
        }
        return new Adoptee(adoption, candidats, new HashSet<>(etat.avancement().retenus()));
    }
}
