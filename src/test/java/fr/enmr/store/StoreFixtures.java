package fr.enmr.store;

/** Decisions as stored, for store tests. */
final class StoreFixtures {
    private StoreFixtures() {
    }

    static StoredDecision decision(String id, String reference, String region, boolean eligible, long horodatage) {
        return new StoredDecision(id, reference, "ENMR_2014", 2014, region, eligible, horodatage,
                "ENMR_2014+sha256:3f2a", null,
                "{\"id\":\"" + id + "\",\"reference\":\"" + reference + "\",\"campagne\":\"ENMR_2014\",\"annee\":2014,\"eligible\":" + eligible + "}",
                "{\"reference\":\"" + reference + "\",\"structure\":{\"nom\":\"MSP de Melgven\"}}", null, null);
    }
}
