package fr.enmr.benchmark;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import fr.enmr.moteur.constats.Constat;
import fr.enmr.moteur.constats.ConstatReleve;
import fr.enmr.moteur.constats.Gravite;
import fr.enmr.moteur.constats.Libelles;
import fr.enmr.dossier.Dossier;
import fr.enmr.dossier.ProgrammeEtp;
import fr.enmr.dossier.ProjetDeSante;

/** REFERENCE FOR THE BENCHMARK ONLY (see ReglesEnJava): the four plausibility rules of rules/constats.drl. */
final class ConstatsEnJava {

    private static final BigDecimal PATIENTS_PAR_ETP_MAX = BigDecimal.valueOf(2500);
    private static final Comparator<ConstatReleve> PAR_CODE_PUIS_PROGRAMME = Comparator
            .comparing((ConstatReleve releve) -> releve.constat().code())
            .thenComparing(ConstatReleve::identifiantProgramme);

    private ConstatsEnJava() {
    }

    static List<Constat> constats(Dossier dossier, int annee, long patientele, BigDecimal etpMedecins) {
        List<ConstatReleve> releves = new ArrayList<>(2);
        for (ProgrammeEtp programme : dossier.programmesEtpOuVide()) {
            fileActiveInsuffisante(programme, annee, releves);
            autorisationExpire(programme, annee, releves);
        }
        patienteleElevee(patientele, etpMedecins, releves);
        projetDeSanteAncien(dossier.projetDeSante(), annee, releves);
        if (releves.isEmpty()) {
            return List.of();
        }
        releves.sort(PAR_CODE_PUIS_PROGRAMME);
        return releves.stream().map(ConstatReleve::constat).toList();
    }

    private static void fileActiveInsuffisante(ProgrammeEtp programme, int annee, List<ConstatReleve> releves) {
        Integer fileActive = programme.fileActive();
        Integer precedente = programme.fileActiveAnneePrecedente();
        if (programme.anneeDemarrage() == null || programme.anneeDemarrage() >= annee || fileActive == null) {
            return;
        }
        boolean sousLeMinimum = fileActive < 50;
        boolean hausseInsuffisante = precedente != null && 10L * fileActive < 11L * precedente;
        if (!sousLeMinimum && !hausseInsuffisante) {
            return;
        }
        List<String> motifs = new ArrayList<>(2);
        if (sousLeMinimum) {
            motifs.add("inférieure au minimum de 50 patients");
        }
        if (hausseInsuffisante) {
            motifs.add("en hausse de moins de 10 % sur celle de l'année précédente (" + precedente + " patients)");
        }
        releves.add(ConstatReleve.surProgramme(programme, new Constat("FILE_ACTIVE_INSUFFISANTE", Gravite.WARNING,
                "Programme ETP " + programme.identifiant() + " démarré en " + programme.anneeDemarrage()
                        + " : file active de " + fileActive + " patients en " + annee + ", " + String.join(" et ", motifs) + ".")));
    }

    private static void autorisationExpire(ProgrammeEtp programme, int annee, List<ConstatReleve> releves) {
        if (programme.autorisationArs() == null || programme.autorisationArs().fin() == null
                || programme.autorisationArs().fin().getYear() != annee) {
            return;
        }
        releves.add(ConstatReleve.surProgramme(programme, new Constat("AUTORISATION_EXPIRE", Gravite.INFO,
                "Programme ETP " + programme.identifiant() + " : l'autorisation de l'ARS prend fin le "
                        + Libelles.date(programme.autorisationArs().fin()) + ", au cours de l'année évaluée (" + annee + ").")));
    }

    private static void patienteleElevee(long patientele, BigDecimal etp, List<ConstatReleve> releves) {
        if (etp == null || etp.signum() <= 0 || BigDecimal.valueOf(patientele).compareTo(PATIENTS_PAR_ETP_MAX.multiply(etp)) <= 0) {
            return;
        }
        BigDecimal parEtp = BigDecimal.valueOf(patientele).divide(etp, 2, RoundingMode.HALF_UP);
        releves.add(ConstatReleve.surDossier(new Constat("PATIENTELE_ELEVEE", Gravite.WARNING,
                "Patientèle retenue de " + patientele + " patients pour " + Libelles.decimal(etp)
                        + " équivalent temps plein (ETP) de médecins généralistes adhérents, soit environ "
                        + Libelles.decimal(parEtp) + " patients par ETP : plus de 2500 patients par ETP.")));
    }

    private static void projetDeSanteAncien(ProjetDeSante projet, int annee, List<ConstatReleve> releves) {
        if (projet == null || projet.dateTransmissionArs() == null || projet.dateTransmissionArs().getYear() >= annee - 5) {
            return;
        }
        releves.add(ConstatReleve.surDossier(new Constat("PROJET_DE_SANTE_ANCIEN", Gravite.INFO,
                "Projet de santé transmis à l'ARS le " + Libelles.date(projet.dateTransmissionArs())
                        + ", plus de 5 ans avant le 1er janvier " + annee + ".")));
    }
}
