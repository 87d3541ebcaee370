package fr.enmr.pilotage;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import fr.enmr.dossier.LibellesDesCodes;
import fr.enmr.moteur.Moteurs;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import fr.enmr.store.StoredAggregate;
import fr.enmr.store.Syntheses;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Builds the steering dashboard from the aggregates the store keeps per campaign, year and region ({@link Syntheses}):
 * at most 26 aggregates for the figures and one per campaign, year and region for the evolution are read and added up;
 * no decision is read.
 */
@ApplicationScoped
public class PilotageService {

    private static final int TRANCHES = 10;

    private final Syntheses syntheses;
    private final Supplier<List<String>> regionsEnVigueur;

    @Inject
    public PilotageService(Syntheses syntheses, Moteurs moteurs) {
        this(syntheses, () -> moteurs.actif().vocabulaire().regions());
    }

    /** @param regionsEnVigueur the region codes of the rules in force: every one has its row, with or without decisions */
    public PilotageService(Syntheses syntheses, Supplier<List<String>> regionsEnVigueur) {
        this.syntheses = syntheses;
        this.regionsEnVigueur = regionsEnVigueur;
    }

    public TableauDeBord tableau(ParametresPilotage parametres) {
        syntheses.recalculer(); // this instance's own writes are seen at once
        String region = parametres.region();
        List<StoredAggregate> annee = syntheses.agregats(new Syntheses.Perimetre(parametres.campagne(), parametres.annee(), region));
        Map<String, Map<String, Long>> criteres = new TreeMap<>();
        Map<String, Map<String, Long>> constats = new TreeMap<>();
        Map<String, Long> tranches = new TreeMap<>();
        Map<String, StoredAggregate> parRegion = new TreeMap<>();
        for (StoredAggregate agregat : annee) {
            Map<String, Map<String, Long>> comptes = syntheses.comptes(agregat);
            criteres.put(agregat.region(), comptes.getOrDefault("criteresNonSatisfaits", Map.of()));
            constats.put(agregat.region(), comptes.getOrDefault("constats", Map.of()));
            comptes.getOrDefault("tranchesTaux", Map.of()).forEach((tranche, n) -> tranches.merge(tranche, n, Long::sum));
            parRegion.put(agregat.region(), agregat);
        }
        long sites = somme(annee, StoredAggregate::sites);
        long eligibles = somme(annee, StoredAggregate::eligibles);
        long total = somme(annee, StoredAggregate::total);
        double sommeTaux = annee.stream().mapToDouble(StoredAggregate::sommeTaux).sum();
        return new TableauDeBord(parametres.campagne(), parametres.annee(), region, sites, eligibles, module1(annee), module2(annee),
                euros(total),
                eligibles == 0 ? euros(0) : BigDecimal.valueOf(total).divide(BigDecimal.valueOf(eligibles * 100), 2, RoundingMode.HALF_UP),
                additionner(criteres.values().stream()), additionner(constats.values().stream()),
                new TableauDeBord.TauxAtteinte(eligibles == 0 ? null : BigDecimal.valueOf(sommeTaux / eligibles).setScale(4, RoundingMode.HALF_UP),
                        repartition(tranches)),
                regions(parametres, parRegion, criteres, constats), evolution(region));
    }

    /** The regions of the rules in force, in their order, then those only older decisions carry (they stay counted). */
    private List<TableauDeBord.ParRegion> regions(ParametresPilotage parametres, Map<String, StoredAggregate> agregats,
            Map<String, Map<String, Long>> criteres, Map<String, Map<String, Long>> constats) {
        Set<String> regions = new LinkedHashSet<>();
        if (parametres.region() == null) {
            regions.addAll(regionsEnVigueur.get());
            regions.addAll(new TreeSet<>(agregats.keySet()));
        } else {
            regions.add(parametres.region());
        }
        return regions.stream().map(r -> {
            List<StoredAggregate> a = agregats.containsKey(r) ? List.of(agregats.get(r)) : List.of();
            return new TableauDeBord.ParRegion(r, LibellesDesCodes.region(r), somme(a, StoredAggregate::sites), somme(a, StoredAggregate::eligibles),
                    module1(a), module2(a), euros(somme(a, StoredAggregate::total)), parCompte(criteres.getOrDefault(r, Map.of())),
                    parCompte(constats.getOrDefault(r, Map.of())));
        }).toList();
    }

    /** Every campaign and year with a decision (in the region, if one is asked), oldest first. */
    private List<TableauDeBord.Evolution> evolution(String region) {
        Map<String, List<StoredAggregate>> parAnnee = new TreeMap<>();
        for (StoredAggregate a : syntheses.agregats(new Syntheses.Perimetre(null, null, region))) {
            parAnnee.computeIfAbsent(a.annee() + "/" + a.campagne(), k -> new ArrayList<>()).add(a);
        }
        return parAnnee.values().stream().map(liste -> new TableauDeBord.Evolution(liste.get(0).campagne(), liste.get(0).annee(),
                somme(liste, StoredAggregate::sites), somme(liste, StoredAggregate::eligibles), euros(somme(liste, StoredAggregate::total))))
                .toList();
    }

    /** Part A, part B, and what the objectives not met kept back of them: every site's Module 1 is A + B less that. */
    private static TableauDeBord.Module1 module1(List<StoredAggregate> agregats) {
        long partA = somme(agregats, StoredAggregate::partA);
        long partB = somme(agregats, StoredAggregate::partB);
        long montant = somme(agregats, StoredAggregate::montantModule1);
        return new TableauDeBord.Module1(euros(partA), euros(partB), euros(partA + partB - montant), euros(montant));
    }

    private static TableauDeBord.Module2 module2(List<StoredAggregate> agregats) {
        return new TableauDeBord.Module2(somme(agregats, StoredAggregate::programmes), somme(agregats, StoredAggregate::patients),
                euros(somme(agregats, StoredAggregate::montantModule2)));
    }

    private static List<TableauDeBord.Tranche> repartition(Map<String, Long> tranches) {
        List<TableauDeBord.Tranche> repartition = new ArrayList<>();
        for (int t = 0; t < TRANCHES; t++) {
            repartition.add(new TableauDeBord.Tranche(BigDecimal.valueOf(t, 1), BigDecimal.valueOf(t + 1L, 1),
                    tranches.getOrDefault(Integer.toString(t), 0L)));
        }
        return repartition;
    }

    private static Map<String, Long> additionner(Stream<Map<String, Long>> comptes) {
        Map<String, Long> total = new TreeMap<>();
        comptes.forEach(c -> c.forEach((code, n) -> total.merge(code, n, Long::sum)));
        return parCompte(total);
    }

    /** Codes by decreasing count, then by code. */
    private static Map<String, Long> parCompte(Map<String, Long> comptes) {
        Map<String, Long> tries = new LinkedHashMap<>();
        comptes.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> tries.put(e.getKey(), e.getValue()));
        return tries;
    }

    private static long somme(List<StoredAggregate> agregats, java.util.function.ToLongFunction<StoredAggregate> champ) {
        return agregats.stream().mapToLong(champ).sum();
    }

    private static BigDecimal euros(long centimes) {
        return BigDecimal.valueOf(centimes, 2);
    }
}
