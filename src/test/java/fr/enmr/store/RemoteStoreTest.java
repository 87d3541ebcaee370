package fr.enmr.store;

import org.infinispan.client.hotrod.RemoteCacheManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The store suite on a real Infinispan server over Hot Rod; a "service restart" is a new client. */
class RemoteStoreTest extends StoreBehaviourSuite {

    private static ServeurInfinispan serveur;
    private RemoteCacheManager client;

    @BeforeAll
    static void demarrerServeur() {
        serveur = ServeurInfinispan.demarrer("store-suite");
    }

    @AfterAll
    static void arreterServeur() {
        serveur.close();
    }

    @Override
    StoreCaches ouvrir() {
        client = serveur.client();
        return new RemoteCaches(() -> client);
    }

    @Override
    void fermer() {
        client.close();
    }
}
