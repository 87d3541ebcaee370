package fr.enmr.regles;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The version's code lists with the embedded store (a fresh one: the packaged rules are the first version). */
@QuarkusTest
@TestProfile(StoreNeuf.class)
class VocabulaireApiTest extends VocabulaireApiSuite {
}
