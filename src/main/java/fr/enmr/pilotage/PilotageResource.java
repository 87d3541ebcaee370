package fr.enmr.pilotage;

import fr.enmr.moteur.Moteurs;

import fr.enmr.problem.Probleme;
import fr.enmr.securite.Utilisateur;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The steering dashboards (issue 13): figures of the latest stored decision of each reference, for the ministry and
 * analysts (every region) and ARS agents (their own region only), and their tables as CSV or one .xlsx workbook.
 */
@Path("/api/pilotage")
public class PilotageResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    PilotageService service;

    @Inject
    Tableaux tableaux;

    @Inject
    Utilisateur utilisateur;

    @Inject
    Moteurs moteurs;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public TableauDeBord tableau(@QueryParam("campagne") String campagne, @QueryParam("annee") String annee,
            @QueryParam("region") String region) {
        return service.tableau(parametres(campagne, annee, region));
    }

    /** Every table, one sheet each. */
    @GET
    @Path("tableaux.xlsx")
    @Produces(XLSX)
    public Response classeur(@QueryParam("campagne") String campagne, @QueryParam("annee") String annee,
            @QueryParam("region") String region) {
        ParametresPilotage parametres = parametres(campagne, annee, region);
        byte[] xlsx = ExportXlsx.ecrire(tableaux.de(service.tableau(parametres)));
        return Response.ok(xlsx, XLSX).header("Content-Disposition", "attachment; filename=\"" + fichier(parametres, "tableaux") + ".xlsx\"").build();
    }

    /** One table: chiffres, regions, criteres, constats, taux or evolution. */
    @GET
    @Path("tableaux/{nom}.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("nom") String nom, @QueryParam("campagne") String campagne, @QueryParam("annee") String annee,
            @QueryParam("region") String region) {
        if (!Tableaux.NOMS.contains(nom)) {
            return Probleme.of(404, "Tableau introuvable", "Tableaux disponibles : " + String.join(", ", Tableaux.NOMS) + ".").toResponse();
        }
        ParametresPilotage parametres = parametres(campagne, annee, region);
        Tableau tableau = tableaux.un(service.tableau(parametres), nom).orElseThrow();
        return Response.ok(ExportCsv.ecrire(tableau), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fichier(parametres, nom) + ".csv\"").build();
    }

    /** Reads the parameters; an ARS agent is kept to its own region (another one asked: 403). */
    private ParametresPilotage parametres(String campagne, String annee, String region) {
        ParametresPilotage parametres = ParametresPilotage.lire(campagne, annee, region, moteurs.actif()::anneeParDefaut);
        if (utilisateur.estAgentArs()) {
            if (parametres.region() != null) {
                utilisateur.verifierRegion(parametres.region());
            }
            utilisateur.verifierRegion(utilisateur.region()); // an agent without a region sees nothing
            parametres = parametres.dansLaRegion(utilisateur.region());
        }
        return parametres;
    }

    private static String fichier(ParametresPilotage p, String nom) {
        return "pilotage-" + nom + "-" + p.campagne() + "-" + p.annee() + (p.region() == null ? "" : "-" + p.region());
    }
}
