package fr.enmr.dossier.echantillon;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import fr.enmr.dossier.echantillon.Codes.Axe;
import fr.enmr.dossier.echantillon.Codes.Campagne;
import fr.enmr.dossier.Dossier;
import fr.enmr.dossier.echantillon.Codes.FormeJuridique;
import fr.enmr.dossier.echantillon.Codes.Profession;
import fr.enmr.dossier.Professionnel;
import fr.enmr.dossier.ProjetDeSante;
import fr.enmr.dossier.echantillon.Codes.TypeStructure;

/** A test oracle of the site criteria (domain rules §2), to check the mix of the samples, not the service. */
final class CriteresDeSite {

    private static final Set<String> TYPES = Set.of(
            TypeStructure.MAISON_DE_SANTE, TypeStructure.POLE_DE_SANTE, TypeStructure.CENTRE_DE_SANTE);
    private static final Set<String> AUXILIAIRES = Set.of(Profession.INFIRMIER, Profession.MASSEUR_KINESITHERAPEUTE,
            Profession.ORTHOPHONISTE, Profession.ORTHOPTISTE, Profession.PEDICURE_PODOLOGUE, Profession.DIETETICIEN,
            Profession.ERGOTHERAPEUTE, Profession.PSYCHOMOTRICIEN);

    private CriteresDeSite() {
    }

    /** Codes of the failed criteria, empty when the site is eligible. */
    static Set<String> echecs(Dossier dossier) {
        Set<String> echecs = new TreeSet<>();
        String type = dossier.structure().type();
        if (!TYPES.contains(type)) {
            echecs.add("TYPE_STRUCTURE");
        }
        if (!projetValable(dossier.projetDeSante(), dossier.annee())) {
            echecs.add("PROJET_DE_SANTE");
        }
        if (adherents(dossier.professionnelsOuVide(), Set.of(Profession.MEDECIN_GENERALISTE)) < 2
                || adherents(dossier.professionnelsOuVide(), AUXILIAIRES) < 1) {
            echecs.add("PLURIPROFESSIONNEL");
        }
        boolean maisonOuPole = TypeStructure.MAISON_DE_SANTE.equals(type) || TypeStructure.POLE_DE_SANTE.equals(type);
        if (Campagne.ENMR_2014.equals(dossier.campagne()) && maisonOuPole
                && !FormeJuridique.SISA.equals(dossier.structure().formeJuridique())) {
            echecs.add("FORME_JURIDIQUE");
        }
        if (Campagne.ENMR_2010.equals(dossier.campagne())
                && !ReferentielRegions.EXPERIMENTATRICES_2010.contains(dossier.structure().region())) {
            echecs.add("REGION");
        }
        return echecs;
    }

    private static boolean projetValable(ProjetDeSante projet, int annee) {
        return projet != null && Boolean.TRUE.equals(projet.formalise()) && projet.dateTransmissionArs() != null
                && !projet.dateTransmissionArs().isAfter(LocalDate.of(annee, 12, 31))
                && projet.axes() != null
                && projet.axes().containsAll(List.of(Axe.ACCES_AUX_SOINS, Axe.CONTINUITE_DES_SOINS));
    }

    private static int adherents(List<Professionnel> equipe, Set<String> professions) {
        return equipe.stream()
                .filter(p -> p.adherent() && professions.contains(p.profession()))
                .mapToInt(Professionnel::nombre)
                .sum();
    }
}
