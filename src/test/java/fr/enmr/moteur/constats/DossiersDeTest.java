package fr.enmr.moteur.constats;

import java.time.LocalDate;
import java.util.List;

import fr.enmr.dossier.echantillon.Codes.Campagne;
import fr.enmr.dossier.Dossier;
import fr.enmr.dossier.echantillon.Codes.Pathologie;
import fr.enmr.dossier.Periode;
import fr.enmr.dossier.ProgrammeEtp;
import fr.enmr.dossier.ProjetDeSante;
import fr.enmr.dossier.echantillon.Codes.Region;
import fr.enmr.dossier.Structure;
import fr.enmr.dossier.echantillon.Codes.TypeStructure;

/** Minimal dossiers holding only what a finding looks at (figures invented for the tests). */
final class DossiersDeTest {

    static final int ANNEE = 2014;

    private DossiersDeTest() {
    }

    static Dossier avecProgrammes(ProgrammeEtp... programmes) {
        return dossier(null, List.of(programmes));
    }

    static Dossier avecProjetTransmisLe(LocalDate dateTransmissionArs) {
        return dossier(new ProjetDeSante(true, dateTransmissionArs, List.of()), List.of());
    }

    static Dossier dossier(ProjetDeSante projetDeSante, List<ProgrammeEtp> programmes) {
        Structure structure = new Structure("MSP de test", TypeStructure.MAISON_DE_SANTE, null, Region.BRETAGNE,
                null, null, null, null);
        return new Dossier("TEST-0001", Campagne.ENMR_2014, ANNEE, structure, projetDeSante,
                null, null, null, null, programmes);
    }

    /** A programme with its file active and no authorisation. */
    static ProgrammeEtp programme(String identifiant, Integer anneeDemarrage, Integer fileActive, Integer fileActiveAnneePrecedente) {
        return new ProgrammeEtp(identifiant, Pathologie.DIABETE, null, true, null, true, 0,
                fileActive, fileActiveAnneePrecedente, anneeDemarrage);
    }

    /** A programme authorised until the given day, with no file active. */
    static ProgrammeEtp programmeAutoriseJusquAu(String identifiant, LocalDate fin) {
        return new ProgrammeEtp(identifiant, Pathologie.DIABETE, new Periode(LocalDate.of(2010, 1, 1), fin), true,
                null, true, 0, null, null, null);
    }
}
