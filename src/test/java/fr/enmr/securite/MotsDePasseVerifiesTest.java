package fr.enmr.securite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** HTTP Basic sends the password on every request: bcrypt must run once per account, not once per request. */
class MotsDePasseVerifiesTest {

    private static final CompteUtilisateur AGENT = new CompteUtilisateur("ars-bretagne", "empreinte-bcrypt", Set.of("ars"), "BRETAGNE");

    private final AtomicInteger calculs = new AtomicInteger();

    /** A stand-in for bcrypt: slow, counted, and matching one password. */
    private boolean bcryptLent(String motDePasse, String empreinte) {
        calculs.incrementAndGet();
        try {
            Thread.sleep(200); // the cost of bcrypt, not a wait: concurrent first requests overlap it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return empreinte.equals("empreinte-bcrypt") && motDePasse.equals("bon");
    }

    @Test
    void aVerifiedPasswordIsRememberedAndAWrongOneIsAlwaysChecked() {
        MotsDePasseVerifies verifies = new MotsDePasseVerifies(this::bcryptLent);

        assertThat(verifies.verifier(AGENT, "bon")).isTrue();
        assertThat(verifies.verifier(AGENT, "bon")).isTrue();
        assertThat(verifies.verifier(AGENT, "bon")).isTrue();
        assertThat(calculs).hasValue(1);

        assertThat(verifies.verifier(AGENT, "mauvais")).isFalse();
        assertThat(verifies.verifier(AGENT, "mauvais")).isFalse();
        assertThat(calculs).hasValue(3);
        assertThat(verifies.verifier(AGENT, "bon")).as("a wrong attempt does not forget the right password").isTrue();
        assertThat(calculs).hasValue(3);
    }

    @Test
    void concurrentFirstRequestsOfOneAccountWaitForASingleBcrypt() throws Exception {
        MotsDePasseVerifies verifies = new MotsDePasseVerifies(this::bcryptLent);
        ExecutorService requetes = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch depart = new CountDownLatch(1);
            List<Future<Boolean>> reponses = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                reponses.add(requetes.submit(() -> {
                    depart.await();
                    return verifies.verifier(AGENT, "bon");
                }));
            }
            depart.countDown();
            for (Future<Boolean> reponse : reponses) {
                assertThat(reponse.get()).isTrue();
            }
        } finally {
            requetes.shutdownNow();
        }
        assertThat(calculs).hasValue(1);
    }
}
