package fr.enmr.regles.essais;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.enmr.dossier.LecteurDossier;
import fr.enmr.moteur.jeu.FichierRegles;
import fr.enmr.moteur.jeu.FichiersStockes;
import fr.enmr.moteur.jeu.JeuDeRegles;
import fr.enmr.moteur.jeu.TypeFichier;
import fr.enmr.moteur.MoteurRegles;
import fr.enmr.moteur.Moteurs;
import fr.enmr.moteur.VersionInconnueException;
import fr.enmr.store.VersionsReglesStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Runs a stored version's analysts' cases against that version, in the process; nothing is stored. */
@ApplicationScoped
public class EssaisVersion {

    private final Moteurs moteurs;
    private final VersionsReglesStore store;
    private final LecteurDossier lecteur;
    private final ObjectMapper json;

    @Inject
    public EssaisVersion(Moteurs moteurs, VersionsReglesStore store, LecteurDossier lecteur, ObjectMapper json) {
        this.moteurs = moteurs;
        this.store = store;
        this.lecteur = lecteur;
        this.json = json;
    }

    /** @throws VersionInconnueException when no version has this id */
    public ResultatEssais executer(String versionId) {
        JeuDeRegles jeu = FichiersStockes.jeu(store.find(versionId).orElseThrow(() -> new VersionInconnueException(versionId)));
        return executer(jeu, moteurs.de(versionId));
    }

    /** The cases of {@code jeu} judged by {@code moteur} (the same version compiled). */
    public ResultatEssais executer(JeuDeRegles jeu, MoteurRegles moteur) {
        Map<String, String> cas = new LinkedHashMap<>();
        for (FichierRegles fichier : jeu.deType(TypeFichier.CAS)) {
            cas.put(fichier.nom(), fichier.contenu());
        }
        return EssaisCas.executer(cas, new JugeEnProcessus(lecteur, json, moteur));
    }
}
