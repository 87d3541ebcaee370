package fr.enmr.allocation.scenario;

import fr.enmr.allocation.candidats.CandidatScenario;
import java.util.TreeSet;
import java.util.TreeMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.enmr.allocation.domain.Centimes;
import fr.enmr.allocation.domain.Nombres;
import fr.enmr.allocation.domain.QuotaRegional;
import fr.enmr.allocation.domain.Valeur;

/** Computes the ministry's tables from a scenario and a selection: per region, totals, budget left. */
public final class CalculResultat {

    private CalculResultat() {
    }

    /** The result of a scenario's progress: its selection, the price of its imposed choices, the time it had. */
    public static Resultat calculer(Scenario scenario, Avancement avancement) {
        Resultat resultat = calculer(scenario, avancement.retenus());
        return resultat.avec(PrixDesChoix.calculer(scenario, avancement, resultat.totaux()), PrixDesChoix.temps(scenario, avancement));
    }

    public static Resultat calculer(Scenario scenario, Collection<String> references) {
        Set<String> retenus = new HashSet<>(references);
        ParametresScenario p = scenario.parametres();
        List<CandidatScenario> selection = scenario.candidats().stream().filter(c -> retenus.contains(c.reference())).toList();
        long enveloppe = Centimes.depuisEuros(p.enveloppe());
        long cout = centimes(selection);
        Contexte contexte = new Contexte(scenario, retenus, enveloppe - cout, p.places() - selection.size());
        List<Resultat.LigneRegion> parRegion = new ArrayList<>();
        Map<String, QuotaRegional> quotas = new TreeMap<>();
        ProblemeAllocation.quotas(p, scenario.candidats()).forEach(q -> quotas.put(q.region(), q));
        Set<String> regions = new TreeSet<>(quotas.keySet());
        scenario.candidats().forEach(c -> regions.add(c.region()));
        for (String region : regions) {
            List<CandidatScenario> candidatsRegion = scenario.candidats().stream().filter(c -> c.region().equals(region)).toList();
            QuotaRegional quota = quotas.get(region);
            if (!candidatsRegion.isEmpty() || quota != null) {
                parRegion.add(ligne(region, candidatsRegion, quota, contexte));
            }
        }
        List<String> ordonnes = selection.stream().map(CandidatScenario::reference).sorted().toList();
        return new Resultat(ordonnes, parRegion, new Resultat.Totaux(selection.size(), Centimes.enEuros(cout),
                patients(selection), valeur(selection, p), Centimes.enEuros(enveloppe - cout)), doublons(scenario, retenus));
    }

    private static List<Resultat.Doublon> doublons(Scenario scenario, Set<String> retenus) {
        return scenario.doublonsPresumes().stream().map(d -> {
            List<String> retenues = d.references().stream().filter(retenus::contains).toList();
            String explication = "Même équipe probable sous " + d.references().size() + " références (" + String.join(", ", d.references())
                    + ") : « " + d.nom() + " », " + d.typeStructure() + ", département " + d.departement() + " ; "
                    + (retenues.size() > 1 ? retenues.size() + " retenues : la même équipe serait financée plusieurs fois, à vérifier avant de notifier."
                            : retenues.size() == 1 ? "une seule retenue." : "aucune retenue.");
            return new Resultat.Doublon(d.references(), d.nom(), d.typeStructure(), d.departement(), retenues, explication);
        }).toList();
    }

