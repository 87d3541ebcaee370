package fr.enmr.decision;

import io.quarkus.test.junit.QuarkusTest;

/** The ARS endpoint suite with the default embedded store. */
@QuarkusTest
class DecisionApiTest extends DecisionApiSuite {
}
