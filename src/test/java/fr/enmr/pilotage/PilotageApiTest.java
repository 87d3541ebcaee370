package fr.enmr.pilotage;

import io.quarkus.test.junit.QuarkusTest;

/** The steering dashboard suite with the default embedded store. */
@QuarkusTest
class PilotageApiTest extends PilotageApiSuite {
}
