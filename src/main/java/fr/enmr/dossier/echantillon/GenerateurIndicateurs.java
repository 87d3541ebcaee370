package fr.enmr.dossier.echantillon;

import static fr.enmr.dossier.echantillon.Codes.Sens.BAISSE;
import static fr.enmr.dossier.echantillon.Codes.Sens.HAUSSE;

import java.math.BigDecimal;
import java.util.List;

import fr.enmr.dossier.Indicateur;
import fr.enmr.dossier.echantillon.Codes.Sens;

/** Draws 0 to 6 public-health and efficiency objectives, as rates between 0 and 1. */
final class GenerateurIndicateurs {

    /** A catalogue entry: code, direction and the usual range of targets, in hundredths. */
    private record Modele(String code, String sens, int cibleMin, int cibleMax) {
    }

    private static final List<Modele> CATALOGUE = List.of(
            new Modele("VACCINATION_GRIPPE_65_ANS", HAUSSE, 70, 75),
            new Modele("DEPISTAGE_CANCER_SEIN", HAUSSE, 65, 80),
            new Modele("DEPISTAGE_CANCER_COL_UTERUS", HAUSSE, 65, 80),
            new Modele("DIABETIQUES_3_DOSAGES_HBA1C", HAUSSE, 60, 70),
            new Modele("DIABETIQUES_FOND_D_OEIL", HAUSSE, 55, 68),
            new Modele("PRESCRIPTION_GENERIQUES", HAUSSE, 75, 85),
            new Modele("BENZODIAZEPINES_DEMI_VIE_LONGUE_65_ANS", BAISSE, 5, 10),
            new Modele("VASODILATATEURS_75_ANS", BAISSE, 3, 6),
            new Modele("ANTIBIOTIQUES_16_65_ANS", BAISSE, 30, 40),
            new Modele("HOSPITALISATIONS_EVITABLES", BAISSE, 5, 9));

    // first-year sites often report none; most others report 3 to 5
    private static final Loterie<Integer> NOMBRE = Loterie.de(0, 20).et(1, 5).et(2, 10).et(3, 20).et(4, 20).et(5, 15).et(6, 10);

    List<Indicateur> generer(Tirage tirage) {
        return tirage.plusieursParmi(CATALOGUE, NOMBRE.tirer(tirage)).stream()
                .map(modele -> indicateur(tirage, modele))
                .toList();
    }

    private static Indicateur indicateur(Tirage tirage, Modele modele) {
        int cible = tirage.entre(modele.cibleMin(), modele.cibleMax());
        // progress within -15 % .. +20 % of the target, in the indicator's direction: a little more than half are met
        double progres = tirage.entre(-0.15, 0.20);
        double facteur = BAISSE.equals(modele.sens()) ? 1 - progres : 1 + progres;
        int realise = (int) Math.max(0, Math.min(100, Math.round(cible * facteur)));
        return new Indicateur(modele.code(), centiemes(cible), centiemes(realise), modele.sens());
    }

    private static BigDecimal centiemes(int valeur) {
        return BigDecimal.valueOf(valeur, 2);
    }
}
