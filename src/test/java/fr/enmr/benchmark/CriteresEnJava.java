package fr.enmr.benchmark;

import java.util.TreeMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import fr.enmr.benchmark.ReglesEnJava.RegleCampagne;
import fr.enmr.moteur.Critere;
import fr.enmr.dossier.echantillon.Codes.Axe;
import fr.enmr.dossier.Dossier;
import fr.enmr.dossier.echantillon.Codes.FormeJuridique;
import fr.enmr.dossier.echantillon.Codes.Profession;
import fr.enmr.dossier.Professionnel;
import fr.enmr.dossier.ProjetDeSante;
import fr.enmr.dossier.echantillon.Codes.Region;
import fr.enmr.dossier.Structure;
import fr.enmr.dossier.echantillon.Codes.TypeStructure;

/** REFERENCE FOR THE BENCHMARK ONLY (see ReglesEnJava): the five site criteria of dmn/enmr.dmn with their explanations. */
final class CriteresEnJava {

    private static final Set<String> TYPES_ELIGIBLES = Set.of(TypeStructure.MAISON_DE_SANTE, TypeStructure.POLE_DE_SANTE, TypeStructure.CENTRE_DE_SANTE);
    private static final Set<String> TYPES_SOUMIS_A_LA_SISA = Set.of(TypeStructure.MAISON_DE_SANTE, TypeStructure.POLE_DE_SANTE);
    private static final List<String> AXES_EXIGES = List.of(Axe.ACCES_AUX_SOINS, Axe.CONTINUITE_DES_SOINS);
    private static final Set<String> AUXILIAIRES_MEDICAUX = Set.of(Profession.INFIRMIER, Profession.MASSEUR_KINESITHERAPEUTE,
            Profession.ORTHOPHONISTE, Profession.ORTHOPTISTE, Profession.PEDICURE_PODOLOGUE, Profession.DIETETICIEN,
            Profession.ERGOTHERAPEUTE, Profession.PSYCHOMOTRICIEN);
    private static final List<String> REGIONS_EXPERIMENTATRICES = List.of(Region.ILE_DE_FRANCE, Region.BOURGOGNE, Region.BRETAGNE,
            Region.RHONE_ALPES, Region.LORRAINE, Region.FRANCHE_COMTE);
    private static final String REGIONS_EXPERIMENTATRICES_TEXTE = REGIONS_EXPERIMENTATRICES.stream().collect(Collectors.joining(", "));
    private static final int MEDECINS_GENERALISTES_MIN = 2;
    private static final int AUXILIAIRES_MEDICAUX_MIN = 1;
    private static final Map<String, String> LIBELLES = new TreeMap<>(Map.of(
            TypeStructure.MAISON_DE_SANTE, "Maison de santé", TypeStructure.POLE_DE_SANTE, "Pôle de santé",
            TypeStructure.CENTRE_DE_SANTE, "Centre de santé", TypeStructure.CABINET_DE_GROUPE, "Cabinet de groupe",
            TypeStructure.AUTRE, "Autre structure"));

    private CriteresEnJava() {
    }

    static List<Critere> criteres(Dossier dossier, RegleCampagne regle, int annee, List<Professionnel> adherents) {
        Structure structure = dossier.structure();
        String campagne = dossier.campagne();
        return List.of(typeStructure(structure.type()), projetDeSante(dossier.projetDeSante(), annee),
                pluriprofessionnel(adherents), formeJuridique(structure, regle, campagne),
                region(structure.region(), regle, campagne));
    }

    private static Critere typeStructure(String type) {
        String libelle = type == null ? "Type de structure non renseigné" : LIBELLES.get(type);
        boolean satisfait = type != null && TYPES_ELIGIBLES.contains(type);
        String explication = satisfait
                ? libelle + " (" + type + ") : type de structure éligible (structure ambulatoire pluri-professionnelle)."
                : libelle + (type == null ? "" : " (" + type + ")") + " : non éligible ; seuls les maisons, pôles et centres de santé le sont.";
        return new Critere("TYPE_STRUCTURE", satisfait, explication);
    }

