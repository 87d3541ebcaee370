package fr.enmr.distant;

import java.util.Map;

import fr.enmr.store.ServeurInfinispan;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Starts a real Infinispan server for a Quarkus test profile and points the service at it (remote mode). */
public class ServeurInfinispanResource implements QuarkusTestResourceLifecycleManager {

    static volatile ServeurInfinispan serveur;

    @Override
    public Map<String, String> start() {
        serveur = ServeurInfinispan.demarrer("quarkus-" + System.nanoTime());
        return serveur.configurationService();
    }

    @Override
    public void stop() {
        if (serveur != null) {
            serveur.close();
        }
    }

    public static ServeurInfinispan serveur() {
        return serveur;
    }
}
