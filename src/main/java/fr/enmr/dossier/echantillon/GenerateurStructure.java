package fr.enmr.dossier.echantillon;

import static fr.enmr.dossier.FormeJuridique.*;
import static fr.enmr.dossier.TypeStructure.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import fr.enmr.dossier.Campagne;
import fr.enmr.dossier.FormeJuridique;
import fr.enmr.dossier.Region;
import fr.enmr.dossier.Structure;
import fr.enmr.dossier.TypeStructure;

/** Draws the structure: region, kind, legal form, an invented name, département and territoire. */
final class GenerateurStructure {

    private static final Loterie<Region> TOUTES_REGIONS = ReferentielRegions.loterie(EnumSet.allOf(Region.class));
    private static final Loterie<Region> REGIONS_EXPERIMENTATRICES =
            ReferentielRegions.loterie(ReferentielRegions.EXPERIMENTATRICES_2010);
    private static final Loterie<Region> AUTRES_REGIONS =
            ReferentielRegions.loterie(EnumSet.complementOf(EnumSet.copyOf(ReferentielRegions.EXPERIMENTATRICES_2010)));

    private static final Loterie<TypeStructure> TYPES_ELIGIBLES =
            Loterie.de(MAISON_DE_SANTE, 66).et(POLE_DE_SANTE, 17).et(CENTRE_DE_SANTE, 17);
    private static final Loterie<TypeStructure> TYPES_NON_ELIGIBLES = Loterie.de(CABINET_DE_GROUPE, 65).et(TypeStructure.AUTRE, 35);
    private static final Loterie<TypeStructure> MAISON_OU_POLE = Loterie.de(MAISON_DE_SANTE, 80).et(POLE_DE_SANTE, 20);

    private static final Loterie<FormeJuridique> FORMES_AVANT_SISA = Loterie.de(SCM, 55).et(ASSOCIATION, 35).et(SCP, 10);
    // the SISA form exists since the law of 10 August 2011
    private static final Loterie<FormeJuridique> FORMES_APRES_SISA = Loterie.de(SISA, 45).et(SCM, 30).et(ASSOCIATION, 25);
    private static final Loterie<FormeJuridique> FORMES_NON_SISA = Loterie.de(SCM, 60).et(ASSOCIATION, 40);
    private static final Loterie<FormeJuridique> FORMES_CENTRE = Loterie.de(GESTIONNAIRE_CENTRE, 60).et(ASSOCIATION, 40);
    private static final Loterie<FormeJuridique> FORMES_CABINET = Loterie.de(SCM, 50).et(SCP, 30).et(SEL, 20);
    private static final Loterie<FormeJuridique> FORMES_AUTRE = Loterie.de(ASSOCIATION, 50).et(FormeJuridique.AUTRE, 50);

    private static final Loterie<Integer> RANGS_ARS = Loterie.de(1, 35).et(2, 25).et(3, 18).et(4, 12).et(5, 10);
    private static final double PART_ZONE_FRAGILE = 0.30;

    // place names shared by many French communes, so that they fit any département
    private static final List<String> LIEUX = List.of(
            "Saint-Martin", "Beaumont", "Villeneuve", "Montigny", "Fontaine", "Saint-Germain", "Châtillon",
            "Neuville", "Belleville", "Saint-Laurent", "Sainte-Croix", "La Chapelle", "Villiers", "Saint-Julien",
            "Bourg-Neuf", "Champagne", "Rochefort", "Saint-Pierre", "Saint-Aubin", "Montfort", "Val-Fleury",
            "Clairefontaine", "Saint-Hilaire", "Villers", "Mont-Bernard", "Sainte-Anne", "Roche-Blanche");

    private final Campagne campagne;

    GenerateurStructure(Campagne campagne) {
        this.campagne = campagne;
    }

    Structure generer(Tirage tirage, int annee, Set<Defaut> defauts) {
        Region region = region(tirage, defauts);
        TypeStructure type = type(tirage, defauts);
        FormeJuridique forme = formeJuridique(tirage, type, annee, defauts);
        String departement = tirage.unParmi(ReferentielRegions.departements(region));
        String territoire = tirage.unParmi(ReferentielRegions.territoiresDeSante(region, departement));
        return new Structure(nom(tirage, type), type, forme, region, departement, territoire,
                tirage.chance(PART_ZONE_FRAGILE), RANGS_ARS.tirer(tirage));
    }

    private Region region(Tirage tirage, Set<Defaut> defauts) {
        if (campagne == Campagne.ENMR_2014) {
            return TOUTES_REGIONS.tirer(tirage);
        }
        return defauts.contains(Defaut.REGION_HORS_EXPERIMENTATION)
                ? AUTRES_REGIONS.tirer(tirage)
                : REGIONS_EXPERIMENTATRICES.tirer(tirage);
    }

    private static TypeStructure type(Tirage tirage, Set<Defaut> defauts) {
        if (defauts.contains(Defaut.TYPE_NON_ELIGIBLE)) {
            return TYPES_NON_ELIGIBLES.tirer(tirage);
        }
        return defauts.contains(Defaut.FORME_NON_SISA) ? MAISON_OU_POLE.tirer(tirage) : TYPES_ELIGIBLES.tirer(tirage);
    }

    private FormeJuridique formeJuridique(Tirage tirage, TypeStructure type, int annee, Set<Defaut> defauts) {
        return switch (type) {
            case MAISON_DE_SANTE, POLE_DE_SANTE -> formeMaisonOuPole(tirage, annee, defauts);
            case CENTRE_DE_SANTE -> FORMES_CENTRE.tirer(tirage);
            case CABINET_DE_GROUPE -> FORMES_CABINET.tirer(tirage);
            case AUTRE -> FORMES_AUTRE.tirer(tirage);
        };
    }

    private FormeJuridique formeMaisonOuPole(Tirage tirage, int annee, Set<Defaut> defauts) {
        if (campagne == Campagne.ENMR_2014) {
            return defauts.contains(Defaut.FORME_NON_SISA) ? FORMES_NON_SISA.tirer(tirage) : SISA;
        }
        return annee >= 2012 ? FORMES_APRES_SISA.tirer(tirage) : FORMES_AVANT_SISA.tirer(tirage);
    }

    private static String nom(Tirage tirage, TypeStructure type) {
        String lieu = tirage.unParmi(LIEUX);
        String prefixe = switch (type) {
            case MAISON_DE_SANTE -> tirage.chance(0.5) ? "MSP" : "Maison de santé pluriprofessionnelle";
            case POLE_DE_SANTE -> "Pôle de santé";
            case CENTRE_DE_SANTE -> tirage.chance(0.4) ? "Centre de santé municipal" : "Centre de santé";
            case CABINET_DE_GROUPE -> "Cabinet médical de groupe";
            case AUTRE -> "Réseau de santé";
        };
        return prefixe + " de " + lieu;
    }
}
