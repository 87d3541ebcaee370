package fr.enmr.allocation.rest;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.enmr.allocation.scenario.Imposes;
import fr.enmr.allocation.scenario.ParametresScenario;
import fr.enmr.problem.Violation;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * The parameters of a CSV upload, from the query string: {@code ?places=160&enveloppe=8000000
 * &minimumParRegion=CORSE:1&minimumParRegion=GUYANE:1&maximumParRegion=ILE_DE_FRANCE:25
 * &imposes.retenus=GUY-2014-0003:Engagement%20du%20ministre&imposes.exclus=IDF-2014-0112:Dossier%20incomplet}.
 * Each name is the JSON field's under {@code parametres}; values are read strictly; a bad one is named like its JSON
 * field ({@code parametres.places}). Imposed choices are {@code REFERENCE:motif}, repeated, the n-th value being
 * the JSON's {@code [n]}: they are checked afterwards exactly as the JSON's are.
 */
final class ParametresScenarioDeRequete {

    static final String RETENUS = "imposes.retenus";
    static final String EXCLUS = "imposes.exclus";

    private final MultivaluedMap<String, String> requete;
    private final List<Violation> violations;

    ParametresScenarioDeRequete(MultivaluedMap<String, String> requete, List<Violation> violations) {
        this.requete = requete;
        this.violations = violations;
    }

    ParametresScenario lire() {
        for (String nom : requete.keySet()) {
            if (!List.of("nom", "places", "enveloppe", "minimumParRegion", "minimumParDefaut", "maximumParRegion", "poidsZoneFragile",
                    "poidsPremierRang", "dureeMaxSecondes", RETENUS, EXCLUS).contains(nom)) {
                violations.add(new Violation(nom, "paramètre inconnu du contrat"));
            }
        }
        return new ParametresScenario(entier("places"), decimal("enveloppe"), parRegion("minimumParRegion"), entier("minimumParDefaut"),
                parRegion("maximumParRegion"), decimal("poidsZoneFragile"), decimal("poidsPremierRang"), entier("dureeMaxSecondes"), imposes());
    }

    /** {@code imposes.retenus} and {@code imposes.exclus}; none when neither is given (as a JSON request without {@code imposes}). */
    private Imposes imposes() {
        List<Imposes.Choix> retenus = choix(RETENUS);
        List<Imposes.Choix> exclus = choix(EXCLUS);
        return retenus == null && exclus == null ? null : new Imposes(retenus, exclus);
    }

    /**
     * {@code REFERENCE:motif}, split at the first colon (a reference has none, a reason may), spaces around each part
     * dropped (a query string has no quotes to keep them): without a colon, or with nothing after it, there is no reason,
     * and the JSON's check says so ({@code parametres.imposes.retenus[0].motif}).
     */
    private List<Imposes.Choix> choix(String nom) {
        List<String> valeurs = requete.get(nom);
        if (valeurs == null) {
            return null;
        }
        return valeurs.stream().map(valeur -> {
            int deuxPoints = valeur.indexOf(':');
            return deuxPoints < 0 ? new Imposes.Choix(valeur.strip(), null)
                    : new Imposes.Choix(valeur.substring(0, deuxPoints).strip(), valeur.substring(deuxPoints + 1).strip());
        }).toList();
    }

    private String valeur(String nom) {
        List<String> valeurs = requete.get(nom);
        if (valeurs == null || valeurs.isEmpty()) {
            return null;
        }
        if (valeurs.size() > 1) {
            violations.add(new Violation("parametres." + nom, "paramètre donné plusieurs fois"));
        }
        return valeurs.get(0);
    }

    private Integer entier(String nom) {
        String valeur = valeur(nom);
        try {
            return valeur == null ? null : Integer.valueOf(valeur);
        } catch (NumberFormatException e) {
            violations.add(new Violation("parametres." + nom, "valeur « " + valeur + " » invalide : nombre entier attendu"));
            return null;
        }
    }

    private BigDecimal decimal(String nom) {
        String valeur = valeur(nom);
        try {
            return valeur == null ? null : new BigDecimal(valeur);
        } catch (NumberFormatException e) {
            violations.add(new Violation("parametres." + nom, "valeur « " + valeur + " » invalide : nombre attendu"));
            return null;
        }
    }

    private Map<String, Integer> parRegion(String nom) {
        List<String> valeurs = requete.get(nom);
        if (valeurs == null) {
            return null;
        }
        Map<String, Integer> parRegion = new LinkedHashMap<>();
        for (String valeur : valeurs) {
            int deuxPoints = valeur.indexOf(':');
            try {
                parRegion.put(valeur.substring(0, deuxPoints), Integer.valueOf(valeur.substring(deuxPoints + 1)));
            } catch (IndexOutOfBoundsException | NumberFormatException e) {
                violations.add(new Violation("parametres." + nom, "valeur « " + valeur + " » invalide : REGION:nombre attendu (ex. CORSE:1)"));
            }
        }
        return parRegion;
    }
}
