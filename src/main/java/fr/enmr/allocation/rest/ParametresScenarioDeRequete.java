package fr.enmr.allocation.rest;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.enmr.allocation.scenario.ParametresScenario;
import fr.enmr.problem.Violation;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * The parameters of a CSV upload, from the query string: {@code ?places=160&enveloppe=8000000
 * &minimumParRegion=CORSE:1&minimumParRegion=GUYANE:1&maximumParRegion=ILE_DE_FRANCE:25}.
 * Values are read strictly; a bad one is named like its JSON field ({@code parametres.places}).
 */
final class ParametresScenarioDeRequete {

    private final MultivaluedMap<String, String> requete;
    private final List<Violation> violations;

    ParametresScenarioDeRequete(MultivaluedMap<String, String> requete, List<Violation> violations) {
        this.requete = requete;
        this.violations = violations;
    }

    ParametresScenario lire() {
        for (String nom : requete.keySet()) {
            if (!List.of("nom", "places", "enveloppe", "minimumParRegion", "minimumParDefaut", "maximumParRegion", "poidsZoneFragile",
                    "poidsPremierRang", "dureeMaxSecondes").contains(nom)) {
                violations.add(new Violation(nom, "paramètre inconnu du contrat"));
            }
        }
        return new ParametresScenario(entier("places"), decimal("enveloppe"), parRegion("minimumParRegion"), entier("minimumParDefaut"),
                parRegion("maximumParRegion"), decimal("poidsZoneFragile"), decimal("poidsPremierRang"), entier("dureeMaxSecondes"));
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
