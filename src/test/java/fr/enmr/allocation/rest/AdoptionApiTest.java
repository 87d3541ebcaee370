package fr.enmr.allocation.rest;

import io.quarkus.test.junit.QuarkusTest;

/** The ministry's levers with the embedded store. */
@QuarkusTest
class AdoptionApiTest extends AdoptionApiSuite {
}
