package fr.enmr.store;

/** Which Infinispan the store runs on, from {@code enmr.store.mode}. */
public enum StoreMode {
    /** Infinispan inside this JVM, files under {@code enmr.store.chemin}: zero setup, one instance. */
    EMBEDDED,
    /** An Infinispan server or cluster over Hot Rod ({@code quarkus.infinispan-client.*}): stateless instances scale out. */
    REMOTE
}
