package fr.enmr.allocation.adoption;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.github.f4b6a3.ulid.UlidCreator;

import fr.enmr.allocation.scenario.ScenarioEnregistre;
import fr.enmr.allocation.scenario.ScenarioService;
import fr.enmr.allocation.scenario.Statut;
import fr.enmr.moteur.Moteurs;
import fr.enmr.problem.SaisieInvalideException;
import fr.enmr.problem.Violation;
import fr.enmr.store.AdoptionsEnCache;
import fr.enmr.store.StoredAdoption;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The ministry adopts a finished scenario for a campaign: one in force per campaign, the others kept as its history.
 * Everything is in the store (AdoptionsEnCache), nothing in this instance: the campaign's pointer moves by a
 * compare-and-set, so of two adoptions made at once through two instances each replaces what it read, or is retried.
 */
@ApplicationScoped
public class Adoptions {

    private static final int ESSAIS = 5;
    private static final int MOTIF_MAX = 1_000;

    private final AdoptionsEnCache store;
    private final ScenarioService scenarios;
    private final Moteurs moteurs;

    @Inject
    public Adoptions(AdoptionsEnCache store, ScenarioService scenarios, Moteurs moteurs) {
        this.store = store;
        this.scenarios = scenarios;
        this.moteurs = moteurs;
    }

    /** An adoption made: the scenario adopted, its adoption, and the scenario it replaced (null for a first). */
    public record Resultat(ScenarioEnregistre scenario, Adoption adoption, String remplace) {
    }

    /**
     * Adopts a scenario for its campaign, replacing the one in force. Adopting the scenario in force again changes nothing.
     *
     * @return empty when there is no scenario under this id
     * @throws SaisieInvalideException  naming {@code motif} or {@code campagne}
     * @throws AdoptionConflitException when the scenario is not finished, or other adoptions kept replacing the one read
     */
    public Optional<Resultat> adopter(String id, DemandeAdoption demande, String par) {
        Optional<ScenarioEnregistre> trouve = scenarios.lire(id);
        if (trouve.isEmpty()) {
            return Optional.empty();
        }
        ScenarioEnregistre etat = trouve.get();
        String campagne = verifier(etat, demande);
        if (etat.avancement().statut() != Statut.TERMINE) {
            throw new AdoptionConflitException("Scénario non terminé", "Le scénario « " + id + " » est " + libelle(etat.avancement().statut())
                    + " : seul un scénario dont le calcul est terminé (TERMINE) peut être adopté. Rien n'a changé.");
        }
        for (int essai = 0; essai < ESSAIS; essai++) {
            Optional<StoredAdoption> courante = store.courante(campagne);
            if (courante.isPresent() && courante.get().scenario().equals(id)) {
                return Optional.of(new Resultat(etat, Adoption.de(courante.get(), true, null), courante.get().remplace()));
            }
            // strictly after the one it replaces, whatever the instances' clocks: the history's order is the order of adoption
            long le = Math.max(Instant.now().truncatedTo(ChronoUnit.MILLIS).toEpochMilli(), courante.map(c -> c.le() + 1).orElse(0L));
            String remplace = courante.map(StoredAdoption::scenario).orElse(null);
            StoredAdoption nouvelle = new StoredAdoption(StoredAdoption.cleCourante(campagne), StoredAdoption.COURANTE,
                    UlidCreator.getMonotonicUlid().toString(), id, campagne, le, par, demande.motif().strip(), remplace);
            if (courante.isEmpty() ? store.poser(nouvelle) : store.remplacer(courante.get(), nouvelle)) {
                // the history after the pointer: the pointer is the truth; the replaced act is written again, in case
                // its own history entry was lost (an instance stopped between its pointer and its history)
                courante.ifPresent(c -> store.historiser(c.commeActe()));
                store.historiser(nouvelle.commeActe());
                return Optional.of(new Resultat(etat, Adoption.de(nouvelle, true, null), remplace));
            }
        }
        throw new AdoptionConflitException("Adoptions simultanées", "D'autres adoptions pour la campagne " + campagne
                + " ont eu lieu pendant celle-ci : le scénario « " + id + " » n'a pas été adopté. Relisez la sélection en vigueur, puis recommencez.");
    }

