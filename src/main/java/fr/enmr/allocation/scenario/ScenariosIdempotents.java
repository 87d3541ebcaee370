package fr.enmr.allocation.scenario;

import fr.enmr.idempotence.CleIdempotence;
import fr.enmr.idempotence.Soumissions;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import fr.enmr.problem.Probleme;
import fr.enmr.problem.SaisieInvalideException;
import fr.enmr.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;

/**
 * POST /api/scenarios with an {@code Idempotency-Key}: the scenario is created under the id the key
 * reserved, so a retried submission answers the scenario already launched instead of solving it twice, and,
 * once that scenario is deleted, 410 instead of solving it again.
 */
@ApplicationScoped
public class ScenariosIdempotents {

    static final String RESSOURCE = "scenarios";

    private final ScenarioService service;
    private final Soumissions soumissions;

    @Inject
    public ScenariosIdempotents(ScenarioService service, Soumissions soumissions) {
        this.service = service;
        this.soumissions = soumissions;
    }

    /** The scenario answered: launched now, or as it stands now for a submission already launched ({@code rejoue}). */
    public record Reponse(ScenarioEnregistre etat, boolean rejoue) {
    }

    /**
     * @param requete  what the client sent (parameters and candidates), which a retry must repeat
     * @param creation launches the scenario under the given id
     */
    public Reponse creer(CleIdempotence cle, String utilisateur, String requete, Function<String, ScenarioEnregistre> creation) {
        Soumissions.Reservation reservation = soumissions.reserver(RESSOURCE, cle, utilisateur, requete);
        if (!reservation.premiere()) {
            Optional<ScenarioEnregistre> deja = service.lire(reservation.identifiant());
            if (deja.isPresent()) {
                return new Reponse(deja.get(), true);
            }
            if (soumissions.supprime(reservation)) { // read after the scenario: a deletion is noted before the scenario is removed
                throw supprime();
            }
        }
        try {
            return new Reponse(creation.apply(reservation.identifiant()), false);
        } catch (SaisieInvalideException e) {
            soumissions.liberer(reservation);
            throw e;
        }
    }

    /**
     * Deletes a stored scenario nobody solves any more (DELETE …?supprimer=true), noting before it is removed that it was
     * deleted: a submission retried with the key that created it is then told so (410) instead of being solved again.
     *
     * @return whether there was one under this id
     */
    public boolean supprimer(String id) {
        return service.supprimer(id, () -> soumissions.noterSuppression(id));
    }

    private static WebApplicationException supprime() {
        return new WebApplicationException(new Probleme("urn:enmr:probleme:scenario-supprime", "Scénario supprimé", 410,
                "Le scénario créé avec cette clé d'idempotence (" + CleIdempotence.ENTETE + ") a été supprimé ; il n'est pas "
                        + "calculé de nouveau et rien n'a été enregistré. Pour le relancer, envoyez la requête avec une nouvelle clé.",
                List.of(new Violation(CleIdempotence.ENTETE, "le scénario créé avec cette clé a été supprimé"))).toResponse());
    }
}
