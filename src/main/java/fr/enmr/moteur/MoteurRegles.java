package fr.enmr.moteur;

import fr.enmr.dossier.Vocabulaire;

import java.util.List;
import java.util.Map;

import fr.enmr.dossier.Dossier;
import fr.enmr.dossier.LecteurDossier;
import fr.enmr.problem.SaisieInvalideException;

/** One rule-set version, compiled: what it says of a dossier. Keep the instance for a whole decision. */
public final class MoteurRegles {

    private final String versionId;
    private final MoteurCompile regles;

    MoteurRegles(String versionId, MoteurCompile regles) {
        this.versionId = versionId;
        this.regles = regles;
    }

    /** The version's id (a ULID); null for rules compiled but not stored (a draft being validated). */
    public String versionId() {
        return versionId;
    }

    /** The hex SHA-256 of its DMN and DRL files, as regles-version.properties {@code sha256}. */
    public String empreinte() {
        return regles.empreinte();
    }

    /** The {@code versionRegles} of a decision made with it: {@code ENMR_2014+sha256:<empreinte>}. */
    public String versionRegles(String campagne) {
        return campagne + "+sha256:" + empreinte();
    }

    /** The engine deciding with this version: {@code compile} (its DMN model compiled to Java) or {@code KIE}. */
    public String moteur() {
        return regles.moteur();
    }

    public List<String> campagnes() {
        return regles.campagnes();
    }

    /** The codes a dossier decided by this version may carry (rules-api.md « Vocabulary belongs to the version »). */
    public Vocabulaire vocabulaire() {
        return regles.vocabulaire();
    }

    /** A campaign's default payment year by this version, null for a campaign it has no rules for. */
    public Integer anneeParDefaut(String campagne) {
        return regles.anneeParDefaut(campagne);
    }

    /**
     * What these rules say of a dossier as read from JSON, checked as for a decision (as POST /api/decisions does).
     *
     * @throws SaisieInvalideException naming every bad field, the year outside its campaign included
     */
    public Verdict juger(LecteurDossier.Lecture lecture) {
        return regles.juger(lecture);
    }

    /** Every DMN decision's value on a valid dossier, by decision name, JSON-friendly. */
    public Map<String, Object> intermediaires(Dossier dossier) {
        return regles.intermediaires(dossier);
    }

    @Override
    public String toString() {
        return "MoteurRegles[" + versionId + ", sha256:" + empreinte() + "]";
    }
}
