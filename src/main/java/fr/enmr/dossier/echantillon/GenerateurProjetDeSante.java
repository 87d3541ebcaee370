package fr.enmr.dossier.echantillon;

import static fr.enmr.dossier.echantillon.Codes.Axe.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import fr.enmr.dossier.echantillon.Codes.Axe;
import fr.enmr.dossier.ProjetDeSante;

/** Draws the projet de santé: sent to the ARS before the year evaluated, mostly, with its axes. */
final class GenerateurProjetDeSante {

    private static final List<String> AXES_FACULTATIFS = List.of(COORDINATION, EDUCATION_THERAPEUTIQUE, PREVENTION, COOPERATION_EXTERNE);
    private static final List<String> AXES_OBLIGATOIRES = List.of(ACCES_AUX_SOINS, CONTINUITE_DES_SOINS);
    // years between sending the projet and the year evaluated: 0 = the same year, 6 or 7 = an old projet
    private static final Loterie<Integer> ANCIENNETE = Loterie.de(0, 10).et(1, 35).et(2, 25).et(3, 15).et(4, 10)
            .et(6, 3).et(7, 2);

    ProjetDeSante generer(Tirage tirage, int annee, Set<Defaut> defauts) {
        int anneeTransmission = defauts.contains(Defaut.PROJET_TRANSMIS_APRES_L_ANNEE)
                ? annee + 1
                : annee - ANCIENNETE.tirer(tirage);
        boolean formalise = !defauts.contains(Defaut.PROJET_NON_FORMALISE);
        return new ProjetDeSante(formalise, tirage.jourDe(anneeTransmission), axes(tirage, defauts));
    }

    private static List<String> axes(Tirage tirage, Set<Defaut> defauts) {
        List<String> axes = new ArrayList<>(AXES_OBLIGATOIRES);
        if (defauts.contains(Defaut.PROJET_SANS_AXE_OBLIGATOIRE)) {
            axes.remove(tirage.unParmi(AXES_OBLIGATOIRES));
        }
        axes.addAll(tirage.plusieursParmi(AXES_FACULTATIFS, tirage.entre(0, AXES_FACULTATIFS.size())));
        return List.copyOf(axes);
    }
}
