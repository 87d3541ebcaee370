package fr.enmr.metriques;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import fr.enmr.problem.Probleme;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;

/** Counts every 4xx the API and pages answer, by status and by the problem's title (enmr_refus_total). */
public class CompteurRefus {

    @Inject
    Metriques metriques;

    @ServerResponseFilter
    public void compter(ContainerResponseContext reponse) {
        int statut = reponse.getStatus();
        if (statut >= 400 && statut < 500) {
            metriques.refus(statut, reponse.getEntity() instanceof Probleme probleme ? probleme.title() : "autre");
        }
    }
}
