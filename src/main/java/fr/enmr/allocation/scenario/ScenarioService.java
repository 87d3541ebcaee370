package fr.enmr.allocation.scenario;

import fr.enmr.allocation.candidats.SourceCandidats;
import fr.enmr.allocation.candidats.CandidatScenario;
import fr.enmr.allocation.candidats.DoublonPresume;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;


import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.github.f4b6a3.ulid.UlidCreator;

import fr.enmr.allocation.candidats.CandidatsCsv;
import fr.enmr.allocation.candidats.CandidatsDesDecisions;
import fr.enmr.problem.SaisieInvalideException;
import fr.enmr.problem.Violation;
import fr.enmr.moteur.Moteurs;
import fr.enmr.store.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The ministry's allocation scenarios: checks a scenario (its imposed choices included) and hands it
 * to {@link ResolutionsEnCours}, which stores it and solves it in the background; reads, lists,
 * stops, renames, deletes and explains stored scenarios.
 */
@ApplicationScoped
public class ScenarioService {

    private final ScenarioRepository depot;
    private final ResolutionsEnCours resolutions;
    private final CandidatsDesDecisions decisions;
    private final Explications explications;
    private final CoordinationInstances coordination;
    private final int dureeParDefaut;
    /** The rules in force: their region codes are the ones a scenario may name. */
    private final Moteurs moteurs;

    @Inject
    public ScenarioService(ScenarioRepository depot, ResolutionsEnCours resolutions, CandidatsDesDecisions decisions,
            Explications explications, CoordinationInstances coordination, Moteurs moteurs,
            @ConfigProperty(name = "quarkus.optaplanner.solver.termination.spent-limit", defaultValue = "30s") Duration dureeParDefaut) {
        this.depot = depot;
        this.resolutions = resolutions;
        this.decisions = decisions;
        this.explications = explications;
        this.coordination = coordination;
        this.moteurs = moteurs;
        this.dureeParDefaut = (int) Math.max(1, dureeParDefaut.toSeconds());
    }

    /** A JSON request: candidates inline or from the stored decisions of a campaign. */
    public ScenarioEnregistre creer(DemandeScenario demande) {
        return creer(demande, nouvelIdentifiant());
    }

    /** The same, under an id reserved beforehand (an idempotent submission's). */
    public ScenarioEnregistre creer(DemandeScenario demande, String id) {
        List<Violation> violations = ValidationScenario.demande(demande, regionsEnVigueur());
        if (!violations.isEmpty()) {
            throw new SaisieInvalideException(violations);
        }
        if (demande.source() != null) {
            CandidatsDesDecisions.Extraction extraction = decisions.extraire(demande.source());
            List<CandidatScenario> candidats = extraction.candidats();
            if (candidats.isEmpty()) {
                throw new SaisieInvalideException(List.of(new Violation("source.campagne",
                        "aucune décision enregistrée pour la campagne " + demande.source().campagne())));
            }
            return lancer(id, demande.nom(), demande.parametres(), candidats, extraction.origine(), extraction.doublonsPresumes(), demande.source());
        }
        return lancer(id, demande.nom(), demande.parametres(), demande.candidats(), "liste fournie", List.of(), null);
    }

    /** A CSV upload: candidates as CSV lines, name and parameters from the query string. */
    public ScenarioEnregistre creerDepuisCsv(String csv, String nom, ParametresScenario parametres) {
        return creerDepuisCsv(csv, nom, parametres, nouvelIdentifiant());
    }

    /** The same, under an id reserved beforehand (an idempotent submission's). */
    public ScenarioEnregistre creerDepuisCsv(String csv, String nom, ParametresScenario parametres, String id) {
        List<Violation> violations = new ArrayList<>(ValidationScenario.nomEtParametres(nom, parametres, regionsEnVigueur()));
        List<CandidatScenario> candidats = List.of();
        try {
            candidats = CandidatsCsv.lire(csv, regionsEnVigueur());
            violations.addAll(ValidationScenario.candidats(candidats, regionsEnVigueur()));
        } catch (SaisieInvalideException e) {
            violations.addAll(e.violations());
        }
        if (!violations.isEmpty()) {
            throw new SaisieInvalideException(violations);
        }
        return lancer(id, nom, parametres, candidats, "fichier CSV", List.of(), null);
    }

