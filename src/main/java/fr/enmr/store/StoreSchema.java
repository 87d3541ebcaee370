package fr.enmr.store;

import org.infinispan.protostream.GeneratedSchema;
import org.infinispan.protostream.annotations.ProtoSchema;

/**
 * The ProtoStream schema of the store; the annotation processor generates
 * {@code StoreSchemaImpl} and {@code enmr-store.proto}. The schema package equals the Java
 * package so queries name the entity {@code fr.enmr.store.StoredDecision} in both modes.
 */
@ProtoSchema(
        schemaPackageName = "fr.enmr.store",
        schemaFileName = "enmr-store.proto",
        schemaFilePath = "proto/",
        includeClasses = {StoredDecision.class, StoredScenario.class, StoredSignal.class, StoredIdempotencyKey.class,
                StoredFichierRegles.class, StoredVersion.class, StoredEvenementRegles.class, StoredActive.class,
                StoredImpact.class, StoredSummary.class, StoredAggregate.class, StoredAdoption.class})
public interface StoreSchema extends GeneratedSchema {
}
