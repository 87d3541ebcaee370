package fr.enmr.web;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.enmr.dossier.echantillon.Echantillons;
import fr.enmr.web.dossiers.EcrivainCsvDossiers;
import fr.enmr.web.dossiers.LecteurCsvDossiers;
import fr.enmr.web.dossiers.LigneDossier;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The CSV import of the ARS page: a file of dossiers, one a line, read into the JSON bodies the page then
 * sends one by one to POST /api/decisions (so every dossier is checked, decided and stored by the API
 * alone); and an example file, the sample dossiers of config/echantillons in that format.
 */
@Path("/decisions/csv")
public class DossiersCsv {

    /** The dossiers of a file, line by line. */
    public record Lignes(List<LigneDossier> lignes) {
    }

    @Inject
    ObjectMapper json;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    public Lignes lire(String csv) {
        return new Lignes(LecteurCsvDossiers.lire(csv));
    }

    @GET
    @Path("exemple")
    @Produces("text/csv;charset=UTF-8")
    public Response exemple() {
        return Response.ok(EcrivainCsvDossiers.ecrire(Echantillons.bretagnePremiereVague(json), json))
                .header("Content-Disposition", "attachment; filename=\"dossiers-exemple.csv\"").build();
    }
}
