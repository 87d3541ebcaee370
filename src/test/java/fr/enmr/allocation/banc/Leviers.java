package fr.enmr.allocation.banc;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import fr.enmr.allocation.candidats.CandidatScenario;
import fr.enmr.allocation.scenario.Imposes;
import fr.enmr.allocation.scenario.ParametresScenario;
import fr.enmr.dossier.echantillon.Codes.Region;

/**
 * The benchmark set with the ministry's levers: the default parameters of §6 plus regional maximums on the
 * four regions with the most candidates, three teams forced in (middling value per euro: the optimum would not
 * take them) and the three best by value per euro forced out (the optimum would). Deterministic for a candidate list.
 */
final class Leviers {

    static final Map<String, Integer> MAXIMUMS = Map.of(Region.ILE_DE_FRANCE, 10, Region.RHONE_ALPES, 8,
            Region.PROVENCE_ALPES_COTE_D_AZUR, 5, Region.NORD_PAS_DE_CALAIS, 4);

    private Leviers() {
    }

    static ParametresScenario parametres(List<CandidatScenario> candidats, int secondes) {
        List<CandidatScenario> parValeurParEuro = candidats.stream().filter(CandidatScenario::eligible)
                .filter(c -> c.cout().signum() > 0 && !MAXIMUMS.containsKey(c.region()))
                .sorted(Comparator.comparingDouble(Leviers::valeurParEuro).reversed().thenComparing(CandidatScenario::reference)).toList();
        int n = parValeurParEuro.size();
        List<Imposes.Choix> retenus = List.of(n * 6 / 10, n * 7 / 10, n * 8 / 10).stream()
                .map(i -> new Imposes.Choix(parValeurParEuro.get(i).reference(), "banc : imposé malgré sa valeur par euro")).toList();
        List<Imposes.Choix> exclus = parValeurParEuro.subList(0, 3).stream()
                .map(c -> new Imposes.Choix(c.reference(), "banc : exclu malgré sa valeur par euro")).toList();
        return new ParametresScenario(null, null, null, null, MAXIMUMS, null, null, secondes, new Imposes(retenus, exclus)).avecDefauts(secondes);
    }

    private static double valeurParEuro(CandidatScenario c) {
        double valeur = c.patienteleRetenue() * (c.zoneFragile() ? 1.5 : 1) * (c.rangArs() == 1 ? 1.2 : 1);
        return valeur / c.cout().doubleValue();
    }
}
