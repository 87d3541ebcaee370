package fr.enmr.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The summaries and their aggregates on the embedded store, without the service. */
class SynthesesTest {

    private EmbeddedCaches caches;
    private Syntheses syntheses;

    @BeforeEach
    void ouvrir() throws Exception {
        caches = new EmbeddedCaches(Files.createTempDirectory("syntheses"));
        syntheses = new Syntheses(caches, new ObjectMapper());
    }

    @AfterEach
    void fermer() {
        caches.close();
    }

    static StoredSummary resume(String reference, String region, long horodatage, boolean eligible, long total, List<String> criteres) {
        return new StoredSummary(StoredSummary.cle("ENMR_2014", 2014, reference), reference, "ENMR_2014", 2014, region, eligible, horodatage,
                "D" + horodatage, eligible ? 1 : 0, total, 0, total, 0, 0, 0, total, eligible ? 0.5 : null, eligible ? 5 : -1, criteres,
                List.of());
    }

    @Test
    void eachRegionAddsUpTheLatestSummaryOfEachOfItsReferences() {
        syntheses.enregistrer(resume("A", "BRETAGNE", 1, true, 100, List.of()));
        syntheses.enregistrer(resume("B", "BRETAGNE", 2, true, 200, List.of()));
        syntheses.enregistrer(resume("C", "BRETAGNE", 3, false, 0, List.of("TYPE_STRUCTURE", "REGION")));
        syntheses.enregistrer(resume("A", "BRETAGNE", 4, false, 0, List.of("TYPE_STRUCTURE"))); // A decided again
        syntheses.enregistrer(resume("B", "BRETAGNE", 0, false, 0, List.of("REGION"))); // older than B's: ignored
        syntheses.enregistrer(resume("D", "LORRAINE", 5, true, 50, List.of()));
        syntheses.recalculer();

        List<StoredAggregate> bretagne = syntheses.agregats(new Syntheses.Perimetre("ENMR_2014", 2014, "BRETAGNE"));
        assertThat(bretagne).singleElement().satisfies(a -> {
            assertThat(a.sites()).isEqualTo(3);
            assertThat(a.eligibles()).isEqualTo(1);
            assertThat(a.total()).isEqualTo(200);
            assertThat(syntheses.comptes(a).get("criteresNonSatisfaits")).isEqualTo(Map.of("TYPE_STRUCTURE", 2L, "REGION", 1L));
            assertThat(syntheses.comptes(a).get("tranchesTaux")).isEqualTo(Map.of("5", 1L));
        });
        assertThat(syntheses.agregats(new Syntheses.Perimetre("ENMR_2014", 2014, null))).hasSize(2);
    }
}
