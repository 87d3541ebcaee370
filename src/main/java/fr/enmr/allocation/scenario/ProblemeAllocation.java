package fr.enmr.allocation.scenario;

import fr.enmr.allocation.candidats.CandidatScenario;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.TreeSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import fr.enmr.allocation.domain.Allocation;
import fr.enmr.allocation.domain.Candidat;
import fr.enmr.allocation.domain.Centimes;
import fr.enmr.allocation.domain.Limites;
import fr.enmr.allocation.domain.QuotaRegional;
import fr.enmr.allocation.domain.Valeur;

/** Turns a validated scenario (complete parameters and candidates) into the problem OptaPlanner solves. */
public final class ProblemeAllocation {

    private ProblemeAllocation() {
    }

    /** The problem to solve: every eligible candidate still undecided, but those the ministry imposed (pinned). */
    public static Allocation aResoudre(ParametresScenario parametres, List<CandidatScenario> candidats) {
        return new Allocation(limites(parametres), quotas(parametres, candidats), candidats(parametres, candidats, null));
    }

    /** A decided allocation: exactly the given references retained (a stored result, a what-if). */
    public static Allocation decidee(ParametresScenario parametres, List<CandidatScenario> candidats, Collection<String> retenus) {
        return new Allocation(limites(parametres), quotas(parametres, candidats), candidats(parametres, candidats, Set.copyOf(retenus)));
    }

    static Limites limites(ParametresScenario parametres) {
        return new Limites(parametres.places(), Centimes.depuisEuros(parametres.enveloppe()));
    }

    /**
     * One quota per region that has a minimum or a maximum. minimumParDefaut applies to every region
     * with an eligible candidate that minimumParRegion does not name (scenario-api.md).
     */
    public static List<QuotaRegional> quotas(ParametresScenario parametres, List<CandidatScenario> candidats) {
        Set<String> avecEligible = new HashSet<>();
        candidats.stream().filter(CandidatScenario::eligible).forEach(c -> avecEligible.add(c.region()));
        List<QuotaRegional> quotas = new ArrayList<>();
        // codes in order: the regions that can have a quota are those with an eligible candidate or a figure of their own
        Set<String> regions = new TreeSet<>(avecEligible);
        regions.addAll(parametres.minimumParRegion().keySet());
        regions.addAll(parametres.maximumParRegion().keySet());
        for (String region : regions) {
            Integer explicite = parametres.minimumParRegion().get(region);
            int minimum = explicite != null ? explicite : avecEligible.contains(region) ? parametres.minimumParDefaut() : 0;
            Integer maximum = parametres.maximumParRegion().get(region);
            if (minimum > 0 || maximum != null) {
                quotas.add(new QuotaRegional(region, minimum, maximum));
            }
        }
        return quotas;
    }

    private static List<Candidat> candidats(ParametresScenario parametres, List<CandidatScenario> candidats, Set<String> retenus) {
        Imposes imposes = parametres.choixImposes();
        List<Candidat> entites = new ArrayList<>(candidats.size());
        for (CandidatScenario c : candidats) {
            long valeur = Valeur.enPoints(Valeur.ponderee(c.patienteleRetenue(), c.zoneFragile(), c.rangArs(),
                    parametres.poidsZoneFragile(), parametres.poidsPremierRang()));
            Candidat candidat = new Candidat(c.reference(), c.nom(), c.region(), Centimes.depuisEuros(c.cout()),
                    c.patienteleRetenue(), c.zoneFragile(), c.rangArs(), c.eligible(), valeur);
            Optional<Boolean> impose = imposes.pour(c.reference());
            if (impose.isPresent()) {
                candidat = candidat.impose(impose.get());
            }
            if (retenus != null) {
                candidat.setRetenu(retenus.contains(c.reference()));
            }
            entites.add(candidat);
        }
        return entites;
    }
}
