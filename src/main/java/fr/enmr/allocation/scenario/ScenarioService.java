package fr.enmr.allocation.scenario;

import fr.enmr.moteur.Moteurs;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.SolverManagerConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

import com.github.f4b6a3.ulid.UlidCreator;

import fr.enmr.allocation.candidats.CandidatsCsv;
import fr.enmr.allocation.candidats.CandidatsDesDecisions;
import fr.enmr.allocation.domain.Allocation;
import fr.enmr.metriques.Metriques;
import fr.enmr.problem.SaisieInvalideException;
import fr.enmr.problem.Violation;
import fr.enmr.store.Page;
import fr.enmr.store.StoreUnavailableException;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The ministry's allocation scenarios: checks and stores a scenario, solves it in the background
 * (one OptaPlanner SolverManager per scenario, so that each gets its own time limit), keeps its
 * best result and history in the store as it goes, stops it on request, and explains its result.
 */
@ApplicationScoped
public class ScenarioService {

    private static final Logger LOG = Logger.getLogger(ScenarioService.class);

    private final SolverConfig solverConfig;
    private final ScenarioRepository depot;
    private final CandidatsDesDecisions decisions;
    private final Explications explications;
    private final int dureeParDefaut;
    private final Optional<Duration> sansAmelioration;
    private final Duration intervalleSauvegarde;
    private final CoordinationInstances coordination;
    private final String instance;
    private final Metriques metriques;
    /** The rules in force: their region codes are the ones a scenario may name. */
    private final Moteurs moteurs;
    private final Map<String, Resolution> enCours = new ConcurrentHashMap<>();
    /** Writes the best result of every scenario in progress each {@code intervalleSauvegarde}, improved or not since. */
    private final ScheduledExecutorService ecrivain = Executors.newSingleThreadScheduledExecutor(tache -> {
        Thread thread = new Thread(tache, "enmr-scenarios-ecriture");
        thread.setDaemon(true);
        return thread;
    });

    @Inject
    public ScenarioService(SolverConfig solverConfig, Explications explications,
            ScenarioRepository depot, CandidatsDesDecisions decisions,
            @ConfigProperty(name = "quarkus.optaplanner.solver.termination.spent-limit", defaultValue = "30s") Duration dureeParDefaut,
            @ConfigProperty(name = "quarkus.optaplanner.solver.termination.unimproved-spent-limit") Optional<Duration> sansAmelioration,
            @ConfigProperty(name = "enmr.scenarios.intervalle-sauvegarde", defaultValue = "2s") Duration intervalleSauvegarde,
            CoordinationInstances coordination, Metriques metriques, Moteurs moteurs) {
        this.solverConfig = solverConfig;
        this.moteurs = moteurs;
        this.metriques = metriques;
        this.depot = depot;
        this.decisions = decisions;
        this.explications = explications;
        this.dureeParDefaut = (int) Math.max(1, dureeParDefaut.toSeconds());
        this.sansAmelioration = sansAmelioration;
        this.intervalleSauvegarde = intervalleSauvegarde;
        this.coordination = coordination;
        this.instance = coordination.instance();
    }

    /** A JSON request: candidates inline or from the stored decisions of a campaign. */
    public ScenarioEnregistre creer(DemandeScenario demande) {
        return creer(demande, nouvelIdentifiant());
    }

    /** The same, under an id reserved beforehand (an idempotent submission's). */
    public ScenarioEnregistre creer(DemandeScenario demande, String id) {
        List<Violation> violations = ValidationScenario.demande(demande, regionsEnVigueur());
        if (!violations.isEmpty()) {
            throw new SaisieInvalideException(violations);
        }
        if (demande.source() != null) {
            CandidatsDesDecisions.Extraction extraction = decisions.extraire(demande.source());
            List<CandidatScenario> candidats = extraction.candidats();
            if (candidats.isEmpty()) {
                throw new SaisieInvalideException(List.of(new Violation("source.campagne",
                        "aucune décision enregistrée pour la campagne " + demande.source().campagne())));
            }
            return lancer(id, demande.nom(), demande.parametres(), candidats, extraction.origine(), extraction.doublonsPresumes(), demande.source());
        }
        return lancer(id, demande.nom(), demande.parametres(), demande.candidats(), "liste fournie", List.of(), null);
    }

