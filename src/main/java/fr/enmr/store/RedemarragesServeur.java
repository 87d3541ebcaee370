package fr.enmr.store;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.infinispan.client.hotrod.Flag;
import org.infinispan.client.hotrod.RemoteCache;
import org.infinispan.client.hotrod.RemoteCacheManager;
import org.infinispan.commons.configuration.StringConfiguration;
import org.jboss.logging.Logger;

/**
 * Rebuilds a server's indexes after it restarted. Infinispan Server 15.0 does not re-index at start-up after an
 * unclean stop ({@code startup-mode="REINDEX"} is not applied: infinispan/infinispan#13260, fixed in 16): the index
 * entries not yet committed when it died are lost for good, so decisions acknowledged just before would be found by id
 * but by no search (PanneServeurTest). The service notices a start of the server by a mark kept in a memory-only cache
 * ({@code marque-demarrage}): the first instance that finds it missing writes it and asks the server to re-index every
 * indexed cache; a server that did not restart still has it, and nothing is done. Queries may miss records while the
 * server re-indexes (seconds for thousands of decisions).
 */
final class RedemarragesServeur implements AutoCloseable {

    static final String CACHE = "marque-demarrage";
    private static final String CLE = "demarrage";
    private static final Logger LOG = Logger.getLogger(RedemarragesServeur.class);

    private final Supplier<RemoteCacheManager> manager;
    private final DefinitionsCaches definitions;
    private final Runnable apresReindexation;
    private final ScheduledExecutorService veilleur = Executors.newSingleThreadScheduledExecutor(tache -> {
        Thread fil = new Thread(tache, "enmr-redemarrages-serveur");
        fil.setDaemon(true);
        return fil;
    });

    /** @param apresReindexation what to do once the server re-indexed (compute again what queries computed meanwhile) */
    RedemarragesServeur(Supplier<RemoteCacheManager> manager, DefinitionsCaches definitions, Runnable apresReindexation) {
        this.manager = manager;
        this.definitions = definitions;
        this.apresReindexation = apresReindexation;
    }

    /** Checks now, then every {@code periode}, in the background. */
    void surveiller(Duration periode) {
        veilleur.scheduleWithFixedDelay(this::verifierSansEchec, 0, periode.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void verifierSansEchec() {
        try {
            verifier();
        } catch (RuntimeException echec) { // checked again at the next period
            if (String.valueOf(echec.getMessage()).contains("ISPN000287")) {
                // the service's user lacks ADMIN on the caches: say it, an operator must re-index after a server crash
                LOG.warnf("A restarted Infinispan server could not be made to rebuild its indexes: %s", echec.getMessage());
            } else { // the server is down or restarting
                LOG.debugf("Server start not checked: %s", echec.getMessage());
            }
        }
    }

    /** @return whether this call found the server (re)started and had it re-index */
    boolean verifier() {
        RemoteCacheManager remote = manager.get();
        // asked at each check, not once: a server that comes back without the mark's cache (a new server) gets it again
        RemoteCache<String, String> marques = remote.administration()
                .getOrCreateCache(CACHE, new StringConfiguration(definitions.definition(CACHE)));
        if (marques.withFlags(Flag.FORCE_RETURN_VALUE).putIfAbsent(CLE, UUID.randomUUID().toString()) != null) {
            return false;
        }
        RemoteCaches.indexedCachesOnServer(remote).forEach(nom -> remote.administration().reindexCache(nom));
        LOG.infof("The Infinispan server started since it was last seen (or is new): its indexes were rebuilt");
        apresReindexation.run();
        return true;
    }

    @Override
    public void close() {
        veilleur.shutdownNow();
    }
}
