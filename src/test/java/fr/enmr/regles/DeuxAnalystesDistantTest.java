package fr.enmr.regles;

import fr.enmr.distant.ModeDistant;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Two analysts at once again, on a real Infinispan server over Hot Rod: the pointer's compare-and-set is Hot Rod's. */
@QuarkusTest
@TestProfile(ModeDistant.class)
class DeuxAnalystesDistantTest extends DeuxAnalystesSuite {
}
