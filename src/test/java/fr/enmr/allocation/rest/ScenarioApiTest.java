package fr.enmr.allocation.rest;

import io.quarkus.test.junit.QuarkusTest;

/** The scenario API suite with the embedded store. */
@QuarkusTest
class ScenarioApiTest extends ScenarioApiSuite {
}
