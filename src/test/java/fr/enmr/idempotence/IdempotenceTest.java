package fr.enmr.idempotence;

import io.quarkus.test.junit.QuarkusTest;

/** Idempotent submissions with the default embedded store. */
@QuarkusTest
class IdempotenceTest extends IdempotenceSuite {
}
