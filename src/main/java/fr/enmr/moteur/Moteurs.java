package fr.enmr.moteur;

import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import fr.enmr.moteur.jeu.VersionRegles;
import fr.enmr.moteur.jeu.EtatVersion;
import fr.enmr.moteur.jeu.FichiersStockes;
import fr.enmr.moteur.jeu.JeuDeRegles;
import fr.enmr.store.StoreUnavailableException;
import fr.enmr.store.StoredActive;
import fr.enmr.store.StoredVersion;
import fr.enmr.store.VersionsReglesStore;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The compiled rule-set versions of this instance: the active one, which decides new dossiers, and any other asked
 * for. The store's active pointer says which is active; every instance reads it every {@code enmr.regles.intervalle}
 * (2 s), compiles a newly published version off the request path, then swaps it in atomically: a decision keeps the
 * engine it started with. Compiled engines are derived state, cached by fingerprint.
 */
@ApplicationScoped
public class Moteurs {

    private static final Logger LOG = Logger.getLogger(Moteurs.class);

    /** Submitted versions compiled ahead of approval: a handful at most await a second analyst at any time. */
    private static final int SOUMISES_PREPAREES = 10;
    /** Compiled engines kept besides the packaged and the active one. */
    private static final int MOTEURS_GARDES = 12;

    private final VersionsReglesStore store;
    private final CompilateurRegles compilateur;
    private final VerificationCompile verification;
    private final Duration intervalle;
    private final Map<String, MoteurCompile> parEmpreinte = new ConcurrentHashMap<>();
    private final AtomicReference<MoteurRegles> actif = new AtomicReference<>();
    private final MoteurCompile livre;
    private ScheduledExecutorService veilleur;

    @Inject
    public Moteurs(VersionsReglesStore store, CompilateurRegles compilateur, VerificationCompile verification,
            DecisionEvaluator evaluateurLivre, VersionRegles versionLivree,
            @ConfigProperty(name = "enmr.regles.intervalle", defaultValue = "2s") Duration intervalle) {
        this.store = store;
        this.compilateur = compilateur;
        this.verification = verification;
        this.intervalle = intervalle;
        // the packaged files were compiled at build time (Kogito): the same fingerprint needs no compilation
        this.livre = compilateur.livre(versionLivree.sha256(), evaluateurLivre);
        parEmpreinte.put(livre.empreinte(), livre);
    }

    void demarrer(@Observes StartupEvent event) {
        veilleur = Executors.newSingleThreadScheduledExecutor(tache -> {
            Thread thread = new Thread(tache, "regles-actives");
            thread.setDaemon(true);
            return thread;
        });
        veilleur.scheduleWithFixedDelay(this::suivreSansEchec, intervalle.toMillis(), intervalle.toMillis(), TimeUnit.MILLISECONDS);
    }

    void arreter(@Observes ShutdownEvent event) {
        if (veilleur != null) {
            veilleur.shutdownNow();
        }
    }

    /**
     * The version that decides new dossiers now. Before any version is stored (or with the store unreachable at the
     * very first call) the packaged rules, with no version id.
     */
    public MoteurRegles actif() {
        MoteurRegles moteur = actif.get();
        if (moteur != null) {
            return moteur;
        }
        try {
            suivre();
        } catch (StoreUnavailableException e) {
            LOG.warn("The active rule-set version cannot be read: deciding with the packaged rules until it can", e);
        }
        moteur = actif.get();
        return moteur != null ? moteur : livre.pour(null);
    }

    /**
     * A stored version, compiled (once per fingerprint).
     *
     * @throws VersionInconnueException when no version has this id
     * @throws IllegalStateException    when a stored version does not compile (it did when it was stored)
     */
    public MoteurRegles de(String versionId) {
        MoteurRegles courant = actif.get();
        if (courant != null && versionId.equals(courant.versionId())) {
            return courant;
        }
        StoredVersion version = store.find(versionId).orElseThrow(() -> new VersionInconnueException(versionId));
        return compile(version.empreinte(), FichiersStockes.jeu(version)).pour(versionId);
    }

