package fr.enmr.decision;

import fr.enmr.dossier.echantillon.Codes;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.enmr.dossier.Dossier;
import fr.enmr.dossier.echantillon.Echantillons;
import fr.enmr.dossier.echantillon.GenerateurDossiers;
import fr.enmr.store.DecisionStore;
import fr.enmr.store.Signaux;
import fr.enmr.store.StoreUnavailableException;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * On a fresh store, decides the sample dossiers (the 9 Bretagne sites of config/echantillons and a
 * seeded set of generated ENMR_2014 dossiers) so that a new installation has decisions to look at.
 */
@ApplicationScoped
public class EchantillonsAuDemarrage {

    private static final Logger LOG = Logger.getLogger(EchantillonsAuDemarrage.class);

    void onStart(@Observes StartupEvent event, DecisionStore store, Signaux signaux, DecisionService service, ObjectMapper json,
            @ConfigProperty(name = "enmr.echantillons.charger", defaultValue = "false") boolean charger,
            @ConfigProperty(name = "enmr.echantillons.generes", defaultValue = "200") int generes,
            @ConfigProperty(name = "enmr.echantillons.graine", defaultValue = "2014") long graine) {
        if (!charger) {
            return;
        }
        try {
            // instances starting together on one empty remote store: only the first to reserve loads the samples
            if (store.count() > 0 || !signaux.reserver("echantillons", "chargement au démarrage")) {
                return;
            }
            List<Dossier> dossiers = new ArrayList<>(Echantillons.bretagnePremiereVague(json));
            dossiers.addAll(new GenerateurDossiers().generer(graine, generes, Codes.Campagne.ENMR_2014));
            dossiers.forEach(dossier -> service.decider(dossier, Auteur.ECHANTILLONS));
            LOG.infof("Sample data: %d decisions stored (9 Bretagne sites, %d generated with seed %d)", dossiers.size(), generes, graine);
        } catch (StoreUnavailableException e) {
            // a remote store down at start-up: the service still starts and recovers when the server is back
            LOG.warn("Sample data not loaded: the store is unavailable", e);
        }
    }
}
