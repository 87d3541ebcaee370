package fr.enmr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

import org.infinispan.client.hotrod.exceptions.TransportException;
import org.infinispan.commons.api.BasicCache;
import org.junit.jupiter.api.Test;

/**
 * A Hot Rod write whose answer is lost (the server applied it, then the connection broke) must not
 * leave a decision the client was told 503 for.
 */
class EcritureInterrompueTest {

    private final Map<String, Object> serveur = new HashMap<>();
    private boolean serveurJoignable = true;

    @Test
    void aWriteAppliedButNotAcknowledgedIsRemovedAndReportedUnavailable() {
        CacheDecisionStore store = new CacheDecisionStore(this::cacheQuiPerdLaReponseDesEcritures);

        assertThatThrownBy(() -> store.save(StoreFixtures.decision("01A", "BRE-1", "BRETAGNE", true, 1L)))
                .isInstanceOf(StoreUnavailableException.class);

        assertThat(serveur).isEmpty();
    }

    @Test
    void whenTheServerIsGoneTheFailureStillSays503AndCarriesTheFailedCleanUp() {
        CacheDecisionStore store = new CacheDecisionStore(this::cacheQuiPerdLaReponseDesEcritures);
        serveurJoignable = false;

        assertThatThrownBy(() -> store.save(StoreFixtures.decision("01B", "BRE-2", "BRETAGNE", true, 1L)))
                .isInstanceOf(StoreUnavailableException.class)
                .satisfies(e -> assertThat(e.getSuppressed()).hasSize(1));
    }

    @SuppressWarnings("unchecked")
    private <V> BasicCache<String, V> cacheQuiPerdLaReponseDesEcritures(String nom) {
        return (BasicCache<String, V>) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { BasicCache.class },
                (proxy, methode, arguments) -> switch (methode.getName()) {
                    case "put" -> {
                        serveur.put((String) arguments[0], arguments[1]);
                        throw new TransportException("connexion perdue avant la réponse", null);
                    }
                    case "remove" -> {
                        if (!serveurJoignable) {
                            throw new TransportException("serveur injoignable", null);
                        }
                        yield serveur.remove((String) arguments[0]);
                    }
                    default -> throw new UnsupportedOperationException(methode.getName());
                });
    }
}
