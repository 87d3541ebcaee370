package fr.enmr.decision;

import fr.enmr.distant.ModeDistant;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The freshness promise with decisions stored on a real Infinispan server over Hot Rod. */
@QuarkusTest
@TestProfile(ModeDistant.class)
class FraicheurApiDistantTest extends FraicheurApiSuite {
}