    /** A CSV upload: candidates as CSV lines, name and parameters from the query string. */
    public ScenarioEnregistre creerDepuisCsv(String csv, String nom, ParametresScenario parametres) {
        return creerDepuisCsv(csv, nom, parametres, nouvelIdentifiant());
    }

    /** The same, under an id reserved beforehand (an idempotent submission's). */
    public ScenarioEnregistre creerDepuisCsv(String csv, String nom, ParametresScenario parametres, String id) {
        List<Violation> violations = new ArrayList<>(ValidationScenario.nomEtParametres(nom, parametres, regionsEnVigueur()));
        List<CandidatScenario> candidats = List.of();
        try {
            candidats = CandidatsCsv.lire(csv, regionsEnVigueur());
            violations.addAll(ValidationScenario.candidats(candidats, regionsEnVigueur()));
        } catch (SaisieInvalideException e) {
            violations.addAll(e.violations());
        }
        if (!violations.isEmpty()) {
            throw new SaisieInvalideException(violations);
        }
        return lancer(id, nom, parametres, candidats, "fichier CSV", List.of(), null);
    }

    private static String nouvelIdentifiant() {
        return UlidCreator.getMonotonicUlid().toString();
    }

    private ScenarioEnregistre lancer(String id, String nom, ParametresScenario demandes, List<CandidatScenario> candidats, String origine,
            List<DoublonPresume> doublonsPresumes, SourceCandidats source) {
        ParametresScenario parametres = (demandes == null ? ParametresScenario.AUCUN : demandes).avecDefauts(dureeParDefaut);
        Instant maintenant = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Scenario scenario = new Scenario(id, nom == null ? "Scénario du " + maintenant : nom, maintenant, origine, parametres,
                candidats.stream().map(CandidatScenario::complet).toList(), doublonsPresumes, source);
        ScenarioEnregistre initial = new ScenarioEnregistre(scenario, Avancement.debut(), instance);
        coordination.signalerVie(); // before the scenario: no other instance may take it for abandoned
        depot.save(initial); // nothing is solved that is not stored: a 503 here means no scenario at all
        Resolution resolution = new Resolution(initial);
        enCours.put(id, resolution);
        resoudre(resolution);
        return initial;
    }

    private void resoudre(Resolution resolution) {
        Scenario scenario = resolution.etat().scenario();
        TerminationConfig termination = new TerminationConfig().withSpentLimit(Duration.ofSeconds(scenario.parametres().dureeMaxSecondes()));
        sansAmelioration.ifPresent(termination::setUnimprovedSpentLimit);
        SolverManager<Allocation, String> manager = SolverManager.create(solverConfig.copyConfig().withTerminationConfig(termination),
                new SolverManagerConfig().withParallelSolverCount("1"));
        resolution.surArret(() -> manager.terminateEarly(scenario.id()));
        manager.solveAndListen(scenario.id(),
                id -> {
                    resolution.demarre();
                    return ProblemeAllocation.aResoudre(scenario.parametres(), scenario.candidats());
                },
                resolution::meilleure, // written to the store by the periodic writer, never from the solver's thread
                finale -> {
                    resolution.meilleure(finale);
                    terminer(resolution, resolution.arretDemande() ? Statut.ARRETE : Statut.TERMINE,
                            resolution.arretDemande() ? "Arrêt demandé : meilleur résultat trouvé conservé." : null, manager);
                },
                (id, erreur) -> {
                    LOG.error("Solving scenario " + id + " failed", erreur);
                    terminer(resolution, Statut.ECHEC, "Le solveur a échoué (" + erreur.getClass().getSimpleName()
                            + ") ; l'incident est journalisé. Le meilleur résultat trouvé avant l'échec est conservé.", manager);
                });
    }

