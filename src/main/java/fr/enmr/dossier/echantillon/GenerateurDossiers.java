package fr.enmr.dossier.echantillon;

import java.util.TreeMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import fr.enmr.dossier.echantillon.Codes.Campagne;
import fr.enmr.dossier.Dossier;
import fr.enmr.dossier.Professionnel;
import fr.enmr.dossier.echantillon.Codes.Region;
import fr.enmr.dossier.Structure;

/**
 * Generates realistic, entirely invented dossiers for load tests, demos and allocation scenarios.
 * The same seed, count and campaign always give the same dossiers; most are eligible, about one in eight is not.
 */
public final class GenerateurDossiers {

    // ENMR_2010 paid the years 2010 to 2014; fewer sites were still reported for 2014
    private static final Loterie<Integer> ANNEES_ENMR_2010 =
            Loterie.de(2010, 30).et(2011, 25).et(2012, 20).et(2013, 18).et(2014, 7);

    private final GenerateurEquipe equipes = new GenerateurEquipe();
    private final GenerateurPatientele patienteles = new GenerateurPatientele();
    private final GenerateurProjetDeSante projets = new GenerateurProjetDeSante();
    private final GenerateurIndicateurs indicateurs = new GenerateurIndicateurs();
    private final GenerateurProgrammesEtp programmesEtp = new GenerateurProgrammesEtp();

    /** {@code nombre} dossiers under {@code campagne}, references {@code GEN-<region code>-<n>} numbered per region. */
    public List<Dossier> generer(long graine, int nombre, String campagne) {
        Objects.requireNonNull(campagne, "campagne");
        if (nombre < 0) {
            throw new IllegalArgumentException("nombre négatif : " + nombre);
        }
        Tirage tirage = new Tirage(graine);
        TirageDefauts defauts = new TirageDefauts(campagne);
        GenerateurStructure structures = new GenerateurStructure(campagne);
        Map<String, Integer> numeros = new TreeMap<>();
        List<Dossier> dossiers = new ArrayList<>(nombre);
        for (int i = 0; i < nombre; i++) {
            int annee = Campagne.ENMR_2010.equals(campagne) ? ANNEES_ENMR_2010.tirer(tirage) : 2014;
            Set<Defaut> defautsDuDossier = defauts.tirer(tirage);
            Structure structure = structures.generer(tirage, annee, defautsDuDossier);
            int numero = numeros.merge(structure.region(), 1, Integer::sum);
            dossiers.add(dossier(tirage, reference(structure.region(), numero), campagne, annee, structure, defautsDuDossier));
        }
        return List.copyOf(dossiers);
    }

    private Dossier dossier(Tirage tirage, String reference, String campagne, int annee, Structure structure,
            Set<Defaut> defauts) {
        List<Professionnel> equipe = equipes.generer(tirage, defauts);
        return new Dossier(
                reference,
                campagne,
                annee,
                structure,
                projets.generer(tirage, annee, defauts),
                equipe,
                patienteles.generer(tirage, equipe),
                premiereAnnee(tirage, campagne, annee),
                indicateurs.generer(tirage),
                programmesEtp.generer(tirage, annee));
    }

    private static boolean premiereAnnee(Tirage tirage, String campagne, int annee) {
        if (Campagne.ENMR_2014.equals(campagne)) {
            return tirage.chance(0.5); // the 2014 extension mixes new teams and sites of the first wave
        }
        return tirage.chance(annee == 2010 ? 0.8 : 0.1);
    }

    private static String reference(String region, int numero) {
        return String.format("GEN-%s-%04d", ReferentielRegions.code(region), numero);
    }
}