    private static Critere projetDeSante(ProjetDeSante projet, int annee) {
        LocalDate dernierJour = LocalDate.of(annee, 12, 31);
        boolean formalise = projet != null && Boolean.TRUE.equals(projet.formalise());
        LocalDate transmission = projet == null ? null : projet.dateTransmissionArs();
        boolean aTemps = transmission != null && !transmission.isAfter(dernierJour);
        List<String> axes = projet == null || projet.axes() == null ? List.of() : projet.axes();
        List<String> manquants = new ArrayList<>(2);
        for (String exige : AXES_EXIGES) {
            if (!axes.contains(exige)) {
                manquants.add(exige);
            }
        }
        boolean satisfait = formalise && aTemps && manquants.isEmpty();
        if (projet == null) {
            return new Critere("PROJET_DE_SANTE", false, "Aucun projet de santé renseigné : critère non satisfait.");
        }
        String explication = String.join(", ",
                formalise ? "Projet de santé formalisé" : "Projet de santé non formalisé",
                transmission == null ? "date de transmission à l'ARS non renseignée"
                        : "transmis à l'ARS le " + transmission + (aTemps ? " (au plus tard le " : " (après le ") + dernierJour + ")",
                "axes : " + (axes.isEmpty() ? "aucun" : noms(axes)),
                manquants.isEmpty() ? "couvre l'accès aux soins et la continuité des soins" : "ne couvre pas " + noms(manquants))
                + (satisfait ? " : critère satisfait." : " : critère non satisfait.");
        return new Critere("PROJET_DE_SANTE", satisfait, explication);
    }

    private static Critere pluriprofessionnel(List<Professionnel> adherents) {
        long medecins = 0;
        long auxiliaires = 0;
        for (Professionnel ligne : adherents) {
            if (Profession.MEDECIN_GENERALISTE.equals(ligne.profession())) {
                medecins += ligne.nombre();
            } else if (AUXILIAIRES_MEDICAUX.contains(ligne.profession())) {
                auxiliaires += ligne.nombre();
            }
        }
        boolean satisfait = medecins >= MEDECINS_GENERALISTES_MIN && auxiliaires >= AUXILIAIRES_MEDICAUX_MIN;
        return new Critere("PLURIPROFESSIONNEL", satisfait, medecins + " médecin(s) généraliste(s) et " + auxiliaires
                + " auxiliaire(s) médical(aux) adhérent(s) ; il en faut au moins " + MEDECINS_GENERALISTES_MIN + " et "
                + AUXILIAIRES_MEDICAUX_MIN + (satisfait ? " : équipe pluri-professionnelle." : " : équipe insuffisamment pluri-professionnelle."));
    }

    private static Critere formeJuridique(Structure structure, RegleCampagne regle, String campagne) {
        String forme = structure.formeJuridique();
        boolean concernee = regle.sisaExigee() && structure.type() != null && TYPES_SOUMIS_A_LA_SISA.contains(structure.type());
        boolean satisfait = !concernee || FormeJuridique.SISA.equals(forme);
        String explication;
        if (!regle.sisaExigee()) {
            explication = "Campagne " + campagne + " : aucune forme juridique n'est exigée.";
        } else if (!concernee) {
            explication = "Type de structure " + (structure.type() == null ? "non renseigné" : structure.type())
                    + " : non concerné par l'exigence de SISA (campagne " + campagne + ").";
        } else if (satisfait) {
            explication = "Constituée en SISA, forme exigée des maisons et pôles de santé (campagne " + campagne + ").";
        } else {
            explication = "Forme juridique " + (forme == null ? "non renseignée" : forme)
                    + " : les maisons et pôles de santé doivent être constitués en SISA (campagne " + campagne + ").";
        }
        return new Critere("FORME_JURIDIQUE", satisfait, explication);
    }

    private static Critere region(String region, RegleCampagne regle, String campagne) {
        boolean satisfait = region != null && (!regle.regionsExperimentalesSeules() || REGIONS_EXPERIMENTATRICES.contains(region));
        String explication;
        if (region == null) {
            explication = "Région non renseignée : critère non satisfait.";
        } else if (!regle.regionsExperimentalesSeules()) {
            explication = "Région " + region + " : les 26 régions sont ouvertes par la campagne " + campagne + ".";
        } else if (satisfait) {
            explication = "Région " + region + " : l'une des 6 régions expérimentatrices de la campagne " + campagne + ".";
        } else {
            explication = "Région " + region + " : hors des 6 régions expérimentatrices de la campagne " + campagne
                    + " (" + REGIONS_EXPERIMENTATRICES_TEXTE + ").";
        }
        return new Critere("REGION", satisfait, explication);
    }

    private static String noms(List<String> valeurs) {
        return String.join(", ", valeurs);
    }
}