    /** The value of §6 on these (retained) candidates, exact. */
    public static BigDecimal valeur(List<CandidatScenario> selection, ParametresScenario p) {
        return Nombres.simplifie(selection.stream()
                .map(c -> Valeur.ponderee(c.patienteleRetenue(), c.zoneFragile(), c.rangArs(), p.poidsZoneFragile(), p.poidsPremierRang()))
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    static long centimes(List<CandidatScenario> candidats) {
        return candidats.stream().mapToLong(c -> Centimes.depuisEuros(c.cout())).sum();
    }

    static long patients(List<CandidatScenario> candidats) {
        return candidats.stream().mapToLong(CandidatScenario::patienteleRetenue).sum();
    }

    private static Resultat.LigneRegion ligne(String region, List<CandidatScenario> candidats, QuotaRegional quota, Contexte contexte) {
        List<CandidatScenario> retenus = candidats.stream().filter(c -> contexte.retenus.contains(c.reference())).toList();
        int minimum = quota == null ? 0 : quota.minimum();
        Integer maximum = quota == null ? null : quota.maximum();
        boolean atteint = retenus.size() >= minimum;
        return new Resultat.LigneRegion(region, retenus.size(), Centimes.enEuros(centimes(retenus)), patients(retenus), minimum, maximum,
                atteint, atteint ? minimumAtteint(minimum, retenus.size()) : contexte.pourquoiManque(region, candidats, minimum, maximum, retenus.size()));
    }

    private static String minimumAtteint(int minimum, int places) {
        return minimum == 0 ? "Aucun minimum demandé ; " + places + " équipe(s) retenue(s)."
                : "Minimum de " + minimum + " atteint : " + places + " équipe(s) retenue(s).";
    }

    /** What the whole selection leaves: money and places, and which retained teams could make way. */
    private record Contexte(Scenario scenario, Set<String> retenus, long resteCentimes, int placesLibres) {

        String pourquoiManque(String region, List<CandidatScenario> candidats, int minimum, Integer maximum, int places) {
            String debut = "Minimum de " + minimum + " non atteint (" + places + " retenue(s)) : ";
            List<CandidatScenario> eligibles = candidats.stream().filter(CandidatScenario::eligible).toList();
            if (candidats.isEmpty()) {
                return debut + "aucun candidat de la région dans le scénario.";
            }
            if (eligibles.size() < minimum) {
                return debut + "seulement " + eligibles.size() + " candidat(s) éligible(s) dans la région.";
            }
            if (maximum != null && maximum < minimum) {
                return debut + "le maximum régional (" + maximum + ") est inférieur au minimum.";
            }
            Imposes imposes = scenario.parametres().choixImposes();
            List<CandidatScenario> possibles = eligibles.stream().filter(c -> !retenus.contains(c.reference()))
                    .filter(c -> imposes.pour(c.reference()).isEmpty()).toList();
            if (possibles.isEmpty()) {
                return debut + "les autres candidats éligibles de la région sont exclus par le ministère (parametres.imposes.exclus).";
            }
            CandidatScenario moinsCher = possibles.stream().min(Comparator.comparing(CandidatScenario::cout)).orElseThrow();
            long cout = Centimes.depuisEuros(moinsCher.cout());
            List<String> obstacles = new ArrayList<>();
            if (placesLibres <= 0) {
                obstacles.add("toutes les places sont prises");
            }
            if (cout > resteCentimes) {
                obstacles.add("il coûte plus que ce qui reste de l'enveloppe (" + Centimes.texte(resteCentimes) + ")");
            }
            String texte = debut + "le moins coûteux des candidats éligibles non retenus (" + moinsCher.reference() + ", "
                    + Centimes.texte(cout) + ") ne peut pas être ajouté : " + String.join(" et ", obstacles);
            Optional<CandidatScenario> echange = echangePossible(region, cout);
            return texte + echange
                    .map(r -> ". Un échange contre " + r.reference() + " aurait tenu dans l'enveloppe : le solveur ne l'a pas trouvé dans le temps imparti, relancer avec une durée plus longue.")
                    .orElse(" ; et l'échanger contre une équipe retenue ailleurs dépasserait l'enveloppe ou ferait passer une autre région sous son minimum.");
        }

        /** A retained team of another region whose place and money would let this one in, without opening another shortfall. */
        private Optional<CandidatScenario> echangePossible(String region, long cout) {
            Map<String, Long> parRegion = new TreeMap<>();
            scenario.candidats().stream().filter(c -> retenus.contains(c.reference())).forEach(c -> parRegion.merge(c.region(), 1L, Long::sum));
            Map<String, Integer> minimums = new TreeMap<>();
            ProblemeAllocation.quotas(scenario.parametres(), scenario.candidats()).forEach(q -> minimums.put(q.region(), q.minimum()));
            Imposes imposes = scenario.parametres().choixImposes();
            return scenario.candidats().stream()
                    .filter(r -> retenus.contains(r.reference()) && !r.region().equals(region))
                    .filter(r -> imposes.pour(r.reference()).isEmpty()) // a team the ministry imposed does not make way
                    .filter(r -> parRegion.get(r.region()) > minimums.getOrDefault(r.region(), 0))
                    .filter(r -> cout - Centimes.depuisEuros(r.cout()) <= resteCentimes)
                    .findFirst();
        }
    }
}
