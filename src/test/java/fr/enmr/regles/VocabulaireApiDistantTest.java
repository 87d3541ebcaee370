package fr.enmr.regles;

import fr.enmr.distant.ModeDistant;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The version's code lists again, versions and decisions stored on a real Infinispan server over Hot Rod. */
@QuarkusTest
@TestProfile(ModeDistant.class)
class VocabulaireApiDistantTest extends VocabulaireApiSuite {
}