    private static String nouvelIdentifiant() {
        return UlidCreator.getMonotonicUlid().toString();
    }

    /** Complete parameters and candidates, the imposed choices checked against them, then stored and solved. */
    private ScenarioEnregistre lancer(String id, String nom, ParametresScenario demandes, List<CandidatScenario> candidats, String origine,
            List<DoublonPresume> doublonsPresumes, SourceCandidats source) {
        ParametresScenario parametres = (demandes == null ? ParametresScenario.AUCUN : demandes).avecDefauts(dureeParDefaut);
        List<CandidatScenario> complets = candidats.stream().map(CandidatScenario::complet).toList();
        List<Violation> impossibles = ValidationScenario.imposesPossibles(parametres, complets);
        if (!impossibles.isEmpty()) {
            throw new SaisieInvalideException(impossibles); // nothing stored, nothing solved
        }
        Instant maintenant = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Scenario scenario = new Scenario(id, nom == null ? "Scénario du " + maintenant : nom, maintenant, origine, parametres,
                complets, doublonsPresumes, source);
        ScenarioEnregistre initial = new ScenarioEnregistre(scenario, Avancement.debut(), coordination.instance());
        resolutions.lancer(initial);
        return initial;
    }

    /** The scenario as it stands: live while this process solves it, else from the store. */
    public Optional<ScenarioEnregistre> lire(String id) {
        return resolutions.lire(id);
    }

    /** The stored scenarios, newest first (as last written: a scenario being solved is written every few seconds). */
    public Page<ResumeScenario> lister(Statut statut, int page, int taille) {
        return depot.lister(statut, page, taille);
    }

    /**
     * Stops solving and keeps the best result (ARRETE); a scenario already ended stays as it is.
     * Any instance may be asked: when another one solves the scenario, the request goes through the
     * store and this waits a while for that instance to store the stopped result (still EN_COURS if not).
     */
    public Optional<ScenarioEnregistre> arreter(String id) {
        return resolutions.arreter(id);
    }

    /**
     * Renames a stored scenario that nobody solves any more (the only change a scenario takes once created).
     *
     * @return the renamed scenario, empty if there is none under this id
     * @throws SaisieInvalideException when the name is missing, blank or too long
     * @throws ScenarioEnCoursException while it is being solved (here or by another instance)
     */
    public Optional<ScenarioEnregistre> renommer(String id, String nom) {
        List<Violation> violations = ValidationScenario.nouveauNom(nom);
        if (!violations.isEmpty()) {
            throw new SaisieInvalideException(violations);
        }
        return termine(id, "renommé").map(etat -> {
            ScenarioEnregistre renomme = etat.renomme(nom.strip());
            depot.save(renomme);
            return renomme;
        });
    }

    /**
     * Deletes a stored scenario that nobody solves any more, for every instance: the scenario and any stop request left for it.
     *
     * @param avant  done once the scenario is known to be deletable, before anything is removed (if it fails, nothing is)
     * @return whether there was one under this id
     * @throws ScenarioEnCoursException while it is being solved (here or by another instance)
     */
    public boolean supprimer(String id, Runnable avant) {
        if (termine(id, "supprimé").isEmpty()) {
            return false;
        }
        avant.run();
        depot.remove(id);
        coordination.oublierArret(id);
        return true;
    }

    /** The scenario as it stands, provided no instance is solving or still writing it (an orphan is read as stopped first). */
    private Optional<ScenarioEnregistre> termine(String id, String action) {
        Optional<ScenarioEnregistre> etat = lire(id);
        if (resolutions.resout(id) || etat.filter(e -> e.avancement().statut() == Statut.EN_COURS).isPresent()) {
            throw new ScenarioEnCoursException(id, action);
        }
        return etat;
    }

    public Optional<ExplicationCandidat> expliquer(ScenarioEnregistre etat, String reference) {
        return explications.expliquer(etat.scenario(), etat.avancement().retenus(), reference);
    }

    public List<ExplicationCandidat> expliquerTous(ScenarioEnregistre etat) {
        return explications.expliquerTous(etat.scenario(), etat.avancement().retenus());
    }

    private List<String> regionsEnVigueur() {
        return moteurs.actif().vocabulaire().regions();
    }
}
