package fr.enmr.impact;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.f4b6a3.ulid.UlidCreator;

import fr.enmr.dossier.LecteurDossier;
import fr.enmr.problem.FiltresEtPagination;
import fr.enmr.problem.SaisieInvalideException;
import fr.enmr.problem.Violation;
import fr.enmr.moteur.MoteurRegles;
import fr.enmr.moteur.Moteurs;
import fr.enmr.moteur.VersionInconnueException;
import fr.enmr.store.DecisionStore;
import fr.enmr.store.ImpactsStore;
import fr.enmr.store.Page;
import fr.enmr.store.RechercheDecisions;
import fr.enmr.store.StoredDecision;
import fr.enmr.store.StoredImpact;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The impact of a rule-set version over the whole stored population: for the latest stored decision of every
 * reference (read page by page, newest first), its dossier is decided again with the active version and with the
 * version measured, and the two are compared (fr.enmr.impact.Ecarts). Runs as a job: its progress and result are
 * in the store (ImpactsStore), so that any instance answers the polls; a job whose instance stops writing its
 * progress is reported INTERROMPU. Dossiers are judged by a small pool (one thread per core).
 */
@ApplicationScoped
public class ImpactsVersions {

    private static final Logger LOG = Logger.getLogger(ImpactsVersions.class);
    private static final TypeReference<List<Impact.Difference>> DIFFERENCES = new TypeReference<>() {
    };

