package fr.enmr.regles;

import fr.enmr.moteur.jeu.TypeFichier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;

import fr.enmr.moteur.dmn.VocabulaireDmn;
import fr.enmr.dossier.Vocabulaire;
import fr.enmr.moteur.CompilateurRegles;
import fr.enmr.moteur.Moteurs;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import fr.enmr.problem.Probleme;

/**
 * The codes a dossier may carry, as a rule-set version defines them (rules-api.md « Vocabulary belongs to the version »):
 * every role reads them, the pages' lists and ARS tooling those of the version in force; and a version's readable name,
 * which the decisions page shows.
 */
@Path("/api/regles")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class VocabulaireResource {

    @Inject
    Moteurs moteurs;

    @Inject
    VersionsService versions;

    @GET
    @Path("/vocabulaire")
    @Operation(summary = "Listes de codes de la version des règles en vigueur (campagnes, régions, professions…)")
    public Map<String, List<String>> actif() {
        return enJson(moteurs.actif().vocabulaire());
    }

    @GET
    @Path("/versions/{id}/vocabulaire")
    @Operation(summary = "Listes de codes d'une version des règles, lues dans les définitions de types de son DMN")
    public Map<String, List<String>> deLaVersion(@PathParam("id") String id) {
        List<String> textes = versions.lire(id).jeu().deType(TypeFichier.DMN).stream()
                .map(f -> CompilateurRegles.enDmn15(f.contenu())).toList();
        return enJson(VocabulaireDmn.lire(textes));
    }

    /** What every role may read of a version: its readable name, the fingerprint as a detail. */
    public record NomVersion(String id, int numero, String libelle, String empreinte, java.time.Instant creeLe, String motif,
            boolean active) {
    }

    @GET
    @Path("/versions/{id}/nom")
    @Operation(summary = "Nom lisible d'une version des règles (« v7 du 07/12/2026 — motif »), lisible par tous les rôles")
    public NomVersion nom(@PathParam("id") String id) {
        VersionDeRegles v = versions.lire(id);
        return new NomVersion(v.id(), v.numero(), v.libelle(), v.empreinte(), v.creeLe(), v.motif(), v.active());
    }

    @ServerExceptionMapper
    public Response introuvable(RefusVersion refus) {
        return Probleme.of(refus.status(), refus.titre(), refus.getMessage()).toResponse();
    }

    /** The contract's shape: one list per name, in the contract's order. */
    static Map<String, List<String>> enJson(Vocabulaire vocabulaire) {
        Map<String, List<String>> listes = new LinkedHashMap<>();
        for (Vocabulaire.Liste liste : Vocabulaire.Liste.values()) {
            listes.put(liste.nom(), liste.de(vocabulaire));
        }
        return listes;
    }
}
