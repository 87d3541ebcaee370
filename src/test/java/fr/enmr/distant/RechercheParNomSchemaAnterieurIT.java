package fr.enmr.distant;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.infinispan.client.hotrod.RemoteCache;
import org.infinispan.client.hotrod.RemoteCacheManager;
import org.infinispan.commons.configuration.StringConfiguration;
import org.infinispan.query.remote.client.ProtobufMetadataManagerConstants;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.enmr.emballe.ServiceEmballe;
import fr.enmr.store.DefinitionsCaches;
import fr.enmr.store.ServeurInfinispan;
import fr.enmr.store.StoreCache;
import fr.enmr.store.StoreSchemaImpl;
import fr.enmr.store.StoredDecision;

/**
 * The packaged service in remote mode on a server that holds the store's schema and caches as they were before structure
 * names were searchable (no {@code nomStructureNormalise} field, its caches indexed without it), with a decision stored
 * then: the service registers the new schema and updates the existing caches' index schema, so a new decision is found
 * by a part of its structure's name, and the old decision is still read and listed.
 */
class RechercheParNomSchemaAnterieurIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AGENT = "ars-bretagne";
    private static final String MOT_DE_PASSE = "ars-bretagne-enmr";
    private static final String ANCIENNE = "01JD3Z8K6Q6M2W4T5Y7X9A1B2C";

    @Test
    void aServerOfTheFormerSchemaTakesTheNewOneAndFindsNamesWhileItsOldDecisionsStayReadable() throws Exception {
        try (ServeurInfinispan serveur = ServeurInfinispan.demarrer("schema-anterieur")) {
            String dossier = Files.readString(Path.of("src/main/resources/cas/bases/msp-bretagne-2014.json"));
            try (RemoteCacheManager client = serveur.client()) {
                RemoteCache<String, String> schemas = client.getCache(ProtobufMetadataManagerConstants.PROTOBUF_METADATA_CACHE_NAME);
                schemas.put(new StoreSchemaImpl().getProtoFileName(), schemaAvantLesNoms());
                DefinitionsCaches definitions = new DefinitionsCaches(Optional.empty());
                for (StoreCache cache : List.of(StoreCache.DECISIONS, StoreCache.SYNTHESES)) {
                    client.administration().getOrCreateCache(cache.nom(), new StringConfiguration(definitions.definition(cache.nom())));
                }
                // written without its 14th field: the bytes of a decision stored under the former schema
                client.<String, StoredDecision>getCache(StoreCache.DECISIONS.nom()).put(ANCIENNE, new StoredDecision(ANCIENNE,
                        "ANCIENNE-2014-0001", "ENMR_2014", 2014, "BRETAGNE", true, 1_795_335_302_118L, "ENMR_2014+sha256:ancienne",
                        AGENT, "{\"id\":\"" + ANCIENNE + "\",\"reference\":\"ANCIENNE-2014-0001\",\"eligible\":true}",
                        dossier.replace("BRE-2014-0001", "ANCIENNE-2014-0001"), "BRETAGNE", null));
            }
            Map<String, String> proprietes = new HashMap<>(serveur.configurationService());
            proprietes.put("enmr.echantillons.charger", "false");
            try (ServiceEmballe service = ServiceEmballe.demarrer("schema-anterieur", ServiceEmballe.portLibre(), proprietes)) {
                HttpResponse<String> cree = service.envoyer("POST", "/api/decisions", AGENT, MOT_DE_PASSE,
                        dossier.replace("BRE-2014-0001", "SCHEMA-NOM-1").replace("MSP de Melgven", "Maison de Santé de Plœmeur"));
                assertThat(cree.statusCode()).as(cree.body()).isEqualTo(201);
                String id = JSON.readTree(cree.body()).path("id").asText();

                JsonNode parNom = lister(service, "nom=" + URLEncoder.encode("maison de sante de ploemeur", StandardCharsets.UTF_8));
                assertThat(parNom.path("decisions").findValuesAsText("id")).containsExactly(id);
                assertThat(parNom.path("structures").path(id).asText()).isEqualTo("Maison de Santé de Plœmeur");

                HttpResponse<String> lue = service.envoyer("GET", "/api/decisions/" + ANCIENNE, AGENT, MOT_DE_PASSE, null);
                assertThat(lue.statusCode()).as(lue.body()).isEqualTo(200);
                assertThat(JSON.readTree(lue.body()).path("dossier").path("reference").asText()).isEqualTo("ANCIENNE-2014-0001");
                assertThat(lister(service, "reference=ancienne-2014").path("decisions").findValuesAsText("id")).containsExactly(ANCIENNE);
                assertThat(lister(service, "nom=melgven").path("total").asInt()).as("stored without a searchable name").isZero();
            }
        }
    }

    private static JsonNode lister(ServiceEmballe service, String requete) throws Exception {
        HttpResponse<String> liste = service.envoyer("GET", "/api/decisions?" + requete, AGENT, MOT_DE_PASSE, null);
        assertThat(liste.statusCode()).as(liste.body()).isEqualTo(200);
        return JSON.readTree(liste.body());
    }

    /** The schema as the service registered it before the structure's name was kept: this one without that field. */
    private static String schemaAvantLesNoms() {
        String actuel = new StoreSchemaImpl().getProtoFile();
        String ancien = actuel.replaceAll("(?s)\\s*/\\*\\*\\s*\\*\\s*@Basic\\s*\\*/\\s*optional string nomStructureNormalise = \\d+;", "");
        assertThat(ancien).doesNotContain("nomStructureNormalise").hasSizeLessThan(actuel.length());
        return ancien;
    }
}
