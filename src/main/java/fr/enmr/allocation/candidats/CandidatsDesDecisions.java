package fr.enmr.allocation.candidats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.enmr.decision.Decision;
import fr.enmr.dossier.LecteurDossier;
import fr.enmr.moteur.Moteurs;
import fr.enmr.store.DecisionStore;
import fr.enmr.store.Page;
import fr.enmr.store.RechercheDecisions;
import fr.enmr.store.StoredDecision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Candidates from the decisions stored for a campaign (scenario-api.md, "source"): for each
 * reference its latest decision; cost = the decision's total, eligibility and patientèle retenue
 * from the decision, name, region, zoneFragile and rangArs (default 1) from the dossier; teams that
 * look alike under several references are flagged (DoublonsPresumes). With a rule version, each dossier is priced
 * again by that version instead (RechiffrageSousVersion).
 */
@ApplicationScoped
public class CandidatsDesDecisions {

    private static final int PAGE = 500;

    private final DecisionStore decisions;
    private final ObjectMapper json;
    private final Moteurs moteurs;
    private final LecteurDossier lecteur;

    @Inject
    public CandidatsDesDecisions(DecisionStore decisions, ObjectMapper json, Moteurs moteurs, LecteurDossier lecteur) {
        this.decisions = decisions;
        this.json = json;
        this.moteurs = moteurs;
        this.lecteur = lecteur;
    }

    /**
     * The candidates of a campaign, those of them that look like one team under several references, and where they
     * come from in French (the scenario's {@code origine}).
     */
    public record Extraction(List<CandidatScenario> candidats, List<DoublonPresume> doublonsPresumes, String origine) {
    }

    public List<CandidatScenario> candidats(String campagne) {
        return extraire(campagne).candidats();
    }

    public Extraction extraire(String campagne) {
        return extraire(campagne, this::candidat, "décisions enregistrées de la campagne " + campagne + " (la plus récente par référence)");
    }

    /**
     * The candidates of a source: as stored, or priced again by its rule version.
     *
     * @throws fr.enmr.problem.SaisieInvalideException naming {@code source.version} when no version has this id, or it
     *                                                 cannot price this campaign
     */
    public Extraction extraire(SourceCandidats source) {
        if (source.version() == null) {
            return extraire(source.campagne());
        }
        RechiffrageSousVersion rechiffrage = RechiffrageSousVersion.de(moteurs, lecteur, source);
        Extraction extraction = extraire(source.campagne(), stockee -> rechiffrage.candidat(stockee, structure(stockee)), null);
        return new Extraction(extraction.candidats(), extraction.doublonsPresumes(), rechiffrage.origine());
    }

    private Extraction extraire(String campagne, Function<StoredDecision, CandidatScenario> candidat, String origine) {
        Set<String> vues = new HashSet<>();
        List<CandidatScenario> candidats = new ArrayList<>();
        List<DoublonsPresumes.Equipe> equipes = new ArrayList<>();
        RechercheDecisions recherche = new RechercheDecisions(null, null, campagne, null);
        for (int page = 0;; page++) {
            Page<StoredDecision> resultats = decisions.search(recherche, page, PAGE);
            // newest first: the first decision seen for a reference is its latest
            for (StoredDecision decision : resultats.elements()) {
                if (vues.add(decision.reference())) {
                    candidats.add(candidat.apply(decision));
                    equipes.add(equipe(decision));
                }
            }
            if (resultats.elements().size() < PAGE) {
                return new Extraction(candidats, DoublonsPresumes.parmi(equipes), origine);
            }
        }
    }

    private DoublonsPresumes.Equipe equipe(StoredDecision stockee) {
        JsonNode structure = structure(stockee);
        return new DoublonsPresumes.Equipe(stockee.reference(), structure.path("nom").asText(null),
                structure.path("type").asText(null), structure.path("departement").asText(null));
    }

    CandidatScenario candidat(StoredDecision stockee) {
        Decision decision = Decision.depuisJson(json, stockee.decisionJson());
        JsonNode structure = structure(stockee);
        int patienteleRetenue = decision.module1() == null || decision.module1().patienteleRetenue() == null ? 0
                : decision.module1().patienteleRetenue().intValue();
        BigDecimal total = decision.total() == null ? BigDecimal.ZERO : decision.total();
        return new CandidatScenario(stockee.reference(), structure.path("nom").asText(null), stockee.region(),
                total.setScale(2, RoundingMode.HALF_UP), patienteleRetenue,
                structure.path("zoneFragile").asBoolean(false), structure.path("rangArs").asInt(1), stockee.eligible());
    }

    /** The dossier's structure: name, type, department, and the allocation's own fields (zoneFragile, rangArs). */
    JsonNode structure(StoredDecision stockee) {
        try {
            return json.readTree(stockee.dossierJson()).path("structure");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored decision " + stockee.id() + " is unreadable", e);
        }
    }
}
