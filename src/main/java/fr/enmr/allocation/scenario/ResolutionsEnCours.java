package fr.enmr.allocation.scenario;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import fr.enmr.metriques.Metriques;
import fr.enmr.store.StoreUnavailableException;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The scenarios this process solves: their live state, written to the store every
 * {@code intervalleSauvegarde} and at the end (never from a solver's thread), stopped on request
 * (here or through the store from another instance), and stopped cleanly at shutdown. A scenario
 * in the store that nobody solves any more is read as stopped.
 */
@ApplicationScoped
class ResolutionsEnCours {

    private static final Logger LOG = Logger.getLogger(ResolutionsEnCours.class);

    private final ScenarioRepository depot;
    private final LancementSolveur solveur;
    private final CoordinationInstances coordination;
    private final Metriques metriques;
    private final Duration intervalleSauvegarde;
    private final Map<String, Resolution> enCours = new ConcurrentHashMap<>();
    /** Writes the best result of every scenario in progress each {@code intervalleSauvegarde}, improved or not since. */
    private final ScheduledExecutorService ecrivain = Executors.newSingleThreadScheduledExecutor(tache -> {
        Thread thread = new Thread(tache, "enmr-scenarios-ecriture");
        thread.setDaemon(true);
        return thread;
    });

    @Inject
    ResolutionsEnCours(ScenarioRepository depot, LancementSolveur solveur, CoordinationInstances coordination, Metriques metriques,
            @ConfigProperty(name = "enmr.scenarios.intervalle-sauvegarde", defaultValue = "2s") Duration intervalleSauvegarde) {
        this.depot = depot;
        this.solveur = solveur;
        this.coordination = coordination;
        this.metriques = metriques;
        this.intervalleSauvegarde = intervalleSauvegarde;
    }

    /** Stores a new scenario, then solves it in the background: nothing is solved that is not stored. */
    void lancer(ScenarioEnregistre initial) {
        coordination.signalerVie(); // before the scenario: no other instance may take it for abandoned
        depot.save(initial); // a 503 here means no scenario at all
        Resolution resolution = new Resolution(initial);
        enCours.put(initial.id(), resolution);
        solveur.lancer(resolution, (statut, motif) -> terminer(resolution, statut, motif));
    }

    boolean resout(String id) {
        return enCours.containsKey(id);
    }

    /** The scenario as it stands: live while this process solves it, else from the store. */
    Optional<ScenarioEnregistre> lire(String id) {
        Resolution resolution = enCours.get(id);
        if (resolution != null) {
            ScenarioEnregistre etat = resolution.etat();
            Avancement a = etat.avancement();
            if (a.statut() == Statut.EN_COURS) {
                return Optional.of(etat.avec(a.aSecondes(resolution.secondes())));
            }
            synchronized (resolution.ecriture) { // its final state is being written: answer it as written
                return Optional.of(resolution.etat());
            }
        }
        return depot.find(id).map(this::interrompuSiOrphelin);
    }

    /**
     * Stops solving and keeps the best result (ARRETE); a scenario already ended stays as it is.
     * Another instance's scenario is asked to stop through the store, and this waits a while for it.
     */
    Optional<ScenarioEnregistre> arreter(String id) {
        Resolution resolution = enCours.get(id);
        if (resolution == null) {
            Optional<ScenarioEnregistre> stocke = lire(id);
            if (stocke.isEmpty() || stocke.get().avancement().statut() != Statut.EN_COURS) {
                return stocke;
            }
            return coordination.arreterAilleurs(id);
        }
        if (resolution.etat().avancement().statut() == Statut.EN_COURS) {
            demanderLArret(resolution);
            try {
                resolution.fin.get(30, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                LOG.warnf("Scenario %s did not stop within 30 s", id);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                throw new IllegalStateException(e);
            }
        }
        return lire(id);
    }

    private void demanderLArret(Resolution resolution) {
        resolution.arreter();
        if (!resolution.aDemarre()) { // cancelled before it began: the solver will report nothing
            terminer(resolution, Statut.ARRETE, "Arrêt demandé avant le début de la résolution : aucun résultat.");
        }
    }

    private void terminer(Resolution resolution, Statut statut, String motif) {
        synchronized (resolution.ecriture) {
            if (resolution.fin.isDone()) {
                return; // already ended (stopped before it began, then reported by the solver)
            }
            mesurer(resolution.terminer(statut, motif).avancement());
            enregistrer(resolution);
            resolution.fin.complete(null);
        }
    }

    /** Solving time and final score on /q/metrics (a scenario stopped before any result has no score). */
    private void mesurer(Avancement fin) {
        try {
            HardMediumSoftLongScore score = fin.score() == null ? HardMediumSoftLongScore.ZERO : HardMediumSoftLongScore.parseScore(fin.score());
            metriques.scenarioTermine(fin.statut().name(), fin.secondesEcoulees(), score.hardScore(), score.mediumScore(), score.softScore());
        } catch (RuntimeException e) { // a metric never keeps the result from being stored
            LOG.warn("Scenario metrics not recorded", e);
        }
    }

    /**
     * Writes the scenario if it changed since its last write. An ended scenario, once written, is read
     * from the store like after a restart; one that could not be written is written again next period.
     */
    private void enregistrer(Resolution resolution) {
        synchronized (resolution.ecriture) {
            resolution.aEnregistrer().ifPresent(etat -> {
                boolean ecrit = sauvegarder(etat);
                resolution.enregistre(etat, ecrit);
                if (ecrit && etat.avancement().statut() != Statut.EN_COURS) {
                    enCours.remove(etat.id());
                    coordination.oublierArret(etat.id());
                }
            });
        }
    }

    private void enregistrerLesResolutions() {
        if (!enCours.isEmpty()) {
            try {
                coordination.signalerVie();
            } catch (StoreUnavailableException e) {
                LOG.warnf(e, "Instance %s could not say it is alive; tried again in %s", coordination.instance(), intervalleSauvegarde);
            }
        }
        enCours.values().forEach(resolution -> {
            try {
                if (!resolution.arretDemande() && coordination.arretDemande(resolution.etat().id())) { // asked through another instance
                    demanderLArret(resolution);
                }
                enregistrer(resolution);
            } catch (RuntimeException e) { // never let one scenario stop the periodic writer
                LOG.errorf(e, "Scenario %s could not be written", resolution.etat().id());
            }
        });
    }

    private boolean sauvegarder(ScenarioEnregistre etat) {
        try {
            depot.save(etat);
            return true;
        } catch (StoreUnavailableException e) {
            LOG.warnf(e, "Scenario %s could not be saved: kept in memory, written again in %s", etat.id(), intervalleSauvegarde);
            return false;
        }
    }

    /**
     * A scenario stored as being solved that nobody solves any more (see {@link CoordinationInstances#motifDAbandon})
     * is marked stopped, with the best result it had stored.
     */
    private ScenarioEnregistre interrompuSiOrphelin(ScenarioEnregistre etat) {
        if (etat.avancement().statut() != Statut.EN_COURS || enCours.containsKey(etat.id())) {
            return etat;
        }
        return coordination.motifDAbandon(etat).map(motif -> {
            ScenarioEnregistre interrompu = etat.avec(etat.avancement().avecStatut(Statut.ARRETE, motif));
            sauvegarder(interrompu);
            return interrompu;
        }).orElse(etat);
    }

    /** At start-up, this instance's scenarios left in progress by the previous run are marked stopped. */
    void auDemarrage(@Observes StartupEvent event) {
        ecrivain.scheduleWithFixedDelay(this::enregistrerLesResolutions, intervalleSauvegarde.toMillis(), intervalleSauvegarde.toMillis(),
                TimeUnit.MILLISECONDS);
        try {
            depot.enCoursSur(coordination.instance()).forEach(id -> depot.find(id).ifPresent(this::interrompuSiOrphelin));
        } catch (StoreUnavailableException e) {
            LOG.warn("Scenarios left in progress could not be looked up at start-up; they will be when read", e);
        }
    }

    /** A clean shutdown stops every solve and stores its best result, so nothing is lost between runs. */
    void alArret(@Observes ShutdownEvent event) {
        enCours.values().forEach(Resolution::arreter);
        enCours.values().forEach(r -> r.fin.completeOnTimeout(null, 10, TimeUnit.SECONDS).join());
        ecrivain.shutdownNow();
    }
}
