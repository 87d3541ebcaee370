package fr.enmr.impact;

import java.io.IOException;

import fr.enmr.decision.DecisionApiSuite;
import fr.enmr.securite.Comptes;
import fr.enmr.store.DecisionStore;
import fr.enmr.store.RechercheDecisions;
import fr.enmr.store.StoredDecision;

/** Stored decisions as earlier rules decided them, for the tests of a rule change's impact. */
public final class DecisionsAnciennes {

    public static final String VERSION = "ENMR_2014+sha256:ancienne";

    private DecisionsAnciennes() {
    }

    /**
     * Worked example 1 stored as an earlier version of the rules decided it: part A of 20,000 € (total
     * 25,450 €), PROJET_DE_SANTE failed, and a finding PATIENTELE_ELEVEE those rules raised.
     *
     * @return the stored decision's id
     */
    public static String enregistrer(DecisionStore store, String reference) throws IOException {
        // a reference that does not contain the old decision's (GET /api/decisions?reference= finds any part of one)
        String source = "SOURCE-" + System.nanoTime();
        String actuelle = Comptes.agentArs("BRETAGNE").contentType("application/json")
                .body(DecisionApiSuite.exemple1().replace("BRE-2014-0001", source)).post("/api/decisions")
                .then().statusCode(201).extract().asString();
        StoredDecision stockee = store.search(new RechercheDecisions(source, null, null, null), 0, 1).elements().get(0);
        String id = "01IMPACT" + String.format("%018d", System.nanoTime() % 1_000_000_000_000_000_000L);
        String ancienne = actuelle
                .replace("\"id\":\"" + stockee.id() + "\"", "\"id\":\"" + id + "\"")
                .replace("\"reference\":\"" + source + "\"", "\"reference\":\"" + reference + "\"")
                .replace("\"versionRegles\":\"" + stockee.versionRegles() + "\"", "\"versionRegles\":\"" + VERSION + "\"")
                .replace("\"partA\":30000.00", "\"partA\":20000.00")
                .replace("\"montant\":35450.00", "\"montant\":25450.00")
                .replace("\"total\":35450.00", "\"total\":25450.00")
                .replaceFirst("(\"code\":\"PROJET_DE_SANTE\",\"satisfait\":)true", "$1false")
                .replace("\"constats\":[]", "\"constats\":[{\"code\":\"PATIENTELE_ELEVEE\",\"gravite\":\"WARNING\",\"message\":\"…\"}]");
        store.save(new StoredDecision(id, reference, stockee.campagne(), stockee.annee(), stockee.region(), stockee.eligible(),
                stockee.horodatage() + 1, VERSION, stockee.auteur(), ancienne, stockee.dossierJson(), stockee.auteurRegion(), null));
        return id;
    }
}
