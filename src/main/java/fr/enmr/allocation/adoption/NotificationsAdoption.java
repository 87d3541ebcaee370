package fr.enmr.allocation.adoption;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.enmr.allocation.domain.Centimes;
import fr.enmr.allocation.scenario.Imposes;
import fr.enmr.allocation.scenario.ScenarioEnregistre;
import fr.enmr.allocation.scenario.ScenarioService;
import fr.enmr.dossier.LibellesDesCodes;
import fr.enmr.impression.EcrivainPdf;
import fr.enmr.moteur.Moteurs;
import fr.enmr.problem.Probleme;
import fr.enmr.problem.SaisieInvalideException;
import fr.enmr.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The letter the ministry sends an ARS once a scenario is adopted: the campaign, the adoption's date and reason, the
 * region's retained teams with their amount (and the ministry's reason when it imposed one) and its teams not retained
 * with the reason of each, as a PDF
 * (template {@code impression/notification.html}).
 */
@ApplicationScoped
public class NotificationsAdoption {

    static final String GABARIT = "impression/notification.html";

    private final Adoptions adoptions;
    private final SelectionsAdoptees selections;
    private final ScenarioService scenarios;
    private final EcrivainPdf ecrivain;
    private final Moteurs moteurs;

    @Inject
    public NotificationsAdoption(Adoptions adoptions, SelectionsAdoptees selections, ScenarioService scenarios, EcrivainPdf ecrivain,
            Moteurs moteurs) {
        this.adoptions = adoptions;
        this.selections = selections;
        this.scenarios = scenarios;
        this.ecrivain = ecrivain;
        this.moteurs = moteurs;
    }

    /**
     * @return the PDF, empty when there is no scenario under this id
     * @throws SaisieInvalideException  naming {@code region} when it is missing or unknown
     * @throws AdoptionConflitException when the scenario was never adopted
     */
    public Optional<byte[]> pdf(String id, String region) {
        List<String> regions = moteurs.actif().vocabulaire().regions();
        if (region == null || region.isBlank()) {
            throw new SaisieInvalideException(List.of(new Violation("region", "paramètre obligatoire : la région de l'ARS à notifier")));
        }
        if (!regions.contains(region)) {
            throw new SaisieInvalideException(List.of(new Violation("region", "région inconnue des règles en vigueur")));
        }
        Optional<ScenarioEnregistre> trouve = scenarios.lire(id);
        if (trouve.isEmpty()) {
            return Optional.empty();
        }
        Adoption adoption = adoptions.de(id).orElseThrow(() -> new AdoptionConflitException("Scénario non adopté", "Le scénario "
                + Probleme.cite(id) + " n'a pas été adopté : il n'y a rien à notifier. Adoptez-le d'abord (POST /api/scenarios/" + id + "/adoption)."));
        return Optional.of(ecrivain.pdf(GABARIT, donnees(trouve.get(), adoption, selections.region(trouve.get(), region))));
    }

    private static Map<String, Object> donnees(ScenarioEnregistre etat, Adoption adoption, SelectionAdoptee.Region region) {
        Map<String, Object> donnees = new HashMap<>();
        donnees.put("campagne", adoption.campagne());
        donnees.put("region", LibellesDesCodes.region(region.region()));
        donnees.put("adopteLe", Textes.date(adoption.le()));
        donnees.put("motif", adoption.motif());
        donnees.put("scenarioNom", etat.scenario().nom());
        donnees.put("scenarioId", etat.id());
        donnees.put("remplaceePar", adoption.remplaceePar() == null ? "" : adoption.remplaceePar());
        Imposes imposes = etat.scenario().parametres().choixImposes();
        donnees.put("retenus", region.retenus().stream().map(e -> Map.of("nom", nom(e.nom()), "reference", e.reference(),
                "montant", euros(e.cout()), "impose", impose(imposes, e.reference()))).toList());
        donnees.put("nonRetenus", region.nonRetenus().stream()
                .map(e -> Map.of("nom", nom(e.nom()), "reference", e.reference(), "raison", e.raison())).toList());
        donnees.put("nombreRetenus", region.retenus().size());
        donnees.put("nombreNonRetenus", region.nonRetenus().size());
        donnees.put("total", euros(region.cout()));
        return donnees;
    }

    /**
     * Why the ministry forced this retained team in, empty when it did not: the ARS must know that the choice was the
     * ministry's, not the scenario's (a team forced out says so in its reason, from its explanation).
     */
    private static String impose(Imposes imposes, String reference) {
        return imposes.retenu(reference).map(Textes::impose).orElse("");
    }

    private static String nom(String nom) {
        return nom == null || nom.isBlank() ? "—" : nom;
    }

    private static String euros(BigDecimal montant) {
        return Centimes.texte(Centimes.depuisEuros(montant));
    }
}
