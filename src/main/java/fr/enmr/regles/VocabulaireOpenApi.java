package fr.enmr.regles;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import fr.enmr.dossier.Vocabulaire;
import fr.enmr.moteur.Moteurs;
import io.quarkus.arc.Arc;
import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * The dossier's code fields in /q/openapi list the codes of the version in force, each time the document is asked
 * ({@code quarkus.smallrye-openapi.always-run-filter}): the codes are the version's, not the build's.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUN)
public class VocabulaireOpenApi implements OASFilter {

    /** Each code field: the schema of its record, the property, and whether it is a list of codes. */
    private record Champ(String schema, String propriete, boolean liste, Vocabulaire.Liste codes) {
    }

    private static final List<Champ> CHAMPS = List.of(
            new Champ("Dossier", "campagne", false, Vocabulaire.Liste.CAMPAGNES),
            new Champ("Structure", "region", false, Vocabulaire.Liste.REGIONS),
            new Champ("Structure", "type", false, Vocabulaire.Liste.TYPES_STRUCTURE),
            new Champ("Structure", "formeJuridique", false, Vocabulaire.Liste.FORMES_JURIDIQUES),
            new Champ("Professionnel", "profession", false, Vocabulaire.Liste.PROFESSIONS),
            new Champ("ProjetDeSante", "axes", true, Vocabulaire.Liste.AXES),
            new Champ("ProgrammeEtp", "pathologie", false, Vocabulaire.Liste.PATHOLOGIES),
            new Champ("ProgrammeEtp", "professionsEquipe", true, Vocabulaire.Liste.PROFESSIONS),
            new Champ("Indicateur", "sens", false, Vocabulaire.Liste.SENS));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Vocabulaire vocabulaire = Arc.container().instance(Moteurs.class).get().actif().vocabulaire();
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        for (Champ champ : CHAMPS) {
            Schema schema = schemas.get(champ.schema());
            Schema propriete = schema == null || schema.getProperties() == null ? null : schema.getProperties().get(champ.propriete());
            if (propriete == null) {
                continue;
            }
            Schema codes = champ.liste() ? propriete.getItems() : propriete;
            if (codes != null) {
                codes.setEnumeration(new ArrayList<>(champ.codes().de(vocabulaire)));
                codes.setDescription("Codes de la version des règles en vigueur (GET /api/regles/vocabulaire, « "
                        + champ.codes().nom() + " »)");
            }
        }
    }
}
