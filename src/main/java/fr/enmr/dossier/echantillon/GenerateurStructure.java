package fr.enmr.dossier.echantillon;

import java.util.stream.Collectors;
import java.util.TreeSet;
import static fr.enmr.dossier.echantillon.Codes.FormeJuridique.*;
import static fr.enmr.dossier.echantillon.Codes.TypeStructure.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import fr.enmr.dossier.echantillon.Codes.Campagne;
import fr.enmr.dossier.echantillon.Codes.FormeJuridique;
import fr.enmr.dossier.echantillon.Codes.Region;
import fr.enmr.dossier.Structure;
import fr.enmr.dossier.echantillon.Codes.TypeStructure;

/** Draws the structure: region, kind, legal form, an invented name, département and territoire. */
final class GenerateurStructure {

    private static final Loterie<String> TOUTES_REGIONS = ReferentielRegions.loterie(Set.copyOf(Region.VALEURS));
    private static final Loterie<String> REGIONS_EXPERIMENTATRICES =
            ReferentielRegions.loterie(ReferentielRegions.EXPERIMENTATRICES_2010);
    private static final Loterie<String> AUTRES_REGIONS =
            ReferentielRegions.loterie(Region.VALEURS.stream().filter(r -> !ReferentielRegions.EXPERIMENTATRICES_2010.contains(r)).collect(Collectors.toSet()));

    private static final Loterie<String> TYPES_ELIGIBLES =
            Loterie.de(MAISON_DE_SANTE, 66).et(POLE_DE_SANTE, 17).et(CENTRE_DE_SANTE, 17);
    private static final Loterie<String> TYPES_NON_ELIGIBLES = Loterie.de(CABINET_DE_GROUPE, 65).et(TypeStructure.AUTRE, 35);
    private static final Loterie<String> MAISON_OU_POLE = Loterie.de(MAISON_DE_SANTE, 80).et(POLE_DE_SANTE, 20);

    private static final Loterie<String> FORMES_AVANT_SISA = Loterie.de(SCM, 55).et(ASSOCIATION, 35).et(SCP, 10);
    // the SISA form exists since the law of 10 August 2011
    private static final Loterie<String> FORMES_APRES_SISA = Loterie.de(SISA, 45).et(SCM, 30).et(ASSOCIATION, 25);
    private static final Loterie<String> FORMES_NON_SISA = Loterie.de(SCM, 60).et(ASSOCIATION, 40);
    private static final Loterie<String> FORMES_CENTRE = Loterie.de(GESTIONNAIRE_CENTRE, 60).et(ASSOCIATION, 40);
    private static final Loterie<String> FORMES_CABINET = Loterie.de(SCM, 50).et(SCP, 30).et(SEL, 20);
    private static final Loterie<String> FORMES_AUTRE = Loterie.de(ASSOCIATION, 50).et(FormeJuridique.AUTRE, 50);

    private static final Loterie<Integer> RANGS_ARS = Loterie.de(1, 35).et(2, 25).et(3, 18).et(4, 12).et(5, 10);
    private static final double PART_ZONE_FRAGILE = 0.30;

    // place names shared by many French communes, so that they fit any département
    private static final List<String> LIEUX = List.of(
            "Saint-Martin", "Beaumont", "Villeneuve", "Montigny", "Fontaine", "Saint-Germain", "Châtillon",
            "Neuville", "Belleville", "Saint-Laurent", "Sainte-Croix", "La Chapelle", "Villiers", "Saint-Julien",
            "Bourg-Neuf", "Champagne", "Rochefort", "Saint-Pierre", "Saint-Aubin", "Montfort", "Val-Fleury",
            "Clairefontaine", "Saint-Hilaire", "Villers", "Mont-Bernard", "Sainte-Anne", "Roche-Blanche");

    private final String campagne;

    GenerateurStructure(String campagne) {
        this.campagne = campagne;
    }

    Structure generer(Tirage tirage, int annee, Set<Defaut> defauts) {
        String region = region(tirage, defauts);
        String type = type(tirage, defauts);
        String forme = formeJuridique(tirage, type, annee, defauts);
        String departement = tirage.unParmi(ReferentielRegions.departements(region));
        String territoire = tirage.unParmi(ReferentielRegions.territoiresDeSante(region, departement));
        return new Structure(nom(tirage, type), type, forme, region, departement, territoire,
                tirage.chance(PART_ZONE_FRAGILE), RANGS_ARS.tirer(tirage));
    }

    private String region(Tirage tirage, Set<Defaut> defauts) {
        if (Campagne.ENMR_2014.equals(campagne)) {
            return TOUTES_REGIONS.tirer(tirage);
        }
        return defauts.contains(Defaut.REGION_HORS_EXPERIMENTATION)
                ? AUTRES_REGIONS.tirer(tirage)
                : REGIONS_EXPERIMENTATRICES.tirer(tirage);
    }

    private static String type(Tirage tirage, Set<Defaut> defauts) {
        if (defauts.contains(Defaut.TYPE_NON_ELIGIBLE)) {
            return TYPES_NON_ELIGIBLES.tirer(tirage);
        }
        return defauts.contains(Defaut.FORME_NON_SISA) ? MAISON_OU_POLE.tirer(tirage) : TYPES_ELIGIBLES.tirer(tirage);
    }

    private String formeJuridique(Tirage tirage, String type, int annee, Set<Defaut> defauts) {
        return switch (type) {
            case MAISON_DE_SANTE, POLE_DE_SANTE -> formeMaisonOuPole(tirage, annee, defauts);
            case CENTRE_DE_SANTE -> FORMES_CENTRE.tirer(tirage);
            case CABINET_DE_GROUPE -> FORMES_CABINET.tirer(tirage);
            case TypeStructure.AUTRE -> FORMES_AUTRE.tirer(tirage);
            default -> throw new IllegalArgumentException("type de structure inconnu du générateur : " + type);
        };
    }

    private String formeMaisonOuPole(Tirage tirage, int annee, Set<Defaut> defauts) {
        if (Campagne.ENMR_2014.equals(campagne)) {
            return defauts.contains(Defaut.FORME_NON_SISA) ? FORMES_NON_SISA.tirer(tirage) : SISA;
        }
        return annee >= 2012 ? FORMES_APRES_SISA.tirer(tirage) : FORMES_AVANT_SISA.tirer(tirage);
    }

    private static String nom(Tirage tirage, String type) {
        String lieu = tirage.unParmi(LIEUX);
        String prefixe = switch (type) {
            case MAISON_DE_SANTE -> tirage.chance(0.5) ? "MSP" : "Maison de santé pluriprofessionnelle";
            case POLE_DE_SANTE -> "Pôle de santé";
            case CENTRE_DE_SANTE -> tirage.chance(0.4) ? "Centre de santé municipal" : "Centre de santé";
            case CABINET_DE_GROUPE -> "Cabinet médical de groupe";
            case TypeStructure.AUTRE -> "Réseau de santé";
            default -> throw new IllegalArgumentException("type de structure inconnu du générateur : " + type);
        };
        return prefixe + " de " + lieu;
    }
}
