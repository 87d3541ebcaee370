package fr.enmr.moteur;

import fr.enmr.dossier.Vocabulaire;

import java.util.List;
import java.util.Map;

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
    private final List<String> campagnes;
    private final long compileLe = System.nanoTime();

    /** False for the rules of a draft being validated: KIE alone, the compilation to Java not tried yet. */
    private final boolean pourDecider;

    MoteurCompile(String empreinte, DecisionEvaluator evaluateur, DossierValidator validator, List<String> campagnes) {
        this(empreinte, evaluateur, validator, campagnes, true);
    }

    MoteurCompile(String empreinte, DecisionEvaluator evaluateur, DossierValidator validator, List<String> campagnes, boolean pourDecider) {
        this.pourDecider = pourDecider;
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

    /**
     * The same rules decided by KIE alone: a draft evaluated by an analyst (KIE is the reference), or a published version
     * whose compiled model differed from KIE ({@code pourDecider}).
     */
    MoteurCompile kieSeul(boolean pourDecider) {
        return new MoteurCompile(empreinte, evaluateur.kieSeul(), validator, campagnes, pourDecider);
    }

    /** Whether these are the rules as a published version decides with them (compiled to Java where it translates). */
    boolean pourDecider() {
        return pourDecider;
    }

    /** {@code compile} when its DMN model is compiled to Java, {@code KIE} when the interpreter decides it alone. */
    public String moteur() {
        return evaluateur.moteur();
    }

    /** The codes a dossier decided by these rules may carry (its DMN item definitions' allowed values). */
    public Vocabulaire vocabulaire() {
        return evaluateur.vocabulaire();
    }

    /** A campaign's default payment year by these rules, null for a campaign they have no rules for. */
    public Integer anneeParDefaut(String campagne) {
        return evaluateur.anneeParDefaut(campagne);
    }

    /** The campaigns the DMN model has rules for (« Règles de la campagne »). */
    public List<String> campagnes() {
        return campagnes;
    }

    Verdict juger(LecteurDossier.Lecture lecture) {
        return evaluateur.juger(validator, lecture);
    }

    Map<String, Object> intermediaires(Dossier dossier) {
        return evaluateur.intermediaires(dossier);
    }
}
