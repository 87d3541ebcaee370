package fr.enmr.allocation.candidats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.enmr.dossier.NomsDeStructure;

/**
 * Finds the teams that look like one under several references (ARS files resubmitted under a new
 * number, a CSV imported twice before keys existed): same structure name once case, accents and
 * spacing are set aside, same structure type, same department.
 */
public final class DoublonsPresumes {

    private DoublonsPresumes() {
    }

    /** A team as its stored dossier names it. */
    public record Equipe(String reference, String nom, String typeStructure, String departement) {
    }

    /** @return the groups of two references or more, in the order their first team appears */
    public static List<DoublonPresume> parmi(List<Equipe> equipes) {
        Map<String, List<Equipe>> groupes = new LinkedHashMap<>();
        for (Equipe equipe : equipes) {
            if (equipe.nom() != null && !equipe.nom().isBlank() && equipe.typeStructure() != null && equipe.departement() != null) {
                groupes.computeIfAbsent(normalise(equipe.nom()) + "|" + equipe.typeStructure() + "|" + equipe.departement().trim(),
                        k -> new ArrayList<>()).add(equipe);
            }
        }
        return groupes.values().stream().filter(g -> g.stream().map(Equipe::reference).distinct().count() > 1)
                .map(g -> new DoublonPresume(g.stream().map(Equipe::reference).distinct().sorted().toList(), g.get(0).nom(),
                        g.get(0).typeStructure(), g.get(0).departement().trim()))
                .toList();
    }

    /** « MSP  de Saint-Brévin » and « msp de saint brevin » are the same name. */
    static String normalise(String nom) {
        return NomsDeStructure.normalise(nom);
    }
}