    private void terminer(Resolution resolution, Statut statut, String motif, SolverManager<Allocation, String> manager) {
        synchronized (resolution.ecriture) {
            if (resolution.fin.isDone()) {
                return; // already ended (stopped before it began, then reported by the solver)
            }
            mesurer(resolution.terminer(statut, motif).avancement());
            enregistrer(resolution);
            resolution.fin.complete(null);
        }
        if (manager != null) {
            CompletableFuture.runAsync(manager::close); // not on the solver's own thread, which close() interrupts
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
     * Writes the scenario if it changed since its last write. An ended scenario, once written, is
     * read from the store like after a restart; one that could not be written stays in memory and
     * is written again at the next period.
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
                LOG.warnf(e, "Instance %s could not say it is alive; tried again in %s", instance, intervalleSauvegarde);
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

    /** The scenario as it stands: live while this process solves it, else from the store. */
    public Optional<ScenarioEnregistre> lire(String id) {
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

    /** The stored scenarios, newest first (as last written: a scenario being solved is written every few seconds). */
    public Page<ResumeScenario> lister(Statut statut, int page, int taille) {
        return depot.lister(statut, page, taille);
    }

    /**
     * Stops solving and keeps the best result (ARRETE); a scenario already ended stays as it is.
     * Any instance may be asked: when another one solves the scenario, the request goes through the
     * store and this waits a while for that instance to store the stopped result (still EN_COURS if not).
     */
    public Optional<ScenarioEnregistre> arreter(String id) {
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
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e);
            }
        }
        return lire(id);
    }

    private void demanderLArret(Resolution resolution) {
        resolution.arreter();
        if (!resolution.aDemarre()) { // cancelled before it began: the solver will report nothing
            terminer(resolution, Statut.ARRETE, "Arrêt demandé avant le début de la résolution : aucun résultat.", null);
        }
    }

    /**
     * Renames a stored scenario that nobody solves any more (the only change a scenario takes once created).
     *
     * @return the renamed scenario, empty if there is none under this id
     * @throws SaisieInvalideException when the name is missing, blank or too long
     * @throws ScenarioEnCoursException while it is being solved (here or by another instance)
     */
    public Optional<ScenarioEnregistre> renommer(String id, String nom) {
        List<Violation> violations = ValidationScenario.nouveauNom(nom);
        if (!violations.isEmpty()) {
            throw new SaisieInvalideException(violations);
        }
        return termine(id, "renommé").map(etat -> {
            ScenarioEnregistre renomme = etat.renomme(nom.strip());
            depot.save(renomme);
            return renomme;
        });
    }

    /**
     * Deletes a stored scenario that nobody solves any more, for every instance: the scenario and any stop request left for it.
     *
     * @param avant  done once the scenario is known to be deletable, before anything is removed (if it fails, nothing is)
     * @return whether there was one under this id
     * @throws ScenarioEnCoursException while it is being solved (here or by another instance)
     */
    public boolean supprimer(String id, Runnable avant) {
        if (termine(id, "supprimé").isEmpty()) {
            return false;
        }
        avant.run();
        depot.remove(id);
        coordination.oublierArret(id);
        return true;
    }

    /** The scenario as it stands, provided no instance is solving or still writing it (an orphan is read as stopped first). */
    private Optional<ScenarioEnregistre> termine(String id, String action) {
        Optional<ScenarioEnregistre> etat = lire(id);
        if (enCours.containsKey(id) || etat.filter(e -> e.avancement().statut() == Statut.EN_COURS).isPresent()) {
            throw new ScenarioEnCoursException(id, action);
        }
        return etat;
    }

    public Optional<ExplicationCandidat> expliquer(ScenarioEnregistre etat, String reference) {
        return explications.expliquer(etat.scenario(), etat.avancement().retenus(), reference);
    }

    public List<ExplicationCandidat> expliquerTous(ScenarioEnregistre etat) {
        return explications.expliquerTous(etat.scenario(), etat.avancement().retenus());
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
            depot.enCoursSur(instance).forEach(id -> depot.find(id).ifPresent(this::interrompuSiOrphelin));
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

    private List<String> regionsEnVigueur() {
        return moteurs.actif().vocabulaire().regions();
    }
}
