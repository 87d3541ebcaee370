package fr.enmr.allocation.scenario;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.SolverManagerConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

import fr.enmr.allocation.domain.Allocation;
import fr.enmr.allocation.solver.BudgetProcesseur;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Runs the solves of one scenario on OptaPlanner's SolverManager (one per solve, so that each gets its own
 * time limit): the scenario as asked, then, when the ministry imposed choices, the same scenario without
 * them, whose result prices those choices ({@code resultat.prixDesChoix}). Each solve gets the scenario's
 * whole {@code dureeMaxSecondes}: the price is a difference of two values, fair only at equal search effort.
 * <p>
 * {@code dureeMaxSecondes} is processor time of the solving thread, not wall-clock time: a solve ends once its
 * thread has had that much CPU, or at {@code enmr.scenarios.marge-horloge} × that in wall-clock time, whichever
 * comes first. So work elsewhere in the service (start-up jobs, dashboards, decisions) or on the machine does
 * not silently shorten a scenario's search; what it had is reported ({@code resultat.tempsDeCalcul}).
 */
@ApplicationScoped
class LancementSolveur {

    private static final Logger LOG = Logger.getLogger(LancementSolveur.class);

    private final SolverConfig solverConfig;
    private final Optional<Duration> sansAmelioration;
    private final double margeHorloge;

    @Inject
    LancementSolveur(SolverConfig solverConfig,
            @ConfigProperty(name = "quarkus.optaplanner.solver.termination.unimproved-spent-limit") Optional<Duration> sansAmelioration,
            @ConfigProperty(name = "enmr.scenarios.marge-horloge", defaultValue = "1.5") double margeHorloge) {
        this.solverConfig = solverConfig;
        this.sansAmelioration = sansAmelioration;
        this.margeHorloge = Math.max(1, margeHorloge);
    }

    /**
     * Solves the scenario in the background; {@code fin} is called once, from a solver thread, with the
     * status the scenario ends in and its reason (null when it simply finished).
     */
    void lancer(Resolution resolution, BiConsumer<Statut, String> fin) {
        Scenario scenario = resolution.etat().scenario();
        ParametresScenario parametres = scenario.parametres();
        SolverManager<Allocation, String> manager = gestionnaire(parametres);
        resolution.surArret(() -> manager.terminateEarly(scenario.id()));
        BudgetProcesseur budget = budgetProcesseur(resolution, manager, scenario);
        manager.solveAndListen(scenario.id(),
                id -> {
                    resolution.demarre();
                    return ProblemeAllocation.aResoudre(parametres, scenario.candidats());
                },
                resolution::meilleure, // written to the store by the periodic writer, never from the solver's thread
                finale -> {
                    budget.close();
                    resolution.finPrincipale(finale);
                    if (resolution.arretDemande() || parametres.choixImposes().vide()) {
                        fin.accept(resolution.arretDemande() ? Statut.ARRETE : Statut.TERMINE,
                                resolution.arretDemande() ? "Arrêt demandé : meilleur résultat trouvé conservé." : null);
                    } else {
                        sansImposes(resolution, fin);
                    }
                    fermer(manager);
                },
                (id, erreur) -> {
                    budget.close();
                    echec(resolution, fin, manager, erreur, "");
                });
    }

    /** The same scenario without its imposed choices, for the price of those choices. */
    private void sansImposes(Resolution resolution, BiConsumer<Statut, String> fin) {
        Scenario scenario = resolution.etat().scenario();
        ParametresScenario parametres = scenario.parametres().sansImposes();
        SolverManager<Allocation, String> manager = gestionnaire(parametres);
        resolution.surArret(() -> manager.terminateEarly(scenario.id()));
        if (resolution.arretDemande()) { // asked between the two solves
            fin.accept(Statut.ARRETE, "Arrêt demandé : résultat avec les choix imposés complet ; prix des choix non calculé.");
            fermer(manager);
            return;
        }
        BudgetProcesseur budget = budgetProcesseur(resolution, manager, scenario);
        manager.solveAndListen(scenario.id(),
                id -> {
                    resolution.demarreSansImposes();
                    return ProblemeAllocation.aResoudre(parametres, scenario.candidats());
                },
                meilleure -> resolution.meilleureSansImposes(meilleure, Statut.EN_COURS),
                finale -> {
                    budget.close();
                    boolean arrete = resolution.arretDemande();
                    resolution.meilleureSansImposes(finale, arrete ? Statut.ARRETE : Statut.TERMINE);
                    fin.accept(arrete ? Statut.ARRETE : Statut.TERMINE, arrete ? "Arrêt demandé pendant la résolution sans les choix imposés : "
                            + "résultat avec les choix imposés complet ; prix des choix calculé sur le meilleur résultat trouvé sans eux." : null);
                    fermer(manager);
                },
                (id, erreur) -> {
                    budget.close();
                    echec(resolution, fin, manager, erreur, " pendant la résolution sans les choix imposés");
                });
        if (resolution.arretDemande()) { // asked while it was being submitted
            manager.terminateEarly(scenario.id());
        }
    }

    private void echec(Resolution resolution, BiConsumer<Statut, String> fin, SolverManager<Allocation, String> manager, Throwable erreur,
            String pendant) {
        LOG.error("Solving scenario " + resolution.etat().id() + " failed" + (pendant.isEmpty() ? "" : " (reference solve without imposed choices)"), erreur);
        fin.accept(Statut.ECHEC, "Le solveur a échoué" + pendant + " (" + erreur.getClass().getSimpleName()
                + ") ; l'incident est journalisé. Le meilleur résultat trouvé avant l'échec est conservé.");
        fermer(manager);
    }

    /** Ends the solve under way once its thread has had the scenario's seconds of processor time. */
    private static BudgetProcesseur budgetProcesseur(Resolution resolution, SolverManager<Allocation, String> manager, Scenario scenario) {
        return BudgetProcesseur.surveiller(resolution::nanosProcesseurDuSolveur, scenario.parametres().dureeMaxSecondes(),
                () -> manager.terminateEarly(scenario.id()));
    }

    private SolverManager<Allocation, String> gestionnaire(ParametresScenario parametres) {
        // the wall-clock bound: processor time (budgetProcesseur) ends the solve first unless other work takes the processor
        TerminationConfig termination = new TerminationConfig()
                .withSpentLimit(Duration.ofMillis(Math.round(parametres.dureeMaxSecondes() * 1000 * margeHorloge)));
        sansAmelioration.ifPresent(termination::setUnimprovedSpentLimit);
        return SolverManager.create(solverConfig.copyConfig().withTerminationConfig(termination),
                new SolverManagerConfig().withParallelSolverCount("1"));
    }

    private static void fermer(SolverManager<Allocation, String> manager) {
        CompletableFuture.runAsync(manager::close); // not on the solver's own thread, which close() interrupts
    }
}
