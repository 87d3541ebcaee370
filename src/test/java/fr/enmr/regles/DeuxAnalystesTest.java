package fr.enmr.regles;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Two analysts at once, with the embedded store (the same fresh store as VersionsApiTest). */
@QuarkusTest
@TestProfile(StoreNeuf.class)
class DeuxAnalystesTest extends DeuxAnalystesSuite {
}
