package fr.enmr.dossier.echantillon;

import java.util.List;

import fr.enmr.dossier.Patientele;
import fr.enmr.dossier.echantillon.Codes.Profession;
import fr.enmr.dossier.Professionnel;

/** Draws the patientèle from the médecins généralistes' time, so that big teams have big patientèles. */
final class GenerateurPatientele {

    private static final int ADULTES_MIN = 800;
    private static final int ADULTES_MAX = 12_000;
    // adults with a médecin traitant per full-time GP (1 ETP = 11 half-days): a typical range
    private static final double PAR_ETP_MIN = 650;
    private static final double PAR_ETP_MAX = 1_250;

    Patientele generer(Tirage tirage, List<Professionnel> equipe) {
        double etpGeneralistes = equipe.stream()
                .filter(p -> Profession.MEDECIN_GENERALISTE.equals(p.profession()) && p.adherent())
                .mapToDouble(p -> p.nombre() * p.demiJourneesHebdo() / 11.0)
                .sum();
        long adultes = Math.round(etpGeneralistes * tirage.entre(PAR_ETP_MIN, PAR_ETP_MAX));
        int adultesRetenus = (int) Math.max(ADULTES_MIN, Math.min(ADULTES_MAX, adultes));
        int enfants = (int) Math.round(adultesRetenus * tirage.entre(0.05, 0.12)); // children 6–16: 5 to 12 % of adults
        return new Patientele(adultesRetenus, enfants);
    }
}
