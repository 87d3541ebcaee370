package fr.enmr.dossier.echantillon;

import static fr.enmr.dossier.echantillon.Codes.Pathologie.*;
import static fr.enmr.dossier.echantillon.Codes.Profession.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.enmr.dossier.echantillon.Codes.Pathologie;
import fr.enmr.dossier.Periode;
import fr.enmr.dossier.echantillon.Codes.Profession;
import fr.enmr.dossier.ProgrammeEtp;

/** Draws 0 to 3 ETP programmes with ARS authorisations around the year evaluated. */
final class GenerateurProgrammesEtp {

    /** A pathology with its identifier prefix and the professions that usually run its programme. */
    private record Modele(String pathologie, String abreviation, List<String> professions) {
    }

    private static final Modele DIABETE_ETP = new Modele(DIABETE, "DIAB", List.of(INFIRMIER, DIETETICIEN, PEDICURE_PODOLOGUE, PHARMACIEN));
    private static final Loterie<Modele> MODELES = Loterie.de(DIABETE_ETP, 40)
            .et(new Modele(RISQUE_CARDIOVASCULAIRE, "RCV", List.of(INFIRMIER, DIETETICIEN, PHARMACIEN, MASSEUR_KINESITHERAPEUTE)), 18)
            .et(new Modele(ASTHME, "ASTH", List.of(INFIRMIER, MASSEUR_KINESITHERAPEUTE, PHARMACIEN)), 10)
            .et(new Modele(BPCO, "BPCO", List.of(INFIRMIER, MASSEUR_KINESITHERAPEUTE, PHARMACIEN)), 8)
            .et(new Modele(OBESITE, "OBES", List.of(DIETETICIEN, PSYCHOLOGUE, MASSEUR_KINESITHERAPEUTE, INFIRMIER)), 10)
            .et(new Modele(INSUFFISANCE_CARDIAQUE, "ICAR", List.of(INFIRMIER, DIETETICIEN, MASSEUR_KINESITHERAPEUTE)), 8)
            .et(new Modele(Pathologie.AUTRE, "AUTR", List.of(INFIRMIER, PSYCHOLOGUE, PHARMACIEN)), 6);

    private static final Loterie<Integer> NOMBRE = Loterie.de(0, 45).et(1, 35).et(2, 15).et(3, 5);

    private enum Autorisation { EN_VIGUEUR, ACCORDEE_APRES_L_ANNEE, ABSENTE }

    // the usual case is in force; "after the year" mirrors the programmes run before their HPST authorisation
    private static final Loterie<Autorisation> AUTORISATIONS = Loterie.de(Autorisation.EN_VIGUEUR, 88)
            .et(Autorisation.ACCORDEE_APRES_L_ANNEE, 8).et(Autorisation.ABSENTE, 4);
    // years between the start of the authorisation and the year evaluated; 4 means it ends during that year
    private static final Loterie<Integer> ANCIENNETE_AUTORISATION = Loterie.de(0, 30).et(1, 30).et(2, 20).et(3, 12).et(4, 8);
    private static final int PREMIERE_ANNEE_AUTORISATIONS = 2010; // HPST law of July 2009, authorisations from 2010
    private static final int DUREE_AUTORISATION_ANS = 4;

    List<ProgrammeEtp> generer(Tirage tirage, int annee) {
        int nombre = NOMBRE.tirer(tirage);
        List<ProgrammeEtp> programmes = new ArrayList<>();
        for (int rang = 1; rang <= nombre; rang++) {
            programmes.add(programme(tirage, annee, rang));
        }
        return List.copyOf(programmes);
    }

    private static ProgrammeEtp programme(Tirage tirage, int annee, int rang) {
        Modele modele = MODELES.tirer(tirage);
        Autorisation statut = AUTORISATIONS.tirer(tirage);
        Periode autorisation = autorisation(tirage, annee, statut);
        int anneeDemarrage = statut == Autorisation.EN_VIGUEUR ? autorisation.debut().getYear() : annee - tirage.entre(0, 1);
        List<String> equipe = equipe(tirage, modele);
        boolean avecMedecin = equipe.contains(MEDECIN_GENERALISTE);
        int patientsComplets = tirage.entre(8, 90);
        int fileActive = patientsComplets + tirage.entre(0, 40);
        Integer fileActivePrecedente = anneeDemarrage < annee && tirage.chance(0.8)
                ? (int) Math.round(fileActive * tirage.entre(0.75, 1.0))
                : null;
        return new ProgrammeEtp(
                String.format("ETP-%s-%02d", modele.abreviation(), rang),
                modele.pathologie(),
                autorisation,
                tirage.chance(0.93),
                equipe,
                tirage.chance(avecMedecin ? 0.95 : 0.40),
                patientsComplets,
                fileActive,
                fileActivePrecedente,
                anneeDemarrage);
    }

    private static Periode autorisation(Tirage tirage, int annee, Autorisation statut) {
        LocalDate debut = switch (statut) {
            case EN_VIGUEUR -> tirage.jourDe(Math.max(PREMIERE_ANNEE_AUTORISATIONS, annee - ANCIENNETE_AUTORISATION.tirer(tirage)));
            case ACCORDEE_APRES_L_ANNEE -> tirage.jourDe(annee + 1);
            case ABSENTE -> null;
        };
        return debut == null ? null : new Periode(debut, debut.plusYears(DUREE_AUTORISATION_ANS).minusDays(1));
    }

    private static List<String> equipe(Tirage tirage, Modele modele) {
        if (tirage.chance(0.04)) { // a single profession: fails ETP_EQUIPE
            return List.of(tirage.chance(0.5) ? MEDECIN_GENERALISTE : INFIRMIER);
        }
        List<String> equipe = new ArrayList<>();
        if (tirage.chance(0.90)) {
            equipe.add(MEDECIN_GENERALISTE);
        }
        equipe.addAll(tirage.plusieursParmi(modele.professions(), tirage.entre(equipe.isEmpty() ? 2 : 1, 3)));
        return List.copyOf(equipe);
    }
}
