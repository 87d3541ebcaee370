package fr.enmr.allocation.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import fr.enmr.allocation.domain.Allocation;
import fr.enmr.allocation.domain.Candidat;
import fr.enmr.allocation.solver.BudgetProcesseur;

/**
 * One scenario being solved in this process: the best selection so far, its score history, and
 * whether the ministry asked to stop; with imposed choices, then the reference solve without them
 * ({@link Avancement.SansImposes}). Updated from the solver's event thread, read by requests.
 */
final class Resolution {

    // a history point per level change, else at most one per half second: 20 000 candidates make thousands of new bests
    private static final double INTERVALLE_HISTORIQUE = 0.5;
    private static final int HISTORIQUE_MAX = 1_000;

    final CompletableFuture<Void> fin = new CompletableFuture<>();
    private volatile ScenarioEnregistre etat;
    private volatile boolean arretDemande;
    private volatile long debut;
    /** When the solve with the imposed choices ended (the reference solve may follow); 0 while it runs. */
    private volatile long finPrincipale;
    private volatile long debutSansImposes;
    /** The solver thread of the solve under way and its CPU time when it began, for {@link #secondesProcesseur()}. */
    private volatile long threadSolveur = -1;
    private volatile long processeurAuDebut;
    private volatile double secondesProcesseur;
    private volatile Runnable arret = () -> { };
    private boolean modifie; // since the last write
    /** Held while this scenario is written to the store, so that a periodic write never lands after the final one. */
    final Object ecriture = new Object();

    Resolution(ScenarioEnregistre etat) {
        this.etat = etat;
    }

    ScenarioEnregistre etat() {
        return etat;
    }

    /** The solve with the ministry's choices begins, on the calling (solver) thread. */
    void demarre() {
        suivreLeProcesseur();
        debut = System.nanoTime();
    }

    /** The reference solve without imposed choices begins, on the calling (solver) thread. */
    void demarreSansImposes() {
        suivreLeProcesseur();
        debutSansImposes = System.nanoTime();
    }

    private void suivreLeProcesseur() {
        long thread = Thread.currentThread().getId();
        processeurAuDebut = BudgetProcesseur.duThread(thread);
        threadSolveur = thread; // last: the budget's check reads both
    }

    /** CPU seconds the solver thread of the solve under way had so far (the machine's other work shows as a gap to the wall clock). */
    double processeurDuSolveur() {
        return nanosProcesseurDuSolveur() / 1e9;
    }

    long nanosProcesseurDuSolveur() {
        long thread = threadSolveur;
        return thread < 0 ? 0 : Math.max(0, BudgetProcesseur.duThread(thread) - processeurAuDebut);
    }

    /** How to stop the solver of this scenario early, once it is submitted. */
    void surArret(Runnable action) {
        this.arret = action;
    }

    /** Asks the solver to stop; it then ends with the best selection found (statut ARRETE). */
    void arreter() {
        arretDemande = true;
        arret.run();
    }

    boolean aDemarre() {
        return debut != 0;
    }

    boolean arretDemande() {
        return arretDemande;
    }

    /** Seconds of solving with the imposed choices so far, to the hundredth (as reported and stored). */
    double secondes() {
        long fin = finPrincipale;
        return debut == 0 ? 0 : Math.round(((fin == 0 ? System.nanoTime() : fin) - debut) / 1e7) / 100.0;
    }

    private double secondesSansImposes() {
        return debutSansImposes == 0 ? 0 : Math.round((System.nanoTime() - debutSansImposes) / 1e7) / 100.0;
    }

    /** The solve with the imposed choices is over, with this best selection; the reference solve comes next. */
    synchronized void finPrincipale(Allocation finale) {
        meilleure(finale);
        secondesProcesseur = Math.round(processeurDuSolveur() * 100) / 100.0;
        threadSolveur = -1; // the reference solve's thread is followed from its own start, its budget from zero
        finPrincipale = System.nanoTime();
        etat = etat.avec(etat.avancement().avecProcesseur(secondesProcesseur));
        modifie = true;
    }

