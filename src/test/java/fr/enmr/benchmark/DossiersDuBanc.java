package fr.enmr.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import fr.enmr.dossier.echantillon.Codes.Campagne;
import fr.enmr.dossier.Dossier;
import fr.enmr.dossier.echantillon.Echantillons;
import fr.enmr.dossier.echantillon.GenerateurDossiers;
import fr.enmr.dossier.echantillon.JsonDossiers;

/** The dossiers the benchmarks decide: 2,000 generated per campaign and the 9 Bretagne sites, in a seeded random order. */
public final class DossiersDuBanc {

    public static final long GRAINE = 6;
    public static final int PAR_CAMPAGNE = 2_000;

    private DossiersDuBanc() {
    }

    public static List<Dossier> tous() {
        GenerateurDossiers generateur = new GenerateurDossiers();
        List<Dossier> dossiers = new ArrayList<>(generateur.generer(GRAINE, PAR_CAMPAGNE, Campagne.ENMR_2010));
        dossiers.addAll(generateur.generer(GRAINE, PAR_CAMPAGNE, Campagne.ENMR_2014));
        dossiers.addAll(Echantillons.bretagnePremiereVague(JsonDossiers.mapper()));
        Collections.shuffle(dossiers, new Random(GRAINE)); // both campaigns mixed, as an ARS's batch would be
        return List.copyOf(dossiers);
    }
}
