package fr.enmr.benchmark;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import fr.enmr.moteur.Critere;
import fr.enmr.moteur.Module1;
import fr.enmr.moteur.Module2;
import fr.enmr.moteur.Verdict;
import fr.enmr.dossier.echantillon.Codes.Campagne;
import fr.enmr.dossier.Dossier;
import fr.enmr.dossier.Indicateur;
import fr.enmr.dossier.Patientele;
import fr.enmr.dossier.echantillon.Codes.Profession;
import fr.enmr.dossier.Professionnel;
import fr.enmr.dossier.echantillon.Codes.Sens;

/**
 * REFERENCE FOR THE BENCHMARK ONLY: the rules of dmn/enmr.dmn and rules/constats.drl written again in plain Java,
 * the practical speed limit the DMN + Drools decision is compared with. The service never uses it: the rules are
 * the analysts' DMN and DRL files. ReglesEnJavaTest checks that it gives exactly the service's verdict on every
 * benchmark dossier, so both sides of the comparison do the same work. Valid dossiers only (the service rejects
 * the others before the rules run). Arithmetic as FEEL does it: BigDecimal with MathContext.DECIMAL128.
 */
public final class ReglesEnJava {

    static final BigDecimal DEMI_JOURNEES_PAR_ETP = BigDecimal.valueOf(11);
    static final BigDecimal TAUX_PART_B_PAR_ETP = BigDecimal.valueOf(1000);
    static final BigDecimal PLAFOND_ETP_PART_B = BigDecimal.valueOf(25);
    static final BigDecimal PART_CONDITIONNELLE = new BigDecimal("0.2");
    private static final MathContext FEEL = MathContext.DECIMAL128;

    /** The "Règles de la campagne" decision table. */
    record RegleCampagne(int anneeMin, int anneeMax, int anneeParDefaut, boolean sisaExigee, boolean regionsExperimentalesSeules) {
        static RegleCampagne de(String campagne) {
            return Campagne.ENMR_2010.equals(campagne)
                    ? new RegleCampagne(2010, 2014, 2010, false, true)
                    : new RegleCampagne(2014, 2014, 2014, true, false);
        }
    }

    public Verdict evaluer(Dossier dossier) {
        RegleCampagne regle = RegleCampagne.de(dossier.campagne());
        int annee = dossier.annee() == null ? regle.anneeParDefaut() : dossier.annee();
        List<Professionnel> adherents = adherents(dossier);
        List<Critere> criteres = CriteresEnJava.criteres(dossier, regle, annee, adherents);
        boolean eligible = criteres.stream().allMatch(Critere::satisfait);
        long patientele = patienteleRetenue(dossier.patientele());
        Module1 module1 = module1(dossier, eligible, patientele, adherents);
        Module2 module2 = ProgrammesEnJava.module2(dossier.programmesEtpOuVide(), annee, eligible);
        BigDecimal etpMedecins = etp(adherents.stream().filter(p -> Profession.MEDECIN_GENERALISTE.equals(p.profession())).toList());
        return new Verdict(annee, eligible, criteres, module1, module2, euros(module1.montant().add(module2.montant())),
                ConstatsEnJava.constats(dossier, annee, patientele, etpMedecins), List.of()); // rows of DMN tables: none here
    }

    private static List<Professionnel> adherents(Dossier dossier) {
        List<Professionnel> adherents = new ArrayList<>();
        for (Professionnel ligne : dossier.professionnelsOuVide()) {
            if (Boolean.TRUE.equals(ligne.adherent())) {
                adherents.add(ligne);
            }
        }
        return adherents;
    }

    private static long patienteleRetenue(Patientele patientele) {
        if (patientele == null) {
            return 0;
        }
        return (patientele.adultesMedecinTraitant() == null ? 0L : patientele.adultesMedecinTraitant())
                + (patientele.enfants6a16DeuxConsultations() == null ? 0L : patientele.enfants6a16DeuxConsultations());
    }

    private static Module1 module1(Dossier dossier, boolean eligible, long patientele, List<Professionnel> adherents) {
        BigDecimal partA = BigDecimal.valueOf(partA(patientele));
        BigDecimal etp = etp(adherents);
        BigDecimal partB = etp.min(PLAFOND_ETP_PART_B).multiply(TAUX_PART_B_PAR_ETP, FEEL);
        BigDecimal taux = tauxAtteinte(dossier);
        BigDecimal base = partA.add(partB, FEEL);
        BigDecimal montant = BigDecimal.ZERO;
        if (eligible) {
            BigDecimal fixe = BigDecimal.ONE.subtract(PART_CONDITIONNELLE, FEEL).multiply(base, FEEL);
            BigDecimal conditionnelle = PART_CONDITIONNELLE.multiply(base, FEEL).multiply(taux, FEEL);
            montant = fixe.add(conditionnelle, FEEL).setScale(2, RoundingMode.HALF_UP);
        }
        return new Module1(BigDecimal.valueOf(patientele), euros(eligible ? partA : BigDecimal.ZERO), etp,
                euros(eligible ? partB : BigDecimal.ZERO), taux.setScale(4, RoundingMode.HALF_UP), euros(montant));
    }

    /** The "Part A" decision table: four classes of patientèle retenue. */
    private static long partA(long patientele) {
        if (patientele < 2000) {
            return 20_000;
        }
        if (patientele < 4000) {
            return 30_000;
        }
        return patientele < 6000 ? 40_000 : 50_000;
    }

    /** "ETP des lignes": Σ nombre × demi-journées / 11, rounded half up to the hundredth. */
    static BigDecimal etp(List<Professionnel> lignes) {
        long demiJournees = 0;
        for (Professionnel ligne : lignes) {
            demiJournees += (long) ligne.nombre() * ligne.demiJourneesHebdo();
        }
        // Σ(n×d/11) and (Σ n×d)/11 round alike: k/11 is never within 10⁻³⁰ of a half cent.
        return BigDecimal.valueOf(demiJournees).divide(DEMI_JOURNEES_PAR_ETP, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal tauxAtteinte(Dossier dossier) {
        List<Indicateur> renseignes = dossier.indicateursOuVide();
        if (renseignes.isEmpty()) {
            return Boolean.TRUE.equals(dossier.premiereAnnee()) ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        int atteints = 0;
        for (Indicateur indicateur : renseignes) {
            int ecart = indicateur.realise().compareTo(indicateur.cible());
            if (Sens.BAISSE.equals(indicateur.sens()) ? ecart <= 0 : ecart >= 0) {
                atteints++;
            }
        }
        return BigDecimal.valueOf(atteints).divide(BigDecimal.valueOf(renseignes.size()), FEEL);
    }

    static BigDecimal euros(BigDecimal montant) {
        return montant.setScale(2, RoundingMode.HALF_UP);
    }
}
