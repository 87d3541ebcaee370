package fr.enmr.impression;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.enmr.dossier.LibellesDesCodes;
import fr.enmr.moteur.Critere;
import fr.enmr.decision.Decision;
import fr.enmr.moteur.Module1;
import fr.enmr.moteur.Module2;
import fr.enmr.moteur.constats.Constat;
import fr.enmr.dossier.Dossier;
import fr.enmr.dossier.Professionnel;
import fr.enmr.dossier.Structure;
import fr.enmr.store.StoredDecision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A stored decision as the one- or two-page French PDF an ARS sends to the team: the team, each criterion with its
 * explanation, Module 1 and Module 2 with their breakdown, the findings, the rule version, the decision's id and date.
 */
@ApplicationScoped
public class DecisionImprimable {

    private static final Logger LOG = Logger.getLogger(DecisionImprimable.class);

    public static final String PDF = "application/pdf";

    private static final Locale FRANCAIS = Locale.FRANCE;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DATE_HEURE = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm", FRANCAIS);

    private final ObjectMapper json;

    @Inject
    public DecisionImprimable(ObjectMapper json) {
        this.json = json;
    }

    public byte[] pdf(StoredDecision stockee) {
        Decision decision = Decision.depuisJson(json, stockee.decisionJson());
        Dossier dossier = dossier(stockee.dossierJson());
        try (MiseEnPage page = new MiseEnPage("Décision ENMR " + decision.id(), "fr-FR")) {
            page.titre("Nouveaux modes de rémunération — décision");
            page.paragraphe((decision.eligible() ? "Éligible" : "Non éligible") + " — total attribué : " + euros(decision.total()));
            equipe(page, decision, dossier);
            page.intertitre("Critères d'éligibilité");
            criteres(page, decision.criteres(), 0);
            module1(page, decision.module1());
            module2(page, decision.module2());
            constats(page, decision.constats());
            page.intertitre("Références");
            page.ligne("Identifiant de la décision", decision.id());
            page.ligne("Décidée le", DATE_HEURE.format(decision.horodatage().atZone(PARIS)) + " (heure de Paris)");
            page.ligneLongue("Version des règles", decision.versionRegles());
            if (decision.auteur() != null) {
                page.ligne("Demandée par", decision.auteur().identifiant());
            }
            byte[] pdf = page.pdf("Décision " + decision.id() + " — dossier " + decision.reference());
            LOG.debugf("Printable decision %s: %d bytes", decision.id(), pdf.length);
            return pdf;
        }
    }

    private Dossier dossier(String dossierJson) {
        try {
            return dossierJson == null ? null : json.readValue(dossierJson, Dossier.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored dossier cannot be read back", e);
        }
    }

    private void equipe(MiseEnPage page, Decision decision, Dossier dossier) {
        page.intertitre("L'équipe");
        page.ligne("Référence du dossier", decision.reference());
        Structure s = dossier == null ? null : dossier.structure();
        if (s != null) {
            if (s.nom() != null) {
                page.ligne("Structure", s.nom());
            }
            page.ligne("Type", LibellesDesCodes.de("TypeStructure", s.type())
                    + (s.formeJuridique() == null ? "" : ", " + LibellesDesCodes.de("FormeJuridique", s.formeJuridique())));
            page.ligne("Région", LibellesDesCodes.de("Region", s.region())
                    + (s.departement() == null ? "" : ", département " + s.departement()));
        }
        page.ligne("Campagne", LibellesDesCodes.de("Campagne", decision.campagne()) + ", année " + decision.annee());
        if (dossier != null && !dossier.professionnelsOuVide().isEmpty()) {
            page.ligne("Professionnels", dossier.professionnelsOuVide().stream().map(this::professionnel).collect(Collectors.joining("\u00a0; ")));
        }
    }

    private String professionnel(Professionnel p) {
        return p.nombre() + " × " + LibellesDesCodes.de("Profession", p.profession()).toLowerCase(FRANCAIS)
                + " (" + p.demiJourneesHebdo() + " demi-journées/semaine" + (Boolean.TRUE.equals(p.adherent()) ? ", adhérent" : "") + ")";
    }

    private void criteres(MiseEnPage page, List<Critere> criteres, float retrait) {
        if (criteres.isEmpty()) {
            page.paragraphe("Aucun critère.");
        }
        for (Critere c : criteres) {
            page.enGras((c.satisfait() ? "Satisfait — " : "Non satisfait — ") + LibellesDesCodes.de("Critere", c.code()), retrait);
            page.paragrapheEnRetrait(c.explication());
        }
    }

    private void module1(MiseEnPage page, Module1 m) {
        page.intertitre("Module 1 — missions coordonnées : " + euros(m.montant()));
        page.ligne("Patientèle retenue", nombre(m.patienteleRetenue(), 0) + " patients");
        page.ligne("Part A (selon la patientèle retenue)", euros(m.partA()));
        page.ligne("Équivalents temps plein adhérents", nombre(m.etp(), 2));
        page.ligne("Part B (temps des professionnels)", euros(m.partB()));
        page.ligne("Taux d'atteinte des objectifs", pourcent(m.tauxAtteinte()));
        page.ligne("Montant du module 1", euros(m.montant()));
    }

    private void module2(MiseEnPage page, Module2 m) {
        page.intertitre("Module 2 — éducation thérapeutique du patient : " + euros(m.montant()));
        if (m.programmes().isEmpty()) {
            page.paragraphe("Aucun programme d'éducation thérapeutique déclaré.");
        }
        for (Module2.Programme p : m.programmes()) {
            page.enGras("Programme " + p.identifiant() + " — " + (p.eligible() ? "éligible" : "non éligible") + " — " + euros(p.montant()), 0);
            criteres(page, p.criteres(), 12);
        }
    }

    private void constats(MiseEnPage page, List<Constat> constats) {
        page.intertitre("Constats de cohérence");
        if (constats.isEmpty()) {
            page.paragraphe("Aucun constat : rien d'invraisemblable dans ce dossier.");
        }
        for (Constat c : constats) {
            page.enGras(LibellesDesCodes.de("Gravite", c.gravite().name()) + " — " + LibellesDesCodes.de("Constat", c.code()), 0);
            page.paragrapheEnRetrait(c.message());
        }
    }

    /** 35450 → « 35 450,00 € » (U+202F between thousands, U+00A0 before the sign, as Java's French locale writes it). */
    static String euros(BigDecimal montant) {
        return montant == null ? "—" : NumberFormat.getCurrencyInstance(FRANCAIS).format(montant);
    }

    private static String nombre(BigDecimal valeur, int decimales) {
        if (valeur == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(FRANCAIS);
        format.setMaximumFractionDigits(decimales);
        return format.format(valeur);
    }

    private static String pourcent(BigDecimal taux) {
        if (taux == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getPercentInstance(FRANCAIS);
        format.setMaximumFractionDigits(2);
        return format.format(taux);
    }
}
