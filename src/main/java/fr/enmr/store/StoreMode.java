package fr.enmr.store;

/** Which store runs, from {@code enmr.store.mode}. A remote (Hot Rod) mode comes later. */
public enum StoreMode {
    /** Infinispan inside this JVM, files under {@code enmr.store.chemin}. */
    EMBEDDED
}
