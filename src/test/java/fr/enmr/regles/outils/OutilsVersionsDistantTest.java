package fr.enmr.regles.outils;

import fr.enmr.distant.ModeDistant;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The analysts' tools on versions, with the store on a real Infinispan server over Hot Rod. */
@QuarkusTest
@TestProfile(ModeDistant.class)
class OutilsVersionsDistantTest extends OutilsVersionsSuite {
}
