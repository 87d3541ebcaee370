package fr.enmr.moteur.jeu;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.enmr.store.VersionsReglesStore;

/**
 * A rule version's readable name, « v7 du 07/12/2026 — motif », wherever people read it: the workshop, the versions API,
 * the decisions page and the decision's PDF. The number is the version's rank in creation order, read from the store
 * (ids are ULIDs), so every instance names a version alike.
 */
@ApplicationScoped
public class NomsDesVersions {

    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.of("Europe/Paris"));

    private final VersionsReglesStore store;

    @Inject
    public NomsDesVersions(VersionsReglesStore store) {
        this.store = store;
    }

    /** « v7 du 07/12/2026 — motif ». */
    public static String libelle(int numero, Instant creeLe, String motif) {
        return "v" + numero + (creeLe == null ? "" : " du " + JOUR.format(creeLe)) + (motif == null || motif.isBlank() ? "" : " — " + motif);
    }

    /** The name of a stored version; empty for none (a decision made before versions existed) or an unknown id. */
    public Optional<String> de(String versionId) {
        if (versionId == null) {
            return Optional.empty();
        }
        return store.find(versionId).map(v -> libelle(new NumerosVersions(store.idsParCreation()).numero(v.id()),
                v.creeLe() == 0 ? null : Instant.ofEpochMilli(v.creeLe()), v.motif()));
    }
}
