package fr.enmr.allocation.rest;

import io.quarkus.test.junit.QuarkusTest;

/** The imposed choices and their price with the embedded store. */
@QuarkusTest
class ChoixImposesApiTest extends ChoixImposesApiSuite {
}
