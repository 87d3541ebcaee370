package fr.enmr.allocation.rest;

import fr.enmr.distant.ModeDistant;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The imposed choices and their price, with scenarios stored on a real Infinispan server over Hot Rod. */
@QuarkusTest
@TestProfile(ModeDistant.class)
class ChoixImposesApiDistantTest extends ChoixImposesApiSuite {
}
