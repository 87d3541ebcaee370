package fr.enmr.regles;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The service on an embedded store of its own, empty at start: the packaged rules are its first version. */
public class StoreNeuf implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("enmr.store.chemin", "target/test-store-regles-" + System.nanoTime());
    }
}
