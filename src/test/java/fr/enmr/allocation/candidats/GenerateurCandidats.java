package fr.enmr.allocation.candidats;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import fr.enmr.dossier.echantillon.Codes.Campagne;
import fr.enmr.dossier.Dossier;
import fr.enmr.dossier.Structure;
import fr.enmr.dossier.echantillon.GenerateurDossiers;

/**
 * A national pre-list for the 2014 extension, entirely invented but priced by the real rules:
 * seeded dossiers of {@link GenerateurDossiers} (all 26 regions weighted by population, about one
 * in eight not eligible) decided by dmn/enmr.dmn. The same seed and size always give the same list.
 */
public final class GenerateurCandidats {

    /** The default national instance: 400 applicants. Benchmarks also use 2,000 and 20,000. */
    public static final int NATIONAL = 400;
    public static final long GRAINE = 2014;

    private final ChiffrageDmn chiffrage;

    public GenerateurCandidats(ChiffrageDmn chiffrage) {
        this.chiffrage = chiffrage;
    }

    public List<CandidatScenario> generer(long graine, int nombre) {
        List<CandidatScenario> candidats = new ArrayList<>(nombre);
        for (Dossier dossier : new GenerateurDossiers().generer(graine, nombre, Campagne.ENMR_2014)) {
            Chiffrage c = chiffrage.chiffrer(dossier);
            Structure structure = dossier.structure();
            candidats.add(new CandidatScenario(dossier.reference(), structure.nom(), structure.region(), c.cout().setScale(2, RoundingMode.HALF_UP),
                    c.patienteleRetenue(), Boolean.TRUE.equals(structure.zoneFragile()),
                    structure.rangArs() == null ? 1 : structure.rangArs(), c.eligible()));
        }
        return List.copyOf(candidats);
    }
}