    /** A new best selection of the reference solve (without imposed choices). */
    synchronized void meilleureSansImposes(Allocation allocation, Statut statut) {
        HardMediumSoftLongScore score = allocation.getScore();
        List<String> retenus = allocation.getCandidats().stream().filter(Candidat::estRetenu).map(Candidat::getReference).sorted().toList();
        Avancement a = etat.avancement();
        Avancement.SansImposes reference = new Avancement.SansImposes(statut, score.toString(), secondesSansImposes(), retenus);
        if (statut != Statut.EN_COURS && a.score() != null && HardMediumSoftLongScore.parseScore(a.score()).compareTo(score) > 0) {
            // the imposed selection is a selection without imposition too: the reference is never worse than it
            reference = new Avancement.SansImposes(statut, a.score(), reference.secondes(), a.retenus());
        }
        etat = etat.avec(a.avecSansImposes(reference));
        modifie = modifie || score.isSolutionInitialized();
    }

    /** A new best selection: becomes the current result, and a point of the history. */
    synchronized ScenarioEnregistre meilleure(Allocation allocation) {
        Avancement avant = etat.avancement();
        HardMediumSoftLongScore score = allocation.getScore();
        double secondes = secondes();
        List<Avancement.Point> historique = new ArrayList<>(avant.historique());
        Avancement.Point point = new Avancement.Point(secondes, score.toString());
        int n = historique.size();
        // the last point floats while new bests come within half a second of the point before it
        if (n >= HISTORIQUE_MAX || n >= 2 && rapproche(historique.get(n - 2), historique.get(n - 1), point)) {
            historique.set(historique.size() - 1, point);
        } else {
            historique.add(point);
        }
        List<String> retenus = allocation.getCandidats().stream().filter(Candidat::estRetenu).map(Candidat::getReference).sorted().toList();
        etat = etat.avec(new Avancement(Statut.EN_COURS, score.toString(), secondes, List.copyOf(historique), retenus, null,
                avant.secondesEnregistrees(), avant.sansImposes()).avecProcesseur(avant.secondesProcesseur()));
        // a selection still under construction is progress, not a result worth keeping over a restart
        modifie = score.isSolutionInitialized();
        return etat;
    }

    /** The end of solving, with the status it ends in. */
    synchronized ScenarioEnregistre terminer(Statut statut, String motif) {
        Avancement a = etat.avancement();
        double secondes = secondes();
        if (finPrincipale == 0) {
            secondesProcesseur = Math.round(processeurDuSolveur() * 100) / 100.0;
        }
        etat = etat.avec(new Avancement(statut, a.score(), secondes, a.historique(), a.retenus(), motif, a.secondesEnregistrees(),
                a.sansImposes()).avecProcesseur(secondesProcesseur == 0 ? null : secondesProcesseur));
        modifie = true;
        return etat;
    }

    /** The state to write if it changed since the last write, marked as written at its own solving time. */
    synchronized Optional<ScenarioEnregistre> aEnregistrer() {
        if (!modifie) {
            return Optional.empty();
        }
        modifie = false;
        Avancement a = etat.avancement();
        return Optional.of(etat.avec(a.enregistreeA(a.secondesEcoulees())));
    }

    /**
     * The outcome of writing what {@link #aEnregistrer()} gave: on failure it is written again next time. Called
     * under {@link #ecriture}, like {@link #terminer}, so the status cannot have changed since.
     */
    synchronized void enregistre(ScenarioEnregistre ecrit, boolean reussi) {
        if (reussi) {
            etat = etat.avec(etat.avancement().enregistreeA(ecrit.avancement().secondesEnregistrees()));
        } else {
            modifie = true;
        }
    }

    private static boolean rapproche(Avancement.Point avantDernier, Avancement.Point dernier, Avancement.Point nouveau) {
        HardMediumSoftLongScore a = HardMediumSoftLongScore.parseScore(dernier.score());
        HardMediumSoftLongScore b = HardMediumSoftLongScore.parseScore(nouveau.score());
        boolean memeNiveau = a.initScore() == b.initScore() && a.hardScore() == b.hardScore() && a.mediumScore() == b.mediumScore();
        return memeNiveau && nouveau.secondes() - avantDernier.secondes() < INTERVALLE_HISTORIQUE;
    }
}
