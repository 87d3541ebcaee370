package fr.enmr.allocation.scenario;

import fr.enmr.allocation.candidats.CandidatScenario;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import fr.enmr.allocation.domain.Centimes;

/**
 * What the ministry's imposed choices cost ({@code resultat.prixDesChoix}) and how much processor time the
 * solve had ({@code resultat.tempsDeCalcul}), from a scenario's progress; both in French for the ministry.
 */
final class PrixDesChoix {

    /** Below this share of the time asked, the solve is said to have had less time than planned. */
    static final double PART_SUFFISANTE = 0.9;

    private PrixDesChoix() {
    }

    /** The price of the imposed choices; null when the scenario imposes nothing. */
    static Resultat.PrixDesChoix calculer(Scenario scenario, Avancement avancement, Resultat.Totaux avecImposes) {
        if (scenario.parametres().choixImposes().vide()) {
            return null;
        }
        Avancement.SansImposes reference = avancement.sansImposes();
        if (reference == null || reference.score() == null) {
            String pourquoi = avancement.statut() == Statut.EN_COURS
                    ? "En attente : le scénario est résolu une seconde fois sans les choix imposés quand la résolution avec eux est finie."
                    : "Non calculé : le scénario s'est arrêté avant la résolution sans les choix imposés.";
            return new Resultat.PrixDesChoix(null, avecImposes.valeur(), null, null, null, null, null, null, pourquoi);
        }
        Set<String> retenus = new HashSet<>(reference.retenus());
        List<CandidatScenario> selection = scenario.candidats().stream().filter(c -> retenus.contains(c.reference())).toList();
        BigDecimal valeurSans = CalculResultat.valeur(selection, scenario.parametres());
        BigDecimal coutSans = Centimes.enEuros(CalculResultat.centimes(selection));
        BigDecimal ecart = valeurSans.subtract(avecImposes.valeur());
        BigDecimal ecartCout = avecImposes.cout().subtract(coutSans);
        String texte = "Sans les choix imposés, la meilleure sélection trouvée vaut " + Textes.nombre(valeurSans) + " ("
                + selection.size() + " équipes, " + Centimes.texte(Centimes.depuisEuros(coutSans)) + ") contre " + Textes.nombre(avecImposes.valeur())
                + " (" + avecImposes.places() + " équipes, " + Centimes.texte(Centimes.depuisEuros(avecImposes.cout())) + ") avec eux : "
                + (ecart.signum() > 0 ? "les choix imposés coûtent " + Textes.nombre(ecart) + " patients pondérés."
                        : "les choix imposés ne coûtent rien en valeur.")
                + " Chaque résolution a eu la durée du scénario (" + scenario.parametres().dureeMaxSecondes() + " s de processeur au plus)"
                + (reference.statut() == Statut.EN_COURS ? " ; résolution sans les choix imposés en cours : meilleur résultat trouvé jusqu'ici."
                        : reference.statut() == Statut.ARRETE ? " ; résolution sans les choix imposés arrêtée avant la fin." : ".");
        return new Resultat.PrixDesChoix(valeurSans, avecImposes.valeur(), ecart, selection.size(), coutSans, ecartCout,
                reference.statut(), reference.score(), texte);
    }

    /** The time the solve with the imposed choices had; null while it runs. */
    static Resultat.TempsDeCalcul temps(Scenario scenario, Avancement avancement) {
        Double processeur = avancement.secondesProcesseur();
        if (processeur == null) {
            return null;
        }
        int demandees = scenario.parametres().dureeMaxSecondes();
        double ecoulees = avancement.secondesEcoulees();
        String texte;
        boolean reduit = processeur < PART_SUFFISANTE * Math.min(demandees, ecoulees);
        if (!reduit) {
            texte = "Le calcul a eu " + Textes.nombre(arrondi(processeur)) + " s de processeur pour " + Textes.nombre(arrondi(ecoulees)) + " s écoulées.";
        } else {
            texte = "Le calcul n'a eu que " + Textes.nombre(arrondi(processeur)) + " s de processeur pour " + Textes.nombre(arrondi(ecoulees))
                    + " s écoulées : d'autres travaux occupaient le processeur (par exemple juste après le démarrage du service). "
                    + "Le résultat peut être un peu moins bon qu'avec tout le temps prévu ; relancer le scénario si l'écart compte.";
        }
        return new Resultat.TempsDeCalcul(demandees, ecoulees, processeur, reduit, texte);
    }

    private static BigDecimal arrondi(double secondes) {
        return BigDecimal.valueOf(secondes).setScale(1, java.math.RoundingMode.HALF_UP);
    }
}
