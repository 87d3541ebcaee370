package fr.enmr.idempotence;

import java.util.Optional;
import java.util.function.Function;

import fr.enmr.allocation.scenario.ScenarioEnregistre;
import fr.enmr.allocation.scenario.ScenarioService;
import fr.enmr.problem.SaisieInvalideException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * POST /api/scenarios with an {@code Idempotency-Key}: the scenario is created under the id the key
 * reserved, so a retried submission answers the scenario already launched instead of solving it twice.
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
        }
        try {
            return new Reponse(creation.apply(reservation.identifiant()), false);
        } catch (SaisieInvalideException e) {
            soumissions.liberer(reservation);
            throw e;
        }
    }
}
