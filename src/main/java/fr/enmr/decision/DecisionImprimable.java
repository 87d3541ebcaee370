package fr.enmr.decision;

import java.util.Map;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.enmr.moteur.jeu.NomsDesVersions;
import fr.enmr.dossier.Dossier;
import fr.enmr.impression.EcrivainPdf;
import fr.enmr.store.StoredDecision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A stored decision as people read it: its {@link FicheDecision}, shown by the decisions page (template
 * {@code decision/fiche}) and printed as the one- or two-page PDF an ARS sends to the team (template
 * {@code decision/imprimable}, which includes the same fiche).
 */
@ApplicationScoped
public class DecisionImprimable {

    public static final String PDF = EcrivainPdf.PDF;

    private static final Logger LOG = Logger.getLogger(DecisionImprimable.class);

    private final ObjectMapper json;
    private final EcrivainPdf ecrivain;
    private final NomsDesVersions versions;
    private final SelectionsDesEquipes selections;

    @Inject
    public DecisionImprimable(ObjectMapper json, EcrivainPdf ecrivain, NomsDesVersions versions, SelectionsDesEquipes selections) {
        this.json = json;
        this.ecrivain = ecrivain;
        this.versions = versions;
        this.selections = selections;
    }

    public FicheDecision fiche(StoredDecision stockee) {
        Decision decision = Decision.depuisJson(json, stockee.decisionJson());
        return FicheDecision.de(decision, dossier(stockee.dossierJson()), versions.de(decision.version()).orElse(null),
                selections.de(java.util.List.of(stockee)).get(stockee.id()));
    }

    public byte[] pdf(StoredDecision stockee) {
        byte[] pdf = ecrivain.pdf("decision/imprimable", Map.of("fiche", fiche(stockee)));
        LOG.debugf("Printable decision %s written (%d bytes)", stockee.id(), pdf.length);
        return pdf;
    }

    private Dossier dossier(String dossierJson) {
        try {
            return dossierJson == null ? null : json.readValue(dossierJson, Dossier.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored dossier cannot be read back", e);
        }
    }
}
