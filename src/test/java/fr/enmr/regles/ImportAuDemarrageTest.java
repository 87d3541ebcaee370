package fr.enmr.regles;

import fr.enmr.moteur.jeu.EtatVersion;
import fr.enmr.moteur.jeu.JeuDeRegles;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.enmr.moteur.Moteurs;
import fr.enmr.securite.Comptes;
import fr.enmr.store.Signaux;
import fr.enmr.store.StoredFichierRegles;
import fr.enmr.store.StoredVersion;
import fr.enmr.store.VersionsReglesStore;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;

/**
 * The deployment rule (README): packaged files that differ from every stored version are published when no analyst
 * has published since the last packaged import, and imported as SOUMISE for review otherwise.
 */
@QuarkusTest
@TestProfile(ImportAuDemarrageTest.AutreStoreNeuf.class)
class ImportAuDemarrageTest {

    /** A fresh store of its own: this test moves the active pointer. */
    public static class AutreStoreNeuf extends StoreNeuf {
    }

    @Inject
    VersionsReglesStore store;

    @Inject
    VersionsService versions;

    @Inject
    Signaux signaux;

    @Inject
    Moteurs moteurs;

    @Test
    void aNewDeploymentIsPublishedUnlessAnAnalystPublishedSinceThenItWaitsForReview() {
        JeuDeRegles livre = JeuDeRegles.livre();
        VersionDeRegles premiere = versions.active().orElseThrow();
        assertThat(premiere.origine()).isEqualTo(OrigineVersion.DEPLOIEMENT);
        assertThat(premiere.jeu()).isEqualTo(livre);
        ImportAuDemarrage.importer(store, versions, signaux, moteurs);
        assertThat(store.all()).as("the same files are not imported twice").hasSize(1);

        // as if the first version had come from an older build: this deployment brings other files, nobody published since
        commeDUneAncienneLivraison(premiere.id(), livre);
        ImportAuDemarrage.importer(store, versions, signaux, moteurs);

        VersionDeRegles deployee = versions.active().orElseThrow();
        assertThat(deployee.id()).isNotEqualTo(premiere.id());
        assertThat(deployee.jeu()).isEqualTo(livre);
        assertThat(deployee.auteur()).isEqualTo("déploiement");
        assertThat(versions.lire(premiere.id()).etat()).isEqualTo(EtatVersion.REMPLACEE);
        assertThat(versions.journal(0, 5).elements().get(0).action()).isEqualTo("DEPLOYEE");
        assertThat(moteurs.actif().versionId()).isEqualTo(deployee.id());

        // an analyst publishes; then a deployment brings other files again: they wait for an analyst's review
        String drl = deployee.jeu().fichier("constats.drl").orElseThrow().contenu() + "\n// analyste\n";
        String analyste = Comptes.analyste().contentType("application/json")
                .body(Map.of("base", deployee.id(), "motif", "commentaire", "fichiers", Map.of("constats.drl", drl)))
                .post("/api/regles/versions").then().statusCode(201).extract().jsonPath().getString("id");
        Comptes.analyste().post("/api/regles/versions/" + analyste + "/soumission").then().statusCode(200);
        Comptes.analyste2().post("/api/regles/versions/" + analyste + "/approbation").then().statusCode(200);
        commeDUneAncienneLivraison(deployee.id(), livre);
        ImportAuDemarrage.importer(store, versions, signaux, moteurs);

        assertThat(versions.active().orElseThrow().id()).isEqualTo(analyste);
        List<VersionDeRegles> soumises = versions.lister(EtatVersion.SOUMISE, null, 0, 10).elements();
        assertThat(soumises).singleElement().satisfies(v -> {
            assertThat(v.jeu()).isEqualTo(livre);
            assertThat(v.auteur()).isEqualTo("déploiement");
            assertThat(v.origine()).isEqualTo(OrigineVersion.DEPLOIEMENT);
        });
        // an analyst approves it like any other version
        Comptes.analyste().post("/api/regles/versions/" + soumises.get(0).id() + "/approbation").then().statusCode(200);
        assertThat(versions.active().orElseThrow().id()).isEqualTo(soumises.get(0).id());
    }

    /** Rewrites a stored version's DRL (a comment) so that the packaged files match no stored version any more. */
    private void commeDUneAncienneLivraison(String id, JeuDeRegles livre) {
        StoredVersion v = store.find(id).orElseThrow();
        List<StoredFichierRegles> fichiers = v.fichiers().stream()
                .map(f -> f.type().equals("DRL") ? new StoredFichierRegles(f.nom(), f.type(), f.contenu() + "\n// ancienne livraison\n") : f)
                .toList();
        store.save(new StoredVersion(v.id(), v.empreinte(), v.etat(), v.base(), v.auteur(), v.creeLe(), v.motif(), v.soumisLe(),
                v.approbateur(), v.publieLe(), v.rejet(), v.campagnes(), fichiers, v.origine()));
        signaux.effacer("regles/import/" + livre.empreinte() + "/" + livre.hashCode());
    }
}
