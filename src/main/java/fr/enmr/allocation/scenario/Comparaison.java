package fr.enmr.allocation.scenario;

import java.util.TreeSet;
import java.util.TreeMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;


/**
 * GET /api/scenarios/comparaison (scenario-api.md): two scenarios side by side, region by region,
 * the candidates retained in one and not the other, and their totals.
 */
public record Comparaison(Resume a, Resume b, List<LigneComparee> parRegion, List<String> retenusSeulementDansA,
        List<String> retenusSeulementDansB, TotauxCompares totaux) {

    public record Resume(String id, String nom, Statut statut, String score, ParametresScenario parametres) {
    }

    public record Chiffres(int places, BigDecimal cout, long patients) {
    }

    public record LigneComparee(String region, Chiffres a, Chiffres b) {
    }

    public record TotauxCompares(Resultat.Totaux a, Resultat.Totaux b) {
    }

    public static Comparaison entre(ScenarioEnregistre a, ScenarioEnregistre b) {
        Resultat ra = CalculResultat.calculer(a.scenario(), a.avancement().retenus());
        Resultat rb = CalculResultat.calculer(b.scenario(), b.avancement().retenus());
        Map<String, Chiffres> parRegionA = parRegion(ra);
        Map<String, Chiffres> parRegionB = parRegion(rb);
        Chiffres aucun = new Chiffres(0, BigDecimal.ZERO.setScale(2), 0);
        List<LigneComparee> lignes = new ArrayList<>();
        Set<String> regions = new TreeSet<>(parRegionA.keySet());
        regions.addAll(parRegionB.keySet());
        for (String region : regions) {
            {
                lignes.add(new LigneComparee(region, parRegionA.getOrDefault(region, aucun), parRegionB.getOrDefault(region, aucun)));
            }
        }
        return new Comparaison(resume(a), resume(b), lignes, sauf(ra.retenus(), rb.retenus()), sauf(rb.retenus(), ra.retenus()),
                new TotauxCompares(ra.totaux(), rb.totaux()));
    }

    private static Resume resume(ScenarioEnregistre s) {
        return new Resume(s.id(), s.scenario().nom(), s.avancement().statut(), s.avancement().score(), s.scenario().parametres());
    }

    private static Map<String, Chiffres> parRegion(Resultat resultat) {
        Map<String, Chiffres> chiffres = new TreeMap<>();
        resultat.parRegion().forEach(l -> chiffres.put(l.region(), new Chiffres(l.places(), l.cout(), l.patients())));
        return chiffres;
    }

    private static List<String> sauf(List<String> retenus, List<String> autres) {
        Set<String> exclus = new HashSet<>(autres);
        return retenus.stream().filter(r -> !exclus.contains(r)).sorted().toList();
    }
}
