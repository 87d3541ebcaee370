package fr.enmr.moteur;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import fr.enmr.moteur.dmn.ModeleEnmr;
import fr.enmr.dossier.LecteurDossier;
import fr.enmr.problem.SaisieInvalideException;
import fr.enmr.store.DecisionStore;
import fr.enmr.store.Page;
import fr.enmr.store.RechercheDecisions;
import fr.enmr.store.StoredDecision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Before a version compiled to Java at run time decides, its compiled model and KIE decide the dossiers of the latest
 * stored decisions: one verdict that differs (or a store that cannot be read) and the version decides with KIE alone,
 * the reference. The build-time model of the packaged rules is checked by the test suite instead.
 */
@ApplicationScoped
public class VerificationCompile {

    private static final Logger LOG = Logger.getLogger(VerificationCompile.class);
    private static final int PAGE = 100;

    private final DecisionStore decisions;
    private final LecteurDossier lecteur;
    private final int dossiers;

    @Inject
    public VerificationCompile(DecisionStore decisions, LecteurDossier lecteur,
            @ConfigProperty(name = "enmr.regles.verification-compile.dossiers", defaultValue = "1000") int dossiers) {
        this.decisions = decisions;
        this.lecteur = lecteur;
        this.dossiers = dossiers;
    }

    /** The engine itself if its compiled model decides the latest stored dossiers as KIE does; KIE alone otherwise. */
    MoteurCompile verifier(MoteurCompile moteur) {
        if (!ModeleEnmr.MOTEUR_COMPILE.equals(moteur.moteur())) {
            return moteur;
        }
        List<String> dossiersJson;
        try {
            dossiersJson = derniersDossiers();
        } catch (RuntimeException illisible) {
            LOG.warnf("Rules sha256:%s decide with KIE: the stored dossiers to check the compiled model on cannot be read (%s)",
                    moteur.empreinte(), illisible.getMessage());
            return moteur.kieSeul(true);
        }
        return verifier(moteur, dossiersJson);
    }

    /** The same, on given dossiers (JSON as stored). */
    MoteurCompile verifier(MoteurCompile moteur, List<String> dossiersJson) {
        MoteurCompile kie = moteur.kieSeul(true);
        for (String json : dossiersJson) {
            Optional<String> ecart = ecart(moteur, kie, json);
            if (ecart.isPresent()) {
                LOG.warnf("Rules sha256:%s decide with KIE: their compiled model differs from KIE on a stored dossier (%s)",
                        moteur.empreinte(), ecart.get());
                return kie;
            }
        }
        LOG.infof("Rules sha256:%s decide compiled to Java: equal to KIE on the %d latest stored dossiers", moteur.empreinte(), dossiersJson.size());
        return moteur;
    }

    private Optional<String> ecart(MoteurCompile compile, MoteurCompile kie, String json) {
        LecteurDossier.Lecture lecture;
        try {
            lecture = lecteur.lire(json);
        } catch (RuntimeException illisible) {
            return Optional.empty(); // a dossier these rules cannot read says nothing of the compiled model
        }
        Object attendu = issue(kie, lecture);
        Object obtenu = issue(compile, lecture);
        return Objects.equals(attendu, obtenu) ? Optional.empty()
                : Optional.of((lecture.dossier() == null ? "?" : lecture.dossier().reference()) + ": KIE " + attendu + ", compiled " + obtenu);
    }

    /** The verdict, or the kind of refusal: both engines must refuse the same dossiers the same way. */
    private static Object issue(MoteurCompile moteur, LecteurDossier.Lecture lecture) {
        try {
            Verdict verdict = moteur.juger(lecture);
            return verdict;
        } catch (SaisieInvalideException refus) {
            return refus.violations();
        } catch (RuntimeException echec) {
            return echec.getClass().getName();
        }
    }

    private List<String> derniersDossiers() {
        List<String> json = new ArrayList<>();
        RechercheDecisions toutes = new RechercheDecisions(null, null, null, null);
        for (int page = 0; json.size() < dossiers; page++) {
            Page<StoredDecision> lues = decisions.search(toutes, page, PAGE);
            lues.elements().forEach(d -> json.add(d.dossierJson()));
            if (lues.elements().size() < PAGE) {
                break;
            }
        }
        return json.size() > dossiers ? json.subList(0, dossiers) : json;
    }
}