    /** The adoption of a scenario (its latest, if adopted more than once), empty if never adopted. */
    public Optional<Adoption> de(String scenario) {
        List<StoredAdoption> actes = store.deScenario(scenario);
        if (actes.isEmpty()) {
            return Optional.empty();
        }
        StoredAdoption derniere = actes.get(0);
        Optional<StoredAdoption> courante = store.courante(derniere.campagne());
        if (courante.isPresent() && courante.get().acte().equals(derniere.acte())) {
            return Optional.of(Adoption.de(courante.get(), true, null));
        }
        String remplaceePar = historique(derniere.campagne()).stream().filter(a -> a.le().toEpochMilli() > derniere.le())
                .min(Comparator.comparing(Adoption::le)).map(Adoption::scenario).orElse(null);
        return Optional.of(Adoption.de(derniere, false, remplaceePar));
    }

    /** The campaign's adoption in force, empty before the first. */
    public Optional<Adoption> courante(String campagne) {
        return store.courante(campagne).map(c -> Adoption.de(c, true, null));
    }

    /** Every adoption of the campaign, the one in force first, then the older ones, newest first. */
    public List<Adoption> historique(String campagne) {
        Optional<StoredAdoption> courante = store.courante(campagne);
        List<StoredAdoption> actes = new ArrayList<>(store.historique(campagne));
        courante.filter(c -> actes.stream().noneMatch(a -> a.acte().equals(c.acte()))).ifPresent(c -> actes.add(0, c.commeActe()));
        actes.sort(Comparator.comparingLong(StoredAdoption::le).reversed());
        List<Adoption> vues = new ArrayList<>();
        String suivante = null;
        for (StoredAdoption acte : actes) {
            boolean enVigueur = courante.isPresent() && courante.get().acte().equals(acte.acte());
            vues.add(Adoption.de(acte, enVigueur, enVigueur ? null : suivante));
            suivante = acte.scenario();
        }
        return vues;
    }

    /**
     * Refuses a change to an adopted scenario: it is what the ministry notified.
     *
     * @param action what would be done, in French (« renommé », « supprimé », « arrêté »)
     * @throws AdoptionConflitException when the scenario was ever adopted
     */
    public void verifierModifiable(String id, String action) {
        Optional<Adoption> adoption = de(id);
        if (adoption.isPresent()) {
            throw AdoptionConflitException.fige(id, action, adoption.get());
        }
    }

    /** @return the campaign it is adopted for */
    private String verifier(ScenarioEnregistre etat, DemandeAdoption demande) {
        List<Violation> violations = new ArrayList<>();
        if (demande == null || demande.motif() == null || demande.motif().isBlank()) {
            violations.add(new Violation("motif", "champ obligatoire : pourquoi le ministère adopte ce scénario"));
        } else if (demande.motif().strip().length() > MOTIF_MAX) {
            violations.add(new Violation("motif", "au plus " + MOTIF_MAX + " caractères"));
        }
        String demandee = demande == null ? null : demande.campagne();
        String deLaSource = etat.scenario().source() == null ? null : etat.scenario().source().campagne();
        List<String> campagnes = moteurs.actif().campagnes();
        if (demandee != null && !campagnes.contains(demandee)) {
            violations.add(new Violation("campagne", "campagne inconnue : " + String.join(", ", campagnes) + " attendue"));
        } else if (demandee != null && deLaSource != null && !demandee.equals(deLaSource)) {
            violations.add(new Violation("campagne", "les candidats de ce scénario sont ceux de la campagne " + deLaSource
                    + " : il ne peut être adopté que pour elle"));
        } else if (demandee == null && deLaSource == null) {
            violations.add(new Violation("campagne", "champ obligatoire pour un scénario aux candidats fournis (liste ou CSV) :"
                    + " la campagne pour laquelle il est adopté"));
        }
        if (!violations.isEmpty()) {
            throw new SaisieInvalideException(violations);
        }
        return deLaSource != null ? deLaSource : demandee;
    }

    private static String libelle(Statut statut) {
        return switch (statut) {
            case EN_COURS -> "en cours de résolution";
            case ARRETE -> "arrêté avant la fin de son calcul (ARRETE)";
            case ECHEC -> "en échec (ECHEC)";
            case TERMINE -> "terminé";
        };
    }
}
