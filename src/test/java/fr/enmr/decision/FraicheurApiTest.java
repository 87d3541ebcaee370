package fr.enmr.decision;

import io.quarkus.test.junit.QuarkusTest;

/** The freshness promise with the default embedded store. */
@QuarkusTest
class FraicheurApiTest extends FraicheurApiSuite {
}
