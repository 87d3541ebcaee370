package fr.enmr.regles;

import fr.enmr.distant.ModeDistant;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The rule-set versions' life cycle again, stored on a real Infinispan server over Hot Rod. */
@QuarkusTest
@TestProfile(ModeDistant.class)
class VersionsApiDistantTest extends VersionsApiSuite {
}
