package fr.enmr.regles.outils;

import io.quarkus.test.junit.QuarkusTest;

/** The analysts' tools on versions, embedded store. */
@QuarkusTest
class OutilsVersionsTest extends OutilsVersionsSuite {
}
