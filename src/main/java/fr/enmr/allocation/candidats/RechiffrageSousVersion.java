package fr.enmr.allocation.candidats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import fr.enmr.dossier.LecteurDossier;
import fr.enmr.moteur.MoteurRegles;
import fr.enmr.moteur.Moteurs;
import fr.enmr.moteur.Verdict;
import fr.enmr.moteur.VersionInconnueException;
import fr.enmr.problem.SaisieInvalideException;
import fr.enmr.problem.Violation;
import fr.enmr.store.StoredDecision;

/**
 * A what-if under proposed rules (scenario-api.md, "source.version"): each stored dossier decided again by one rule
 * version, any state, a draft included (as fr.enmr.impact measures a version), nothing stored. Cost = the version's
 * total, eligibility and patientèle retenue from it; name, region, zoneFragile and rangArs from the dossier. A dossier
 * the version refuses counts as not eligible, and the scenario's origin names it.
 */
final class RechiffrageSousVersion {

    private static final String CHAMP = "source.version";

    private final MoteurRegles version;
    private final LecteurDossier lecteur;
    private final SourceCandidats source;
    private final List<String> refuses = new ArrayList<>();

    private RechiffrageSousVersion(MoteurRegles version, LecteurDossier lecteur, SourceCandidats source) {
        this.version = version;
        this.lecteur = lecteur;
        this.source = source;
    }

    /** @throws SaisieInvalideException naming source.version when it is unknown, does not compile or has no rules for the campaign */
    static RechiffrageSousVersion de(Moteurs moteurs, LecteurDossier lecteur, SourceCandidats source) {
        MoteurRegles version;
        try {
            version = moteurs.de(source.version());
        } catch (VersionInconnueException e) {
            throw refus("aucune version de règles n'a l'identifiant « " + source.version() + " » (GET /api/regles/versions les liste)");
        } catch (IllegalStateException e) {
            throw refus("la version « " + source.version() + " » ne se compile pas : elle ne peut pas chiffrer les dossiers");
        }
        if (!version.campagnes().contains(source.campagne())) {
            throw refus("la version « " + source.version() + " » n'a pas de règles pour la campagne " + source.campagne()
                    + " (elle connaît " + String.join(", ", version.campagnes()) + ")");
        }
        return new RechiffrageSousVersion(version, lecteur, source);
    }

    private static SaisieInvalideException refus(String message) {
        return new SaisieInvalideException(List.of(new Violation(CHAMP, message)));
    }

    CandidatScenario candidat(StoredDecision stockee, JsonNode structure) {
        String nom = structure.path("nom").asText(null);
        boolean zoneFragile = structure.path("zoneFragile").asBoolean(false);
        int rangArs = structure.path("rangArs").asInt(1);
        try {
            LecteurDossier.Lecture lecture = lecteur.lire(stockee.dossierJson());
            if (lecture.violations().isEmpty()) {
                Verdict verdict = version.juger(lecture);
                int patienteleRetenue = verdict.module1() == null || verdict.module1().patienteleRetenue() == null ? 0
                        : verdict.module1().patienteleRetenue().intValue();
                BigDecimal total = verdict.total() == null ? BigDecimal.ZERO : verdict.total();
                return new CandidatScenario(stockee.reference(), nom, stockee.region(), total.setScale(2, RoundingMode.HALF_UP),
                        patienteleRetenue, zoneFragile, rangArs, verdict.eligible());
            }
        } catch (SaisieInvalideException e) {
            // refused by this version (a code it dropped, a year outside its campaign): counted below
        }
        refuses.add(stockee.reference());
        return new CandidatScenario(stockee.reference(), nom, stockee.region(), BigDecimal.ZERO.setScale(2), 0, zoneFragile, rangArs, false);
    }

    /** The scenario's origin in French, with the dossiers the version refused, once every candidate is priced. */
    String origine() {
        String origine = "décisions enregistrées de la campagne " + source.campagne() + " (la plus récente par référence), chiffrées de nouveau par la version de règles "
                + source.version() + " (" + version.versionRegles(source.campagne()) + ")";
        if (refuses.isEmpty()) {
            return origine;
        }
        return origine + " ; " + refuses.size() + " dossier(s) refusé(s) par cette version, comptés non éligibles : "
                + String.join(", ", refuses.stream().limit(20).toList()) + (refuses.size() > 20 ? ", …" : "");
    }
}
