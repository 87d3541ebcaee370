package fr.enmr.pilotage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import fr.enmr.dossier.LibellesDesCodes;

/** The dashboard's tables, as the page shows them and the exports write them, with French headers and labels. */
@ApplicationScoped
public class Tableaux {

    public static final List<String> NOMS = List.of("chiffres", "regions", "criteres", "constats", "taux", "evolution");

    public List<Tableau> de(TableauDeBord t) {
        return NOMS.stream().map(nom -> un(t, nom).orElseThrow()).toList();
    }

    public Optional<Tableau> un(TableauDeBord t, String nom) {
        return Optional.ofNullable(switch (nom) {
            case "chiffres" -> chiffres(t);
            case "regions" -> regions(t);
            case "criteres" -> comptes("criteres", "Critères non satisfaits", "Critère", "Critere", t.criteresNonSatisfaits());
            case "constats" -> comptes("constats", "Constats", "Constat", "Constat", t.constats());
            case "taux" -> taux(t);
            case "evolution" -> evolution(t);
            default -> null;
        });
    }

    private Tableau chiffres(TableauDeBord t) {
        List<List<Object>> lignes = new ArrayList<>();
        lignes.add(List.of("Campagne", t.campagne()));
        lignes.add(List.of("Année", t.annee()));
        lignes.add(List.of("Région", t.region() == null ? "Toutes" : LibellesDesCodes.de("Region", t.region())));
        lignes.add(List.of("Sites (dernière décision de chaque référence)", t.sites()));
        lignes.add(List.of("Sites éligibles", t.eligibles()));
        lignes.add(List.of("Module 1 — part A (€)", t.module1().partA()));
        lignes.add(List.of("Module 1 — part B (€)", t.module1().partB()));
        lignes.add(List.of("Module 1 — part conditionnelle non versée, objectifs non atteints (€)", t.module1().partConditionnelleNonVersee()));
        lignes.add(List.of("Module 1 (€)", t.module1().montant()));
        lignes.add(List.of("Module 2 — programmes financés", t.module2().programmes()));
        lignes.add(List.of("Module 2 — patients", t.module2().patients()));
        lignes.add(List.of("Module 2 (€)", t.module2().montant()));
        lignes.add(List.of("Total des forfaits (€)", t.total()));
        lignes.add(List.of("Moyenne par site éligible (€)", t.moyenneParSiteEligible()));
        lignes.add(List.of("Taux d'atteinte moyen des sites éligibles", t.tauxAtteinte().moyen() == null ? "" : t.tauxAtteinte().moyen()));
        return new Tableau("chiffres", "Chiffres clés", List.of("Indicateur", "Valeur"), lignes);
    }

    private Tableau regions(TableauDeBord t) {
        List<List<Object>> lignes = t.parRegion().stream().map(r -> List.<Object>of(r.region(), r.nom(), r.sites(), r.eligibles(), r.total(),
                r.criteresNonSatisfaits().values().stream().mapToLong(Long::longValue).sum(), r.constats().values().stream().mapToLong(Long::longValue).sum(),
                r.module1().partA(), r.module1().partB(), r.module1().partConditionnelleNonVersee(), r.module1().montant(), r.module2().montant()))
                .toList();
        // the breakdown after the columns of earlier exports, which spreadsheets may read by position
        return new Tableau("regions", "Par région", List.of("Code", "Région", "Sites", "Sites éligibles", "Total des forfaits (€)",
                "Critères non satisfaits", "Constats", "Module 1 — part A (€)", "Module 1 — part B (€)",
                "Module 1 — part conditionnelle non versée (€)", "Module 1 (€)", "Module 2 (€)"), lignes);
    }

    private Tableau comptes(String nom, String titre, String colonne, String liste, Map<String, Long> comptes) {
        List<List<Object>> lignes = comptes.entrySet().stream()
                .map(e -> List.<Object>of(e.getKey(), LibellesDesCodes.de(liste, e.getKey()), e.getValue())).toList();
        return new Tableau(nom, titre, List.of("Code", colonne, "Sites"), lignes);
    }

    private static Tableau taux(TableauDeBord t) {
        List<List<Object>> lignes = t.tauxAtteinte().repartition().stream().map(r -> List.<Object>of(r.de(), r.a(), r.sites())).toList();
        return new Tableau("taux", "Taux d'atteinte (éligibles)", List.of("De", "À", "Sites"), lignes);
    }

    private static Tableau evolution(TableauDeBord t) {
        List<List<Object>> lignes = t.evolution().stream()
                .map(e -> List.<Object>of(e.campagne(), e.annee(), e.sites(), e.eligibles(), e.total())).toList();
        return new Tableau("evolution", "Évolution par campagne", List.of("Campagne", "Année", "Sites", "Sites éligibles", "Total des forfaits (€)"), lignes);
    }
}
