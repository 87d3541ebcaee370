package fr.enmr.web;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.enmr.dossier.Vocabulaire;
import fr.enmr.decision.RechercheParametres;
import fr.enmr.moteur.jeu.VersionRegles;
import fr.enmr.impact.Impact;
import fr.enmr.impact.Reexamen;
import fr.enmr.problem.SaisieInvalideException;
import fr.enmr.problem.Violation;
import fr.enmr.web.regles.ModeleDmn;
import fr.enmr.web.regles.TraceDecision;
import fr.enmr.web.regles.TraceDecisions;
import fr.enmr.web.regles.UniteRegles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;

/**
 * The analysts' space: the DMN models and rule units of the version in force, with their sources, and for a
 * stored decision the criteria and table rows that produced it; and what the rules loaded now would
 * change on the stored decisions.
 */
@Path("/regles")
public class ReglesPage {

    /** The KIE DMN editor's bundle, fetched by the build (pom.xml, editeur-dmn) and served as a static resource. */
    static final String EDITEUR_DMN = "/editeur-dmn/index.js";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance regles(Visiteur visiteur, List<ModeleDmn> modeles, List<UniteRegles> unites, String sha256,
                String versionAffichee, String demande, TraceDecision trace, EffetDemande effet, List<Option> campagnes, List<Option> regions,
                String chartJs, String intitules, String atelier);
    }

    /** What the workshop's script needs besides the API: who is signed in (the author of a draft) and where the DMN editor is served. */
    public record Atelier(String utilisateur, String editeurDmn) {
    }

    /** The impact form as filled in, and its answer: the re-examined page, or why the filters were refused. */
    public record EffetDemande(String campagne, String region, int page, Impact impact, List<Violation> refus) {

        public boolean pageSuivante() {
            return impact != null && (long) (page + 1) * impact.taille() < impact.total();
        }
    }

    @Inject
    TraceDecisions traces;

    @Inject
    VersionRegles version;

    @Inject
    SecurityIdentity identite;

    @Inject
    Reexamen reexamen;

    @Inject
    Intitules intitules;

    @Inject
    BibliothequeGraphiques graphiques;

    @Inject
    ObjectMapper json;

    @GET
    @Produces(Pages.HTML)
    public String regles(@QueryParam("decision") String decision, @QueryParam("effet") String effet,
            @QueryParam("campagne") String campagne, @QueryParam("region") String region, @QueryParam("page") String page) {
        String demande = decision == null || decision.isBlank() ? null : decision.strip();
        TraceDecision trace = demande == null ? null : traces.tracer(demande).orElse(null);
        EffetDemande effetDemande = effet == null ? null : effet(vide(campagne), vide(region), page);
        Visiteur visiteur = Visiteur.de(identite);
        TraceDecisions.ReglesAffichees affichees = traces.reglesActives();
        return Templates.regles(visiteur, affichees.regles().modeles(), affichees.regles().unites(), version.sha256(),
                affichees.version() == null ? null : affichees.version().libelle(), demande, trace,
                effetDemande, intitules.options(Vocabulaire.Liste.CAMPAGNES), intitules.options(Vocabulaire.Liste.REGIONS), graphiques.chartJs(),
                ScriptJson.of(json, intitules.parListe()), ScriptJson.of(json, new Atelier(visiteur.identifiant(), EDITEUR_DMN))).render();
    }

    /** What the rules loaded now change on the stored decisions, a hundred at a time (GET /api/regles/impact). */
    private EffetDemande effet(String campagne, String region, String page) {
        try {
            RechercheParametres parametres = RechercheParametres.lire(null, region, campagne, null, page, "100");
            return new EffetDemande(campagne, region, parametres.page(), reexamen.reexaminer(parametres), List.of());
        } catch (SaisieInvalideException e) {
            return new EffetDemande(campagne, region, 0, null, e.violations());
        }
    }

    private static String vide(String valeur) {
        return valeur == null || valeur.isBlank() ? null : valeur;
    }
}
