package fr.enmr.benchmark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import fr.enmr.moteur.Critere;
import fr.enmr.moteur.Module2;
import fr.enmr.dossier.Periode;
import fr.enmr.dossier.echantillon.Codes.Profession;
import fr.enmr.dossier.ProgrammeEtp;

/** REFERENCE FOR THE BENCHMARK ONLY (see ReglesEnJava): Module 2, the BKM « Évaluer programme ETP » for each programme. */
final class ProgrammesEnJava {

    private static final BigDecimal FORFAIT_ETP_PAR_PATIENT = BigDecimal.valueOf(250);
    private static final int PROFESSIONS_MINIMALES = 2;

    private ProgrammesEnJava() {
    }

    static Module2 module2(List<ProgrammeEtp> programmes, int annee, boolean siteEligible) {
        List<Module2.Programme> evalues = new ArrayList<>(programmes.size());
        BigDecimal montant = BigDecimal.ZERO;
        for (ProgrammeEtp programme : programmes) {
            Module2.Programme evalue = evaluer(programme, annee, siteEligible);
            evalues.add(evalue);
            montant = montant.add(evalue.montant());
        }
        return new Module2(evalues, ReglesEnJava.euros(montant));
    }

    private static Module2.Programme evaluer(ProgrammeEtp programme, int annee, boolean siteEligible) {
        List<Critere> criteres = List.of(autorisation(programme.autorisationArs(), annee), cahierDesCharges(programme),
                equipe(programme), coordination(programme));
        boolean eligible = siteEligible && criteres.stream().allMatch(Critere::satisfait);
        long patients = programme.patientsProgrammeComplet() == null ? 0 : programme.patientsProgrammeComplet();
        BigDecimal montant = eligible ? BigDecimal.valueOf(patients).multiply(FORFAIT_ETP_PAR_PATIENT) : BigDecimal.ZERO;
        return new Module2.Programme(programme.identifiant(), eligible, criteres, ReglesEnJava.euros(montant));
    }

    private static Critere autorisation(Periode autorisation, int annee) {
        boolean enVigueur = autorisation != null && autorisation.debut() != null && autorisation.fin() != null
                && !autorisation.debut().isAfter(LocalDate.of(annee, 12, 31)) && !autorisation.fin().isBefore(LocalDate.of(annee, 1, 1));
        String explication = autorisation == null
                ? "Aucune autorisation de l'ARS renseignée : le programme doit être autorisé par l'ARS."
                : "Autorisation de l'ARS du " + autorisation.debut() + " au " + autorisation.fin()
                        + (enVigueur ? " : en vigueur au moins un jour de " + annee + "." : " : pas en vigueur en " + annee + ".");
        return new Critere("ETP_AUTORISATION_ARS", enVigueur, explication);
    }

    private static Critere cahierDesCharges(ProgrammeEtp programme) {
        boolean conforme = Boolean.TRUE.equals(programme.conformeCahierDesCharges());
        return new Critere("ETP_CAHIER_DES_CHARGES", conforme, conforme
                ? "Programme conforme au cahier des charges national (arrêté du 2 août 2010)."
                : "Programme non déclaré conforme au cahier des charges national (arrêté du 2 août 2010).");
    }

    private static Critere equipe(ProgrammeEtp programme) {
        Set<String> professions = programme.professionsEquipe() == null ? Set.of() : new LinkedHashSet<>(programme.professionsEquipe());
        boolean suffisante = professions.size() >= PROFESSIONS_MINIMALES;
        StringBuilder explication = new StringBuilder().append(professions.size())
                .append(" profession(s) différente(s) dans l'équipe formée à l'ETP");
        if (!professions.isEmpty()) {
            explication.append(" (");
            boolean premiere = true;
            for (String profession : professions) {
                explication.append(premiere ? "" : ", ").append(profession);
                premiere = false;
            }
            explication.append(')');
        }
        explication.append(" ; au moins ").append(PROFESSIONS_MINIMALES).append(" exigées")
                .append(suffisante ? " : critère satisfait." : " : critère non satisfait.");
        return new Critere("ETP_EQUIPE", suffisante, explication.toString());
    }

    private static Critere coordination(ProgrammeEtp programme) {
        boolean coordonne = Boolean.TRUE.equals(programme.coordonneParMedecin());
        return new Critere("ETP_COORDINATION_MEDICALE", coordonne, coordonne
                ? "Programme coordonné par un médecin."
                : "Programme non coordonné par un médecin : la coordination médicale est exigée.");
    }
}
