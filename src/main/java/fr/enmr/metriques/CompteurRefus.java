package fr.enmr.metriques;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import fr.enmr.problem.Probleme;
import fr.enmr.problem.ProblemeTitre;
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
            Object corps = reponse.getEntity();
            String motif = corps instanceof Probleme probleme ? probleme.title() : corps instanceof ProblemeTitre autre ? autre.title() : null;
            metriques.refus(statut, motif == null ? "autre" : motif);
        }
    }
}
