package fr.enmr.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the decision service relies on from its store, whatever the mode: the same suite runs on the
 * embedded store (EmbeddedStoreTest) and on a real Infinispan server over Hot Rod (RemoteStoreTest).
 */
abstract class StoreBehaviourSuite {

    /** Opens the caches as a starting service instance would: same data as any earlier instance. */
    abstract StoreCaches ouvrir();

    /** Stops that service instance (the data stay). */
    abstract void fermer();

    StoreCaches caches;
    DecisionStore store;
    /** Each test works in its own campaign, so tests sharing one server do not see each other's decisions. */
    String campagne;

    @BeforeEach
    void demarrer() {
        caches = ouvrir();
        store = new CacheDecisionStore(caches);
        campagne = "T" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void arreter() {
        fermer();
    }

    StoredDecision decision(String reference, String region, boolean eligible, long horodatage) {
        String id = "01" + UUID.randomUUID().toString().replace("-", "").substring(0, 24).toUpperCase();
        return new StoredDecision(id, reference, campagne, 2014, region, eligible, horodatage,
                campagne + "+sha256:3f2a", "agent.ars",
                "{\"id\":\"" + id + "\",\"eligible\":" + eligible + ",\"explication\":\"Maison de santé : éligible.\"}",
                "{\"reference\":\"" + reference + "\",\"structure\":{\"nom\":\"Pôle de santé de Bréhan\"}}", region, null);
    }

    @Test
    void aSavedDecisionIsReadBackIdentical() {
        StoredDecision saved = decision("BRE-2014-0001", "BRETAGNE", true, 1_795_335_302_118L);

        store.save(saved);

        assertThat(store.find(saved.id())).contains(saved);
    }

    @Test
    void ofTwoInstancesReservingOneSignalOnlyTheFirstGetsIt() {
        Signaux signaux = new Signaux(caches);
        String cle = "reservation/" + campagne;

        assertThat(signaux.reserver(cle, "instance-a")).isTrue();
        assertThat(signaux.reserver(cle, "instance-b")).isFalse();
        assertThat(signaux.lire(cle)).isPresent();
        signaux.effacer(cle);
        assertThat(signaux.lire(cle)).isEmpty();
    }

    @Test
    void anUnknownIdIsNotFound() {
        assertThat(store.find("01JD3Z8K6Q6M2W4T5Y7X9ZZZZZ")).isEmpty();
    }

    @Test
    void savingTheSameIdAgainKeepsTheLastVersion() {
        StoredDecision first = decision("BRE-2014-0001", "BRETAGNE", false, 1L);
        StoredDecision retried = new StoredDecision(first.id(), first.reference(), first.campagne(), 2014, "BRETAGNE", true, 2L,
                first.versionRegles(), first.auteur(), first.decisionJson(), first.dossierJson(), first.auteurRegion(), first.version());
        store.save(first);
        store.save(retried);

        assertThat(store.find(first.id())).contains(retried);
    }

    @Test
    void aReferenceIsFoundByAnyPartOfIt() {
        StoredDecision premiere = decision("FIN-2014-0042", "BRETAGNE", true, 1_795_335_300_001L);
        StoredDecision seconde = decision("fin-2014-0043", "BRETAGNE", true, 1_795_335_300_002L);
        StoredDecision autre = decision("MOR-2014-0042", "BRETAGNE", true, 1_795_335_300_003L);
        List.of(premiere, seconde, autre).forEach(store::save);

        assertThat(store.search(new RechercheDecisions("IN-2014-004", null, campagne, null), 0, 10).elements())
                .containsExactly(seconde, premiere);
        assertThat(store.search(new RechercheDecisions("fin-2014", null, campagne, null), 0, 10).elements())
                .as("typed in small letters, found in capitals too").containsExactly(seconde, premiere);
        assertThat(store.search(new RechercheDecisions("0042", null, campagne, null), 0, 10).elements())
                .containsExactly(autre, premiere);
        assertThat(store.search(new RechercheDecisions("FIN-2014-0042", null, campagne, null), 0, 10).total()).isEqualTo(1);
        assertThat(store.search(new RechercheDecisions("X'Y", null, campagne, null), 0, 10).total()).isZero();
    }

    @Test
    void aStructureIsFoundByAPartOfItsNormalisedNameAndADecisionStoredWithoutOneIsStillReadAndListed() {
        StoredDecision base = decision("NOM-2014-0001", "BRETAGNE", true, 1_795_335_300_001L);
        StoredDecision nommee = new StoredDecision(base.id(), base.reference(), campagne, 2014, "BRETAGNE", true, base.horodatage(),
                base.versionRegles(), base.auteur(), base.decisionJson(), base.dossierJson(), base.auteurRegion(), null,
                "pole de sante de brehan");
        // as stored before names were kept: no field 14 in its bytes
        StoredDecision ancienne = decision("NOM-2014-0002", "BRETAGNE", true, 1_795_335_300_002L);
        store.save(nommee);
        store.save(ancienne);

        assertThat(store.search(new RechercheDecisions(null, null, campagne, null, null, null, null, "sante de breh"), 0, 10).elements())
                .containsExactly(nommee);
        assertThat(store.search(new RechercheDecisions(null, null, campagne, null, null, null, null, "melgven"), 0, 10).total()).isZero();
        assertThat(store.find(ancienne.id())).contains(ancienne);
        assertThat(ancienne.nomStructureNormalise()).isNull();
        assertThat(store.search(new RechercheDecisions("NOM-2014", null, campagne, null), 0, 10).elements())
                .containsExactly(ancienne, nommee);
    }

    @Test
    void decisionsSurviveARestartOfTheService() {
        StoredDecision saved = decision("ALS-2014-0007", "ALSACE", false, 1_795_335_302_999L);
        store.save(saved);

        fermer();
        caches = ouvrir();
        store = new CacheDecisionStore(caches);

        assertThat(store.find(saved.id())).contains(saved);
        assertThat(store.search(new RechercheDecisions("ALS-2014-0007", null, campagne, null), 0, 10).elements())
                .containsExactly(saved);
    }

    @Test
    void queriesFilterByEveryCriterionNewestFirst() {
        StoredDecision a = decision("BRE-1", "BRETAGNE", true, 1000);
        StoredDecision b = decision("BRE-1", "BRETAGNE", false, 3000);
        StoredDecision c = decision("LOR-1", "LORRAINE", true, 2000);
        StoredDecision d = decision("BRE-2", "BRETAGNE", true, 4000);
        List.of(a, b, c, d).forEach(store::save);

        assertThat(search(null, null, null).elements()).containsExactly(d, b, c, a);
        assertThat(search("BRE-1", null, null).elements()).containsExactly(b, a);
        assertThat(search(null, "BRETAGNE", null).elements()).containsExactly(d, b, a);
        assertThat(search(null, null, true).elements()).containsExactly(d, c, a);
        assertThat(search(null, "BRETAGNE", false).elements()).containsExactly(b);
        assertThat(search("LOR-1", "BRETAGNE", null).elements()).isEmpty();
        assertThat(store.search(new RechercheDecisions(null, null, "autre-campagne", null), 0, 10).total()).isZero();
    }

    @Test
    void queriesArePaginatedWithTheirTotal() {
        for (int i = 0; i < 7; i++) {
            store.save(decision("PIC-" + i, "PICARDIE", true, 10_000 + i));
        }

        Page<StoredDecision> premiere = store.search(new RechercheDecisions(null, "PICARDIE", campagne, null), 0, 3);
        Page<StoredDecision> derniere = store.search(new RechercheDecisions(null, "PICARDIE", campagne, null), 2, 3);

        assertThat(premiere.total()).isEqualTo(7);
        assertThat(premiere.elements()).extracting(StoredDecision::reference).containsExactly("PIC-6", "PIC-5", "PIC-4");
        assertThat(derniere.elements()).extracting(StoredDecision::reference).containsExactly("PIC-0");
    }

    @Test
    void theCountGrowsWithEachNewDecision() {
        long before = store.count();
        store.save(decision("COR-1", "CORSE", true, 1));
        store.save(decision("COR-2", "CORSE", true, 2));

        assertThat(store.count()).isEqualTo(before + 2);
    }

    private Page<StoredDecision> search(String reference, String region, Boolean eligible) {
        return store.search(new RechercheDecisions(reference, region, campagne, eligible), 0, 50);
    }

}
