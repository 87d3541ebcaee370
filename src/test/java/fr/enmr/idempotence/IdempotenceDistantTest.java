package fr.enmr.idempotence;

import fr.enmr.distant.ModeDistant;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Idempotent submissions with the store on a real Infinispan server over Hot Rod. */
@QuarkusTest
@TestProfile(ModeDistant.class)
class IdempotenceDistantTest extends IdempotenceSuite {
}