    /**
     * A version tried by an analyst while it is a draft: KIE alone, the reference. The rules kept from its validation
     * will do; otherwise (another instance validated it) they are compiled as a draft is, without Java.
     */
    public MoteurRegles brouillon(String versionId) {
        StoredVersion version = store.find(versionId).orElseThrow(() -> new VersionInconnueException(versionId));
        MoteurCompile retenu = parEmpreinte.get(version.empreinte());
        if (retenu == null) {
            Compilation compilation = compilateur.compiler(FichiersStockes.jeu(version));
            if (!compilation.reussie()) {
                throw new IllegalStateException("stored rule-set sha256:" + version.empreinte() + " does not compile: " + compilation.erreurs());
            }
            retenir(compilation.moteur());
            retenu = compilation.moteur();
        }
        return retenu.kieSeul(false).pour(versionId);
    }

    /**
     * The compiled rules of a set of files as a published version decides with them: its DMN model compiled to Java
     * too (rules kept from a draft's validation are KIE's alone: compiled again once).
     */
    public MoteurCompile compile(String empreinte, JeuDeRegles jeu) {
        MoteurCompile moteur = parEmpreinte.get(empreinte);
        if (moteur != null && moteur.pourDecider()) {
            return moteur;
        }
        Compilation compilation = compilateur.compilerStockee(jeu);
        if (!compilation.reussie()) {
            throw new IllegalStateException("stored rule-set sha256:" + empreinte + " does not compile: " + compilation.erreurs());
        }
        MoteurCompile verifie = verification.verifier(compilation.moteur()); // its compiled model decides only once checked against KIE
        MoteurCompile compile = parEmpreinte.compute(empreinte, (e, retenu) -> retenu != null && retenu.pourDecider() ? retenu : verifie);
        oublierLesAnciens();
        return compile;
    }

    /**
     * Keeps at most {@value #MOTEURS_GARDES} engines besides the packaged and the active one (each holds a compiled
     * DMN model and rule base, a few MB): the versions least recently compiled go first; any is compiled again if asked.
     */
    private void oublierLesAnciens() {
        if (parEmpreinte.size() <= MOTEURS_GARDES + 2) {
            return;
        }
        MoteurRegles courant = actif.get();
        parEmpreinte.values().stream()
                .filter(m -> m != livre && (courant == null || !m.empreinte().equals(courant.empreinte())))
                .sorted(Comparator.comparingLong(MoteurCompile::compileLe))
                .limit(parEmpreinte.size() - MOTEURS_GARDES - 2L)
                .forEach(m -> parEmpreinte.remove(m.empreinte(), m));
    }

    /** Keeps rules just compiled (a draft validated) so that its evaluation or publication need not compile them again. */
    public void retenir(MoteurCompile moteur) {
        parEmpreinte.putIfAbsent(moteur.empreinte(), moteur);
    }

    /** Reads the active pointer now and switches to its version if it changed (publication through this instance). */
    public synchronized void suivre() {
        Optional<StoredActive> pointeur = store.active();
        if (pointeur.isEmpty()) {
            return;
        }
        String versionId = pointeur.get().version();
        MoteurRegles courant = actif.get();
        if (courant != null && versionId.equals(courant.versionId())) {
            return;
        }
        MoteurRegles nouveau = de(versionId); // compiled before the swap: requests keep the current engine meanwhile
        actif.set(nouveau);
        LOG.infof("Rule-set version %s (sha256:%s) now decides new dossiers", versionId, nouveau.empreinte());
    }

    private void suivreSansEchec() {
        try {
            suivre();
            preparerSoumises();
        } catch (RuntimeException e) { // the store down, a version that cannot be read: keep deciding with the current one
            LOG.warn("The active rule-set version could not be checked; the current one keeps deciding", e);
        }
    }

    /**
     * Compiles the versions awaiting approval before they are approved: on approval through any instance, every other
     * instance then switches without compiling (a cache hit), well within the 10 s the contract allows.
     */
    void preparerSoumises() {
        for (StoredVersion soumise : store.search(EtatVersion.SOUMISE.name(), null, 0, SOUMISES_PREPAREES).elements()) {
            if (!parEmpreinte.containsKey(soumise.empreinte())) {
                compile(soumise.empreinte(), FichiersStockes.jeu(soumise));
                LOG.infof("Rule-set version %s, awaiting approval, compiled ahead of its publication", soumise.id());
            }
        }
    }
}
