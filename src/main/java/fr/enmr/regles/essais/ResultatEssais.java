package fr.enmr.regles.essais;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The analysts' cases of a version run against it: how many, how many passed, and each failure with what
 * the case expects and what the version answers (cut down to the fields the case expects).
 *
 * @param erreurs case files that could not be read (their cases are not counted); a version with any fails as well
 */
public record ResultatEssais(int total, int reussis, List<Echec> echecs,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FichiersCas.Erreur> erreurs) {

    /** @param ecarts one French line per field that differs */
    public record Echec(String nom, JsonNode attendu, JsonNode obtenu, List<String> ecarts) {
    }

    /** True when every case passed and every case file could be read. */
    public boolean reussi() {
        return echecs.isEmpty() && erreurs.isEmpty();
    }
}
