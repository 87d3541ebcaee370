package fr.enmr.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.infinispan.configuration.cache.CacheMode;
import org.infinispan.configuration.cache.ConfigurationBuilder;
import org.infinispan.configuration.parsing.ParserRegistry;

/**
 * The server-side definition of each cache, from config/infinispan/caches (one file per cache,
 * written for one server). On a cluster ({@code enmr.store.cluster.proprietaires} set) the same
 * definition is made distributed, synchronous, with that many owners: every other setting (encoding,
 * file store with sync-writes, indexing) stays as written, on each owner.
 */
public final class DefinitionsCaches {

    private final Optional<Integer> proprietaires;

    /** @param proprietaires how many servers of a cluster hold each entry; empty for a single server */
    public DefinitionsCaches(Optional<Integer> proprietaires) {
        this.proprietaires = proprietaires;
    }

    /** @return the XML definition to create the named cache with */
    public String definition(String nom) {
        String xml = lire(nom);
        return proprietaires.map(n -> distribuee(xml, nom, n)).orElse(xml);
    }

    static String distribuee(String xml, String nom, int proprietaires) {
        ParserRegistry parser = new ParserRegistry();
        ConfigurationBuilder builder = parser.parse(xml).getNamedConfigurationBuilders().get(nom);
        // SYNC: a write returns once every owner has it, so a 201 means "on both owners"
        builder.clustering().cacheMode(CacheMode.DIST_SYNC).hash().numOwners(proprietaires);
        return parser.serialize(nom, builder.build());
    }

    private static String lire(String nom) {
        try (InputStream in = DefinitionsCaches.class.getResourceAsStream("/infinispan-caches/" + nom + ".xml")) {
            if (in == null) {
                throw new IllegalStateException("No definition for cache " + nom + " in config/infinispan/caches");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
