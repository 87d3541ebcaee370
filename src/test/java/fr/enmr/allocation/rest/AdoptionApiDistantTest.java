package fr.enmr.allocation.rest;

import fr.enmr.distant.ModeDistant;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The ministry's levers again, with adoptions stored on a real Infinispan server over Hot Rod (compare-and-set by version). */
@QuarkusTest
@TestProfile(ModeDistant.class)
class AdoptionApiDistantTest extends AdoptionApiSuite {
}
