package fr.enmr.dossier.echantillon;

import java.util.TreeSet;
import java.util.Set;

import fr.enmr.dossier.echantillon.Codes.Campagne;

/** Decides which dossiers fail a site criterion, and which one(s). */
final class TirageDefauts {

    private static final double PART_NON_CONFORME = 0.12;
    private static final double PART_DOUBLE_DEFAUT = 0.20;

    private final Loterie<Defaut> loterie;

    TirageDefauts(String campagne) {
        Loterie<Defaut> defauts = Loterie.de(Defaut.TYPE_NON_ELIGIBLE, 2)
                .et(Defaut.PROJET_TRANSMIS_APRES_L_ANNEE, 2)
                .et(Defaut.PROJET_SANS_AXE_OBLIGATOIRE, 2)
                .et(Defaut.PROJET_NON_FORMALISE, 1)
                .et(Defaut.UN_SEUL_MEDECIN, 2)
                .et(Defaut.SANS_AUXILIAIRE_MEDICAL, 1);
        // the campaign-specific criterion is the most common failure of each campaign
        this.loterie = Campagne.ENMR_2010.equals(campagne)
                ? defauts.et(Defaut.REGION_HORS_EXPERIMENTATION, 8)
                : defauts.et(Defaut.FORME_NON_SISA, 4);
    }

    Set<Defaut> tirer(Tirage tirage) {
        Set<Defaut> defauts = new TreeSet<>();
        if (tirage.chance(PART_NON_CONFORME)) {
            defauts.add(loterie.tirer(tirage));
            if (tirage.chance(PART_DOUBLE_DEFAUT)) {
                defauts.add(loterie.tirer(tirage));
            }
        }
        if (defauts.contains(Defaut.TYPE_NON_ELIGIBLE)) {
            defauts.remove(Defaut.FORME_NON_SISA); // only a maison or pôle can lack the SISA form
        }
        return defauts;
    }
}
