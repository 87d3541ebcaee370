package fr.enmr.allocation.scenario;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import fr.enmr.store.Signaux;
import fr.enmr.store.StoreUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * How the service instances sharing one store coordinate their scenarios through its signals: each
 * names itself, says it is alive while it solves, hears stop requests made through another instance,
 * and tells a scenario it solved before a restart, or one whose instance fell silent, from one still solved.
 */
@ApplicationScoped
public class CoordinationInstances {

    private static final Logger LOG = Logger.getLogger(CoordinationInstances.class);
    private static final String ARRET = "arret/";
    private static final String VIE = "vie/";

    private final Signaux signaux;
    private final ScenarioRepository depot;
    private final String instance;
    /** An instance silent for this long (no sign of life in the store) has abandoned the scenarios it was solving. */
    private final Duration delaiAbandon;
    /** How often the solving instance writes its scenarios, and so reads the stop requests. */
    private final Duration intervalleSauvegarde;

    @Inject
    public CoordinationInstances(Signaux signaux, ScenarioRepository depot,
            @ConfigProperty(name = "enmr.scenarios.instance") Optional<String> instance,
            @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int port,
            @ConfigProperty(name = "enmr.scenarios.delai-abandon", defaultValue = "60s") Duration delaiAbandon,
            @ConfigProperty(name = "enmr.scenarios.intervalle-sauvegarde", defaultValue = "2s") Duration intervalleSauvegarde) {
        this.signaux = signaux;
        this.depot = depot;
        this.delaiAbandon = delaiAbandon;
        this.intervalleSauvegarde = intervalleSauvegarde;
        // host and port: two instances on one machine must not take each other's scenarios for their own
        this.instance = instance.orElseGet(() -> nomDeLaMachine() + ":" + port);
    }

    /** This instance's name in the store. */
    public String instance() {
        return instance;
    }

    /**
     * This instance, solving scenarios, says it is alive, so that no other instance takes them for abandoned.
     *
     * @throws StoreUnavailableException when it cannot be written
     */
    public void signalerVie() {
        signaux.ecrire(cleDeVie(instance), instance);
    }

    /** The signal by which an instance says it is alive. */
    public static String cleDeVie(String instance) {
        return VIE + instance;
    }

    /**
     * @return when that instance last said it was alive, empty if it never did
     * @throws StoreUnavailableException when the store cannot be read
     */
    public Optional<Instant> derniereVie(String autreInstance) {
        return signaux.lire(cleDeVie(autreInstance));
    }

    /**
     * Asks the instance solving this scenario, another one, to stop it, and waits a while for that instance, which
     * reads the request at its next periodic write, to store its best result.
     *
     * @return the scenario as stored at the end of the wait (still EN_COURS if that instance has not stored it yet)
     * @throws StoreUnavailableException when the request cannot be written
     */
    public Optional<ScenarioEnregistre> arreterAilleurs(String id) {
        signaux.ecrire(ARRET + id, instance);
        long limite = System.nanoTime() + intervalleSauvegarde.multipliedBy(3).plusSeconds(30).toNanos();
        Optional<ScenarioEnregistre> etat = depot.find(id);
        while (etat.isPresent() && etat.get().avancement().statut() == Statut.EN_COURS && System.nanoTime() < limite) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            etat = depot.find(id);
        }
        return etat;
    }

    /**
     * @return whether a stop of this scenario was asked through any instance
     * @throws StoreUnavailableException when the store cannot be read
     */
    public boolean arretDemande(String id) {
        return signaux.lire(ARRET + id).isPresent();
    }

    /** Forgets the stop request of an ended scenario (best effort: a leftover one is harmless). */
    public void oublierArret(String id) {
        try {
            signaux.effacer(ARRET + id);
        } catch (StoreUnavailableException e) {
            LOG.debugf(e, "Stop request of scenario %s left in the store", id);
        }
    }

    /**
     * Why a scenario stored as being solved, that this process does not solve, is solved by nobody any more:
     * it is this instance's own (cut by a restart), or another instance's that has said nothing for
     * {@code delaiAbandon} (gone for good). Empty when another instance may still be solving it.
     */
    public Optional<String> motifDAbandon(ScenarioEnregistre etat) {
        if (instance.equals(etat.instance())) {
            return Optional.of("Résolution interrompue par l'arrêt du service : meilleur résultat enregistré conservé.");
        }
        if (abandonnee(etat.instance())) {
            return Optional.of("Résolution interrompue : l'instance qui la résolvait (" + etat.instance() + ") ne donne plus signe de vie depuis plus de "
                    + delaiAbandon.toSeconds() + " s ; meilleur résultat enregistré conservé.");
        }
        return Optional.empty();
    }

    private boolean abandonnee(String autreInstance) {
        Instant limite = Instant.now().minus(delaiAbandon);
        return derniereVie(autreInstance).map(vie -> vie.isBefore(limite)).orElse(true);
    }

    private static String nomDeLaMachine() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "enmr";
        }
    }
}
