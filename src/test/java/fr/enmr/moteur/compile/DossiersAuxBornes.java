package fr.enmr.moteur.compile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import fr.enmr.dossier.echantillon.Codes.Axe;
import fr.enmr.dossier.echantillon.Codes.Campagne;
import fr.enmr.dossier.Dossier;
import fr.enmr.dossier.echantillon.Codes.FormeJuridique;
import fr.enmr.dossier.Indicateur;
import fr.enmr.dossier.echantillon.Codes.Pathologie;
import fr.enmr.dossier.Patientele;
import fr.enmr.dossier.Periode;
import fr.enmr.dossier.echantillon.Codes.Profession;
import fr.enmr.dossier.ProgrammeEtp;
import fr.enmr.dossier.ProjetDeSante;
import fr.enmr.dossier.Professionnel;
import fr.enmr.dossier.echantillon.Codes.Region;
import fr.enmr.dossier.echantillon.Codes.Sens;
import fr.enmr.dossier.Structure;
import fr.enmr.dossier.echantillon.Codes.TypeStructure;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Dossiers as the service reads them (records), concentrated on every boundary of the rules: class bounds of the
 * patient count, half-days 0–14, dates on either side of 1 January and 31 December of the year evaluated, counts
 * 0–3 around the minimums, indicators with either sense and scales, every optional part absent as often as not.
 */
final class DossiersAuxBornes {

    private DossiersAuxBornes() {
    }

    static Arbitrary<Dossier> dossiers() {
        Arbitrary<Integer> annee = Arbitraries.integers().between(2008, 2016).injectNull(0.2);
        return Combinators.combine(Arbitraries.of(Campagne.VALEURS), annee, structure(), projet().injectNull(0.1),
                professionnels().injectNull(0.05), patientele().injectNull(0.05), Arbitraries.of(true, false).injectNull(0.1),
                indicateurs().injectNull(0.1))
                .flatAs((campagne, an, structure, projet, professionnels, patientele, premiere, indicateurs) -> programmes(an).injectNull(0.1)
                        .map(programmes -> new Dossier("BORNES-1", campagne, an, structure, projet, professionnels, patientele, premiere,
                                indicateurs, programmes)));
    }

    private static Arbitrary<Structure> structure() {
        return Combinators.combine(Arbitraries.of(TypeStructure.VALEURS).injectNull(0.05), Arbitraries.of(FormeJuridique.VALEURS).injectNull(0.15),
                Arbitraries.of(Region.VALEURS).injectNull(0.05), Arbitraries.of(true, false).injectNull(0.2))
                .as((type, forme, region, fragile) -> new Structure("Site", type, forme, region, "35", "35", fragile, 1));
    }

    private static Arbitrary<ProjetDeSante> projet() {
        return Combinators.combine(Arbitraries.of(true, false).injectNull(0.1), autourDesAnnees().injectNull(0.15),
                Arbitraries.of(Axe.VALEURS).list().ofMaxSize(7).injectNull(0.1))
                .as(ProjetDeSante::new);
    }

    private static Arbitrary<List<Professionnel>> professionnels() {
        Arbitrary<String> profession = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just(Profession.MEDECIN_GENERALISTE)),
                net.jqwik.api.Tuple.of(4, Arbitraries.of(Profession.VALEURS)));
        return Combinators.combine(profession.injectNull(0.03), Arbitraries.integers().between(0, 4).injectNull(0.03),
                Arbitraries.integers().between(0, 14).injectNull(0.03), Arbitraries.of(true, true, false).injectNull(0.05))
                .as(Professionnel::new).list().ofMaxSize(9);
    }

    private static Arbitrary<Patientele> patientele() {
        Arbitrary<Integer> bornes = Arbitraries.of(0, 1, 999, 1000, 1999, 2000, 2001, 3999, 4000, 4001, 5999, 6000, 6001, 12000);
        Arbitrary<Integer> adultes = Arbitraries.oneOf(bornes, Arbitraries.integers().between(0, 8000));
        return Combinators.combine(adultes.injectNull(0.05), Arbitraries.integers().between(0, 3).injectNull(0.2))
                .as(Patientele::new);
    }

    private static Arbitrary<List<Indicateur>> indicateurs() {
        Arbitrary<BigDecimal> taux = Arbitraries.oneOf(Arbitraries.of(new BigDecimal("0.5"), new BigDecimal("0.50"), BigDecimal.ONE,
                BigDecimal.ZERO, new BigDecimal("1.00"), new BigDecimal("0.1")), Arbitraries.bigDecimals().between(BigDecimal.ZERO,
                new BigDecimal("100")).ofScale(3));
        return Combinators.combine(taux.injectNull(0.05), taux.injectNull(0.05), Arbitraries.of(Sens.VALEURS).injectNull(0.2))
                .as((cible, realise, sens) -> new Indicateur("IND", cible, realise, sens)).list().ofMaxSize(6);
    }

    private static Arbitrary<List<ProgrammeEtp>> programmes(Integer annee) {
        int an = annee == null ? 2012 : annee;
        Arbitrary<LocalDate> pres = Arbitraries.of(LocalDate.of(an, 1, 1), LocalDate.of(an - 1, 12, 31), LocalDate.of(an, 12, 31),
                LocalDate.of(an + 1, 1, 1), LocalDate.of(an, 6, 15), LocalDate.of(an - 3, 3, 3), LocalDate.of(an + 2, 2, 2));
        Arbitrary<Periode> periode = Combinators.combine(pres.injectNull(0.05), pres.injectNull(0.05)).as(Periode::new);
        return Combinators.combine(periode.injectNull(0.1), Arbitraries.of(true, false).injectNull(0.1),
                Arbitraries.of(Profession.VALEURS).list().ofMaxSize(5).injectNull(0.1), Arbitraries.of(true, false).injectNull(0.1),
                Arbitraries.integers().between(0, 120).injectNull(0.1), Arbitraries.of(0, 49, 50, 51, 300).injectNull(0.2),
                Arbitraries.of(Pathologie.VALEURS).injectNull(0.2))
                .as((autorisation, conforme, equipe, coordonne, patients, file, pathologie) -> new ProgrammeEtp("ETP", pathologie,
                        autorisation, conforme, equipe, coordonne, patients, file, file == null ? null : file - 5, an - 1))
                .list().ofMaxSize(3);
    }

    /** Dates on either side of the turn of each year the campaigns evaluate. */
    private static Arbitrary<LocalDate> autourDesAnnees() {
        return Arbitraries.integers().between(2007, 2016).flatMap(an -> Arbitraries.of(LocalDate.of(an, 12, 31),
                LocalDate.of(an + 1, 1, 1), LocalDate.of(an, 7, 14)));
    }
}
