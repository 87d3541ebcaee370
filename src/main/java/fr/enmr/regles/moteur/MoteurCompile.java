package fr.enmr.regles.moteur;

import java.util.List;
import java.util.Map;

import fr.enmr.decision.DecisionEvaluator;
import fr.enmr.decision.Verdict;
import fr.enmr.dossier.Campagne;
import fr.enmr.dossier.Dossier;
import fr.enmr.dossier.DossierValidator;
import fr.enmr.dossier.LecteurDossier;

/**
 * The compiled rules of one fingerprint (DMN model and findings rule unit), shared by every version with the same rule
 * files. Thread-safe: a decision creates its own evaluation context and rule unit instance.
 */
public final class MoteurCompile {

    private final String empreinte;
    private final DecisionEvaluator evaluateur;
    private final DossierValidator validator;
    private final List<Campagne> campagnes;
    private final long compileLe = System.nanoTime();

    MoteurCompile(String empreinte, DecisionEvaluator evaluateur, DossierValidator validator, List<Campagne> campagnes) {
        this.empreinte = empreinte;
        this.evaluateur = evaluateur;
        this.validator = validator;
        this.campagnes = List.copyOf(campagnes);
    }

    /** These rules as the version with this id. */
    public MoteurRegles pour(String versionId) {
        return new MoteurRegles(versionId, this);
    }

    public String empreinte() {
        return empreinte;
    }

    /** When it was compiled (System.nanoTime), to forget the oldest first. */
    long compileLe() {
        return compileLe;
    }

    /** The campaigns the DMN model has rules for (« Règles de la campagne »). */
    public List<Campagne> campagnes() {
        return campagnes;
    }

    Verdict juger(LecteurDossier.Lecture lecture) {
        return evaluateur.juger(validator, lecture);
    }

    Map<String, Object> intermediaires(Dossier dossier) {
        return evaluateur.intermediaires(dossier);
    }
}
