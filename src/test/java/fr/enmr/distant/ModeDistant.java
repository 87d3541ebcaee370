package fr.enmr.distant;

import java.util.List;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The service in remote mode, against a real Infinispan server started for the profile. */
public class ModeDistant implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(ServeurInfinispanResource.class));
    }
}
