package fr.enmr.regles;

import fr.enmr.moteur.jeu.EtatVersion;
import fr.enmr.moteur.jeu.FichiersStockes;
import fr.enmr.moteur.jeu.JeuDeRegles;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.github.f4b6a3.ulid.UlidCreator;

import fr.enmr.moteur.Moteurs;
import fr.enmr.store.Signaux;
import fr.enmr.store.StoreUnavailableException;
import fr.enmr.store.StoredActive;
import fr.enmr.store.StoredVersion;
import fr.enmr.store.VersionsReglesStore;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The packaged rule files as a stored version (README, « Versions des règles : déploiement »):
 * <ul>
 * <li>on an empty store, they become the first published version (one instance imports, the others follow it);</li>
 * <li>when a deployment brings files that differ from every stored version: if the active pointer was last set by a
 * deployment (no analyst has approved or reactivated a version since), the new files are published, journaled as a
 * deployment; otherwise they are imported as SOUMISE, author « déploiement », for an analyst to approve: a developer's
 * change never silently replaces an analyst's publication.</li>
 * </ul>
 */
@ApplicationScoped
public class ImportAuDemarrage {

    private static final Logger LOG = Logger.getLogger(ImportAuDemarrage.class);

    private ScheduledExecutorService relance;

    // before the sample decisions (EchantillonsAuDemarrage), so that they name the version
    void onStart(@Observes @Priority(10) StartupEvent event, VersionsReglesStore store, VersionsService versions, Signaux signaux,
            Moteurs moteurs, @ConfigProperty(name = "enmr.regles.import", defaultValue = "true") boolean importer,
            @ConfigProperty(name = "enmr.regles.intervalle", defaultValue = "2s") Duration intervalle) {
        if (!importer || essayer(store, versions, signaux, moteurs)) {
            return;
        }
        // the store unreachable at start-up: the packaged rules decide meanwhile, and the import is tried again until it is done
        relance = Executors.newSingleThreadScheduledExecutor(tache -> {
            Thread thread = new Thread(tache, "import-regles");
            thread.setDaemon(true);
            return thread;
        });
        relance.scheduleWithFixedDelay(() -> {
            if (essayer(store, versions, signaux, moteurs)) {
                relance.shutdown();
            }
        }, intervalle.toMillis(), intervalle.toMillis(), TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (relance != null) {
            relance.shutdownNow();
        }
    }

    private static boolean essayer(VersionsReglesStore store, VersionsService versions, Signaux signaux, Moteurs moteurs) {
        try {
            importer(store, versions, signaux, moteurs);
            versions.reconcilier();
            return true;
        } catch (StoreUnavailableException e) {
            LOG.warn("Packaged rules not imported yet: the store is unavailable (the packaged rules decide until it is back)", e);
            return false;
        }
    }

    static void importer(VersionsReglesStore store, VersionsService versions, Signaux signaux, Moteurs moteurs) {
        JeuDeRegles livre = JeuDeRegles.livre();
        List<StoredVersion> stockees = store.all();
        Optional<StoredVersion> dejaStockee = stockees.stream().filter(v -> FichiersStockes.jeu(v).equals(livre)).findFirst();
        if (dejaStockee.isPresent()) { // this deployment's files are a stored version already
            if (store.active().isEmpty()) { // a first import interrupted before its pointer was written
                store.activerSiAucune(new StoredActive(VersionsReglesStore.CLE_ACTIVE, dejaStockee.get().id(), System.currentTimeMillis(),
                        VersionsService.DEPLOIEMENT, "IMPORT"));
            }
            return;
        }
        // several instances starting together: only the one that reserves this set of files imports it
        String cle = "regles/import/" + livre.empreinte() + "/" + livre.hashCode();
        if (!signaux.reserver(cle, "import des règles livrées")) {
            return;
        }
        try {
            importerReserve(store, versions, moteurs, livre);
        } catch (StoreUnavailableException e) {
            try {
                signaux.effacer(cle); // tried again later, by this instance or another
            } catch (StoreUnavailableException encore) {
                e.addSuppressed(encore);
            }
            throw e;
        }
    }

    private static void importerReserve(VersionsReglesStore store, VersionsService versions, Moteurs moteurs, JeuDeRegles livre) {
        Optional<StoredActive> pointeur = store.active();
        boolean publier = pointeur.isEmpty() || "IMPORT".equals(pointeur.get().action()) || "DEPLOIEMENT".equals(pointeur.get().action());
        // the packaged files were compiled at build time: their engine is at hand, and they compile (or the build failed)
        String campagnes = String.join(",", moteurs.compile(livre.empreinte(), livre).campagnes().stream().toList());
        long maintenant = System.currentTimeMillis();
        String id = UlidCreator.getMonotonicUlid().toString();
        String motif = pointeur.isEmpty() ? "Règles livrées avec le service (première version)" : "Règles livrées par un déploiement";
        store.save(VersionAEcrire.nouvelle(id, publier ? EtatVersion.PUBLIEE : EtatVersion.SOUMISE, pointeur.map(StoredActive::version)
                .orElse(null), VersionsService.DEPLOIEMENT, maintenant, motif, OrigineVersion.DEPLOIEMENT)
                .fichiers(livre.empreinte(), campagnes, FichiersStockes.stockes(livre)).soumisLe(maintenant)
                .revue(publier ? VersionsService.DEPLOIEMENT : null, publier ? maintenant : 0, null).stockee());
        versions.journaliser("IMPORTEE", id, VersionsService.DEPLOIEMENT, motif);
        if (!publier) {
            LOG.infof("Packaged rules sha256:%s imported as version %s, SOUMISE: an analyst has published since the last deployment",
                    livre.empreinte(), id);
        } else if (pointeur.isEmpty()) {
            // the first version: only if no other instance set a pointer meanwhile
            if (store.activerSiAucune(new StoredActive(VersionsReglesStore.CLE_ACTIVE, id, maintenant, VersionsService.DEPLOIEMENT, "IMPORT"))) {
                versions.journaliser("DEPLOYEE", id, VersionsService.DEPLOIEMENT, motif);
            }
        } else if (versions.publier(id, VersionsService.DEPLOIEMENT, "DEPLOIEMENT", pointeur.get())) {
            versions.journaliser("DEPLOYEE", id, VersionsService.DEPLOIEMENT, motif);
            LOG.infof("Packaged rules sha256:%s published as version %s (deployment)", livre.empreinte(), id);
        } else { // an analyst published meanwhile: the packaged files wait for review, as when they published before
            store.save(VersionAEcrire.de(store.find(id).orElseThrow()).etat(EtatVersion.SOUMISE).revue(null, 0, null).stockee());
            LOG.infof("Packaged rules sha256:%s imported as version %s, SOUMISE: a version was published during the import",
                    livre.empreinte(), id);
        }
    }
}
