package fr.enmr.pilotage;

import fr.enmr.distant.ModeDistant;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The steering dashboard suite again, with decisions, summaries and aggregates on a real Infinispan server. */
@QuarkusTest
@TestProfile(ModeDistant.class)
class PilotageApiDistantTest extends PilotageApiSuite {
}