    private final Moteurs moteurs;
    private final DecisionStore decisions;
    private final ImpactsStore store;
    private final LecteurDossier lecteur;
    private final ObjectMapper json;
    private final int pageLecture;
    private final Duration silenceMax;
    private final String instance = "impact-" + ProcessHandle.current().pid() + "-" + UlidCreator.getMonotonicUlid();
    private final ExecutorService travaux = Executors.newCachedThreadPool(fils("impact-travail"));
    private final ExecutorService calcul = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()),
            fils("impact-calcul"));

    @Inject
    public ImpactsVersions(Moteurs moteurs, DecisionStore decisions, ImpactsStore store, LecteurDossier lecteur, ObjectMapper json,
            @ConfigProperty(name = "enmr.regles.impact.page-lecture", defaultValue = "500") int pageLecture,
            @ConfigProperty(name = "enmr.regles.impact.silence-max", defaultValue = "30s") Duration silenceMax) {
        this.moteurs = moteurs;
        this.decisions = decisions;
        this.store = store;
        this.lecteur = lecteur;
        this.json = json;
        this.pageLecture = pageLecture;
        this.silenceMax = silenceMax;
    }

    void arreter(@Observes ShutdownEvent event) {
        travaux.shutdownNow();
        calcul.shutdownNow();
    }

    /**
     * Starts measuring a version (compiled first, so an unknown version is refused at once) over the stored decisions
     * of a campaign and a region (each optional).
     *
     * @return the job as its first poll shows it
     * @throws SaisieInvalideException  naming a campaign or region that does not exist
     * @throws VersionInconnueException when no version has this id
     */
    public ResultatImpact lancer(String versionId, String campagne, String region) {
        List<Violation> violations = new ArrayList<>();
        String laCampagne = FiltresEtPagination.code(campagne, "campagne", violations);
        String laRegion = FiltresEtPagination.code(region, "region", violations);
        if (!violations.isEmpty()) {
            throw new SaisieInvalideException(violations);
        }
        MoteurRegles version = moteurs.de(versionId);
        MoteurRegles actif = moteurs.actif();
        RechercheDecisions population = new RechercheDecisions(null, laRegion,
                laCampagne, null);
        long total = decisions.search(population, 0, 1).total();
        long maintenant = System.currentTimeMillis();
        StoredImpact travail = new StoredImpact(UlidCreator.getMonotonicUlid().toString(), versionId, actif.versionId(),
                population.campagne(), population.region(), "EN_COURS", instance, maintenant, maintenant, 0, total, null, null, null);
        store.save(travail);
        travaux.submit(() -> executerSansEchec(travail, population, actif, version));
        return vue(travail, 0, 0);
    }

    /** A job as polled, with one page of its differences once done; empty if unknown (or older than a day). */
    public Optional<ResultatImpact> lire(String id, int page, int taille) {
        return store.find(id).map(t -> vue(t, page, taille));
    }

    private ResultatImpact vue(StoredImpact t, int page, int taille) {
        String etat = "EN_COURS".equals(t.etat()) && t.vuLe() < System.currentTimeMillis() - silenceMax.toMillis() ? "INTERROMPU" : t.etat();
        ResultatImpact.Avancement avancement = new ResultatImpact.Avancement(t.lues(), t.total());
        if (!"TERMINE".equals(etat)) {
            String erreur = "INTERROMPU".equals(etat) ? "l'instance qui le calculait (" + t.instance() + ") ne donne plus signe de vie : relancez-le"
                    : t.erreur();
            return new ResultatImpact(t.id(), etat, t.version(), t.versionActive(), t.campagne(), t.region(), avancement, null, null,
                    null, null, null, null, null, null, null, erreur);
        }
        ResultatImpact.Synthese synthese = lireJson(t.resultatJson(), ResultatImpact.Synthese.class);
        List<Impact.Difference> differences = differences(t.id());
        List<Impact.Difference> pageDifferences = differences.stream().skip((long) page * taille).limit(taille).toList();
        return new ResultatImpact(t.id(), etat, t.version(), t.versionActive(), t.campagne(), t.region(), avancement,
                synthese.secondes(), synthese.examinees(), synthese.inchangees(), synthese.bilan(), synthese.parRegion(), page, taille,
                synthese.totalDifferences(), pageDifferences, null);
    }

    /** Every difference of a finished job (for the CSV file); empty while it runs. */
    public List<Impact.Difference> differences(String id) {
        return store.differences(id).map(d -> lireJson(d, DIFFERENCES)).orElse(List.of());
    }

    /** Every difference of a finished job as a CSV file for a spreadsheet. */
    public String csv(String id) {
        return CsvImpact.ecrire(differences(id));
    }

    private void executerSansEchec(StoredImpact travail, RechercheDecisions population, MoteurRegles actif, MoteurRegles version) {
        try {
            executer(travail, population, actif, version);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Impact job %s failed", travail.id());
            try {
                store.save(avec(travail, "ECHEC", travail.lues(), travail.total(), null, "le calcul a échoué (incident journalisé)"));
            } catch (RuntimeException nonEnregistre) {
                LOG.error("The failure of impact job " + travail.id() + " could not be stored either", nonEnregistre);
            }
        }
    }

    private void executer(StoredImpact travail, RechercheDecisions population, MoteurRegles actif, MoteurRegles version) {
        long debut = System.nanoTime();
        CalculImpact calculImpact = new CalculImpact(lecteur, actif, version);
        Set<String> references = new HashSet<>();
        List<CompletableFuture<CalculImpact.Issue>> issues = new ArrayList<>();
        long lues = 0;
        long total = travail.total();
        for (int page = 0;; page++) {
            Page<StoredDecision> lot = decisions.search(population, page, pageLecture);
            total = Math.max(total, lot.total());
            for (StoredDecision stockee : lot.elements()) {
                // newest first: the first decision seen of a reference is its latest (a decision stored meanwhile only shifts the pages)
                if (references.add(stockee.reference())) {
                    issues.add(CompletableFuture.supplyAsync(() -> calculImpact.juger(stockee), calcul));
                }
            }
            lues += lot.elements().size();
            if (lot.elements().size() < pageLecture) {
                break;
            }
            // the progress written is what is judged: wait for this page before reading the next (bounded memory in flight)
            CompletableFuture.allOf(issues.toArray(CompletableFuture[]::new)).join();
            store.save(avec(travail, "EN_COURS", lues, total, null, null));
        }
        List<CalculImpact.Issue> resultats = issues.stream().map(CompletableFuture::join).toList();
        long secondes = Math.round((System.nanoTime() - debut) / 1e9);
        List<Impact.Difference> differences = resultats.stream().flatMap(i -> i.difference().stream()).toList();
        store.saveDifferences(travail.id(), ecrireJson(differences));
        store.save(avec(travail, "TERMINE", lues, total, ecrireJson(CalculImpact.synthese(resultats, secondes)), null));
        LOG.infof("Impact job %s: version %s against %s, %d references in %d s, %d differences", travail.id(), travail.version(),
                travail.versionActive(), resultats.size(), secondes, differences.size());
    }

    private static StoredImpact avec(StoredImpact t, String etat, long lues, long total, String resultatJson, String erreur) {
        return new StoredImpact(t.id(), t.version(), t.versionActive(), t.campagne(), t.region(), etat, t.instance(), t.creeLe(),
                System.currentTimeMillis(), lues, total, resultatJson, null, erreur);
    }

    private String ecrireJson(Object valeur) {
        try {
            return json.writeValueAsString(valeur);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an impact result", e);
        }
    }

    private <T> T lireJson(String texte, Class<T> type) {
        try {
            return json.readValue(texte, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a stored impact result", e);
        }
    }

    private <T> T lireJson(String texte, TypeReference<T> type) {
        try {
            return json.readValue(texte, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read stored impact differences", e);
        }
    }

    private static ThreadFactory fils(String nom) {
        AtomicInteger numero = new AtomicInteger();
        return tache -> {
            Thread thread = new Thread(tache, nom + "-" + numero.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
