package fr.enmr.dossier.echantillon;

import static fr.enmr.dossier.echantillon.Codes.Profession.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import fr.enmr.dossier.echantillon.Codes.Profession;
import fr.enmr.dossier.Professionnel;

/** Draws the team: médecins généralistes, auxiliaires médicaux, other professions, some non-adherent lines. */
final class GenerateurEquipe {

    private static final Loterie<Integer> NOMBRE_GENERALISTES = Loterie.de(2, 10).et(3, 18).et(4, 18).et(5, 15)
            .et(6, 12).et(7, 8).et(8, 6).et(9, 4).et(10, 3).et(11, 2).et(12, 2);
    // most professionals work 6 to 11 half-days a week in the structure; a few part-timers and long weeks
    private enum Temps { HABITUEL, PARTIEL, LONG }

    private static final Loterie<Temps> TEMPS = Loterie.de(Temps.HABITUEL, 85).et(Temps.PARTIEL, 8).et(Temps.LONG, 7);

    private record Autre(String profession, double probabilite, int maximum) {
    }

    private static final List<Autre> AUTRES_AUXILIAIRES = List.of(
            new Autre(ORTHOPHONISTE, 0.30, 2), new Autre(PEDICURE_PODOLOGUE, 0.35, 2), new Autre(DIETETICIEN, 0.25, 1),
            new Autre(ORTHOPTISTE, 0.05, 1), new Autre(ERGOTHERAPEUTE, 0.05, 1), new Autre(PSYCHOMOTRICIEN, 0.05, 1));
    private static final List<Autre> NON_AUXILIAIRES = List.of(
            new Autre(PHARMACIEN, 0.30, 2), new Autre(CHIRURGIEN_DENTISTE, 0.20, 3), new Autre(SAGE_FEMME, 0.25, 2),
            new Autre(PSYCHOLOGUE, 0.20, 1), new Autre(MEDECIN_SPECIALISTE, 0.15, 2), new Autre(Profession.AUTRE, 0.05, 1));
    private static final List<String> NON_ADHERENTS_POSSIBLES = List.of(MEDECIN_GENERALISTE, INFIRMIER, MASSEUR_KINESITHERAPEUTE);
    private static final double PART_AVEC_NON_ADHERENTS = 0.25;

    List<Professionnel> generer(Tirage tirage, Set<Defaut> defauts) {
        List<Professionnel> equipe = new ArrayList<>();
        generalistes(tirage, defauts.contains(Defaut.UN_SEUL_MEDECIN) ? 1 : NOMBRE_GENERALISTES.tirer(tirage), equipe);
        boolean sansAuxiliaire = defauts.contains(Defaut.SANS_AUXILIAIRE_MEDICAL);
        if (!sansAuxiliaire) {
            auxiliaires(tirage, equipe);
        }
        for (Autre autre : NON_AUXILIAIRES) {
            ajouterPeutEtre(tirage, autre, equipe);
        }
        if (sansAuxiliaire || tirage.chance(PART_AVEC_NON_ADHERENTS)) {
            // non-adherent colleagues work in the structure but do not count (a team without auxiliaire often has some)
            String profession = sansAuxiliaire ? tirage.unParmi(List.of(INFIRMIER, MASSEUR_KINESITHERAPEUTE))
                    : tirage.unParmi(NON_ADHERENTS_POSSIBLES);
            equipe.add(ligne(tirage, profession, tirage.entre(1, 2), false));
        }
        return List.copyOf(equipe);
    }

    private static void generalistes(Tirage tirage, int nombre, List<Professionnel> equipe) {
        if (nombre >= 4 && tirage.chance(0.4)) {
            int tempsPlein = tirage.entre(2, nombre - 1); // a mixed team: some full-time, the others part-time
            equipe.add(new Professionnel(MEDECIN_GENERALISTE, tempsPlein, tirage.entre(9, 11), true));
            equipe.add(new Professionnel(MEDECIN_GENERALISTE, nombre - tempsPlein, tirage.entre(4, 7), true));
        } else {
            equipe.add(ligne(tirage, MEDECIN_GENERALISTE, nombre, true));
        }
    }

    private static void auxiliaires(Tirage tirage, List<Professionnel> equipe) {
        boolean infirmiers = tirage.chance(0.90);
        boolean kinesitherapeutes = tirage.chance(0.75);
        if (infirmiers || !kinesitherapeutes) { // at least one auxiliaire médical: nurses by default
            equipe.add(ligne(tirage, INFIRMIER, tirage.entre(1, 6), true));
        }
        if (kinesitherapeutes) {
            equipe.add(ligne(tirage, MASSEUR_KINESITHERAPEUTE, tirage.entre(1, 4), true));
        }
        for (Autre autre : AUTRES_AUXILIAIRES) {
            ajouterPeutEtre(tirage, autre, equipe);
        }
    }

    private static void ajouterPeutEtre(Tirage tirage, Autre autre, List<Professionnel> equipe) {
        if (tirage.chance(autre.probabilite())) {
            equipe.add(ligne(tirage, autre.profession(), tirage.entre(1, autre.maximum()), true));
        }
    }

    private static Professionnel ligne(Tirage tirage, String profession, int nombre, boolean adherent) {
        return new Professionnel(profession, nombre, demiJournees(tirage), adherent);
    }

    private static int demiJournees(Tirage tirage) {
        return switch (TEMPS.tirer(tirage)) {
            case HABITUEL -> tirage.entre(6, 11);
            case PARTIEL -> tirage.entre(2, 5);
            case LONG -> tirage.entre(12, 14);
        };
    }
}
