package fr.enmr.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.f4b6a3.ulid.UlidCreator;

import fr.enmr.dossier.echantillon.Codes.Campagne;
import fr.enmr.dossier.Dossier;
import fr.enmr.dossier.echantillon.GenerateurDossiers;
import fr.enmr.moteur.jeu.EtatVersion;
import fr.enmr.moteur.jeu.FichierRegles;
import fr.enmr.moteur.jeu.FichiersStockes;
import fr.enmr.moteur.jeu.JeuDeRegles;
import fr.enmr.regles.OrigineVersion;
import fr.enmr.moteur.jeu.TypeFichier;
import fr.enmr.impact.ImpactsVersions;
import fr.enmr.impact.ResultatImpact;
import fr.enmr.store.DecisionStore;
import fr.enmr.store.StoredDecision;
import fr.enmr.store.StoredVersion;
import fr.enmr.store.VersionsReglesStore;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;

/**
 * Benchmark, not a test (its name keeps it out of the suite): the impact of a version (Part A's second class at
 * 31 000 €) against the active one over 10,000 stored decisions (5,000 generated dossiers per campaign, all regions),
 * embedded store in a fresh directory. Run: {@code ./mvnw -B -ntp verify -Dtest=BancImpactVersion
 * -Dsurefire.failIfNoSpecifiedTests=false -DskipITs}; writes target/benchmarks/impact.md (BENCHMARKS.md, section 4).
 */
@QuarkusTest
@TestProfile(BancImpactVersion.StoreNeuf.class)
class BancImpactVersion {

    private static final int PAR_CAMPAGNE = 5_000;
    private static final long GRAINE = 20261126L;

    /** A fresh embedded store, so that the population is exactly the benchmark's. */
    public static class StoreNeuf implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("enmr.store.chemin", "target/banc-impact/" + System.nanoTime());
        }
    }

    @Inject
    DecisionStore decisions;
    @Inject
    VersionsReglesStore versions;
    @Inject
    ImpactsVersions impacts;
    @Inject
    ObjectMapper json;

    @Test
    void impactOverTenThousandStoredDecisions() throws Exception {
        long debutStockage = System.nanoTime();
        stocker(dossiers());
        double secondesStockage = (System.nanoTime() - debutStockage) / 1e9;
        assertThat(decisions.count()).isEqualTo(2L * PAR_CAMPAGNE);

        long debut = System.nanoTime();
        ResultatImpact travail = impacts.lancer(versionModifiee(), null, null);
        ResultatImpact resultat = await("impact job " + travail.id() + " over").atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> impacts.lire(travail.id(), 0, 1).orElseThrow(), r -> !"EN_COURS".equals(r.etat()));
        double secondes = (System.nanoTime() - debut) / 1e9;

        assertThat(resultat.etat()).isEqualTo("TERMINE");
        assertThat(resultat.examinees()).isEqualTo(2 * PAR_CAMPAGNE);
        String rapport = String.format("""
                # Impact of a version over the stored decisions (BancImpactVersion)

                %s, %d cores, %s, load average at the end: %s
                - stored decisions: %d (stored in %.1f s, not measured)
                - examined: %d, unchanged: %d, changed: %d, ecartTotal: %s €
                - **impact job, from POST to TERMINE: %.1f s** (target: under 60 s)
                """, Instant.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name") + " "
                + System.getProperty("java.version"), Files.readString(Path.of("/proc/loadavg")).strip(), decisions.count(), secondesStockage, resultat.examinees(), resultat.inchangees(),
                resultat.totalDifferences(), resultat.bilan().ecartTotal(), secondes);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/impact.md"), rapport);
        System.out.println(rapport);
    }

    private List<Dossier> dossiers() {
        GenerateurDossiers generateur = new GenerateurDossiers();
        List<Dossier> dossiers = new ArrayList<>(generateur.generer(GRAINE, PAR_CAMPAGNE, Campagne.ENMR_2010));
        dossiers.addAll(generateur.generer(GRAINE, PAR_CAMPAGNE, Campagne.ENMR_2014));
        return dossiers;
    }

    /** Stored as decisions are (the impact reads only the dossier and the indexed fields), four writers at a time. */
    private void stocker(List<Dossier> dossiers) throws Exception {
        ExecutorService ecrivains = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> ecritures = new ArrayList<>();
            long horodatage = System.currentTimeMillis();
            for (int i = 0; i < dossiers.size(); i++) {
                Dossier dossier = dossiers.get(i);
                long quand = horodatage + i;
                String reference = dossier.reference() + "-" + i;
                String dossierJson = json.writeValueAsString(dossier).replace("\"" + dossier.reference() + "\"", "\"" + reference + "\"");
                ecritures.add(ecrivains.submit(() -> decisions.save(new StoredDecision(UlidCreator.getMonotonicUlid().toString(), reference,
                        dossier.campagne(), dossier.annee() == null ? 0 : dossier.annee(), dossier.structure().region(), true, quand,
                        "banc", "banc", "{}", dossierJson, null, null))));
            }
            for (Future<?> ecriture : ecritures) {
                ecriture.get();
            }
        } finally {
            ecrivains.shutdown();
        }
    }

    private String versionModifiee() throws IOException {
        String classe2 = "<outputEntry id=\"_expr_096\"><text>30000</text></outputEntry>";
        JeuDeRegles livre = JeuDeRegles.livre();
        String dmn = livre.fichier("enmr.dmn").orElseThrow().contenu();
        JeuDeRegles jeu = livre.avec(List.of(new FichierRegles("enmr.dmn", TypeFichier.DMN, dmn.replace(classe2, classe2.replace("30000", "31000")))));
        String id = UlidCreator.getMonotonicUlid().toString();
        versions.save(new StoredVersion(id, jeu.empreinte(), EtatVersion.BROUILLON.name(), null, "banc", System.currentTimeMillis(), "banc",
                0, null, 0, null, "ENMR_2010,ENMR_2014", FichiersStockes.stockes(jeu), OrigineVersion.ANALYSTE.name()));
        return id;
    }
}
