package fr.enmr.allocation.scenario;

import fr.enmr.allocation.candidats.CandidatScenario;
import fr.enmr.dossier.LibellesDesCodes;
import static fr.enmr.allocation.solver.AllocationConstraintProvider.MINIMUM_REGIONAL;
import static fr.enmr.allocation.solver.AllocationConstraintProvider.VALEUR;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.solver.SolutionManager;

import fr.enmr.allocation.domain.Allocation;
import fr.enmr.allocation.domain.Candidat;
import fr.enmr.allocation.domain.Centimes;
import fr.enmr.allocation.domain.Nombres;
import fr.enmr.allocation.domain.Valeur;
import fr.enmr.allocation.solver.justifications.Justification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Explains one candidate from OptaPlanner's score explanation: the constraints it takes part in,
 * and what-ifs scored by the same constraints: adding it (which rule keeps it out), removing it,
 * and exchanging it with the weakest retained team of its region and of the country (the marginal
 * trade-off, compared by value per euro).
 */
@ApplicationScoped
public class Explications {

    /** The name under which an imposed choice shows among a candidate's constraints. */
    public static final String CHOIX_IMPOSE = "Choix imposé";

    private final SolutionManager<Allocation, HardMediumSoftLongScore> solutions;

    @Inject
    public Explications(SolutionManager<Allocation, HardMediumSoftLongScore> solutions) {
        this.solutions = solutions;
    }

    public Optional<ExplicationCandidat> expliquer(Scenario scenario, List<String> retenus, String reference) {
        Optional<CandidatScenario> trouve = scenario.candidats().stream().filter(c -> c.reference().equals(reference)).findFirst();
        return trouve.map(candidat -> expliquer(scenario, analyser(scenario, new HashSet<>(retenus)), candidat));
    }

    /** Every candidate of the scenario, in its order, from one analysis of the selection. */
    public List<ExplicationCandidat> expliquerTous(Scenario scenario, List<String> retenus) {
        Analyse base = analyser(scenario, new HashSet<>(retenus));
        return scenario.candidats().stream().map(candidat -> expliquer(scenario, base, candidat)).toList();
    }

    private ExplicationCandidat expliquer(Scenario scenario, Analyse base, CandidatScenario candidat) {
        ParametresScenario p = scenario.parametres();
        BigDecimal valeur = Nombres.simplifie(Valeur.ponderee(candidat.patienteleRetenue(), candidat.zoneFragile(), candidat.rangArs(),
                p.poidsZoneFragile(), p.poidsPremierRang()));
        boolean retenu = base.selection().contains(candidat.reference());
        List<ExplicationCandidat.Contrainte> contraintes = new ArrayList<>();
        Imposes imposes = p.choixImposes();
        Optional<Imposes.Choix> choix = imposes.choix(candidat.reference());
        String explication;
        if (choix.isPresent() && imposes.retient(choix.get())) {
            contraintes.add(new ExplicationCandidat.Contrainte(CHOIX_IMPOSE, "retenu par le ministère : " + choix.get().motif()));
            explication = pourquoiRetenu(scenario, base, candidat, valeur, contraintes)
                    .replaceFirst("^Retenu\\. ", "Retenu : " + quoteReplacement(choix.get().imposeParLeMinistere()) + ". ");
        } else if (choix.isPresent()) {
            contraintes.add(new ExplicationCandidat.Contrainte(CHOIX_IMPOSE, "exclu par le ministère : " + choix.get().motif()));
            explication = pourquoiExclu(scenario, base, candidat, valeur, choix.get(), contraintes);
        } else {
            explication = retenu ? pourquoiRetenu(scenario, base, candidat, valeur, contraintes)
                    : pourquoiPasRetenu(scenario, base, candidat, valeur, contraintes);
        }
        String doublon = scenario.doublonDe(candidat.reference()).map(d -> d.pour(candidat.reference())).orElse(null);
        return new ExplicationCandidat(candidat.reference(), candidat.nom(), candidat.region(), retenu, candidat.eligible(),
                candidat.cout(), candidat.patienteleRetenue(), candidat.zoneFragile(), candidat.rangArs(),
                valeur, Textes.parMilleEuros(valeur, candidat.cout()),
                doublon == null ? explication : explication + " " + doublon, contraintes, doublon,
                choix.map(c -> new ExplicationCandidat.ChoixImpose(imposes.retient(c) ? "retenu" : "exclu", c.motif()))
                        .orElse(null));
    }

    /** Forced out by the ministry: its reason, then what retaining it would have done, scored by the constraints. */
    private String pourquoiExclu(Scenario scenario, Analyse base, CandidatScenario candidat, BigDecimal valeur, Imposes.Choix exclusion,
            List<ExplicationCandidat.Contrainte> contraintes) {
        Set<String> avec = new HashSet<>(base.selection());
        avec.add(candidat.reference());
        Map<String, HardMediumSoftLongScore> ecarts = EcartsDeScore.ecarts(base.scores(), parContrainte(scenario, avec));
        ecarts.forEach((nom, ecart) -> contraintes.add(new ExplicationCandidat.Contrainte(nom, "l'ajouter : " + EcartsDeScore.effet(nom, ecart))));
        List<String> obstacles = ecarts.entrySet().stream().filter(e -> e.getValue().hardScore() < 0)
                .map(e -> EcartsDeScore.effet(e.getKey(), e.getValue())).toList();
        return "Non retenu : " + exclusion.excluParLeMinistere() + ". " + valeurEtCout(candidat, valeur, scenario.parametres()) + ". "
                + (obstacles.isEmpty() ? "Sans cette exclusion, l'ajouter tiendrait dans les places et l'enveloppe."
                        : "Sans cette exclusion, l'ajouter sans retirer personne serait impossible : " + String.join(" ; ", obstacles) + ".");
    }

    private static String quoteReplacement(String texte) {
        return java.util.regex.Matcher.quoteReplacement(texte);
    }

    /** The selection as OptaPlanner's score explanation sees it: each constraint's score, and the matches held against each team. */
    private record Analyse(Set<String> selection, Map<String, HardMediumSoftLongScore> scores,
            Map<String, List<ConstraintMatch<HardMediumSoftLongScore>>> parCandidat) {
    }

    private Analyse analyser(Scenario scenario, Set<String> selection) {
        ScoreExplanation<Allocation, HardMediumSoftLongScore> explication =
                solutions.explain(ProblemeAllocation.decidee(scenario.parametres(), scenario.candidats(), selection));
        Map<String, List<ConstraintMatch<HardMediumSoftLongScore>>> parCandidat = new HashMap<>();
        explication.getIndictmentMap().forEach((objet, indictment) -> {
            if (objet instanceof Candidat candidat) {
                parCandidat.put(candidat.getReference(), indictment.getConstraintMatchSet().stream().sorted().toList());
            }
        });
        return new Analyse(selection, EcartsDeScore.scores(explication), parCandidat);
    }

    private String pourquoiRetenu(Scenario scenario, Analyse base, CandidatScenario candidat, BigDecimal valeur,
            List<ExplicationCandidat.Contrainte> contraintes) {
        Set<String> selection = base.selection();
        for (ConstraintMatch<HardMediumSoftLongScore> match : base.parCandidat().getOrDefault(candidat.reference(), List.of())) {
            contraintes.add(new ExplicationCandidat.Contrainte(match.getConstraintName(), match.getJustification() instanceof Justification j
                    ? j.description() + " (" + match.getScore().toShortString() + ")" : match.getScore().toShortString()));
        }
        Set<String> sans = new HashSet<>(selection);
        sans.remove(candidat.reference());
        Map<String, HardMediumSoftLongScore> ecarts = EcartsDeScore.ecarts(base.scores(), parContrainte(scenario, sans));
        ecarts.forEach((nom, ecart) -> {
            if (!nom.equals(VALEUR)) {
                contraintes.add(new ExplicationCandidat.Contrainte(nom, "le retirer : " + EcartsDeScore.effet(nom, ecart)));
            }
        });
        StringBuilder texte = new StringBuilder("Retenu. ").append(valeurEtCout(candidat, valeur, scenario.parametres())).append(". Le retirer libérerait ")
                .append(Centimes.texte(Centimes.depuisEuros(candidat.cout()))).append(" et une place, mais ferait perdre cette valeur");
        if (ecarts.getOrDefault(MINIMUM_REGIONAL, HardMediumSoftLongScore.ZERO).mediumScore() < 0) {
            texte.append(" et passer la région ").append(LibellesDesCodes.region(candidat.region())).append(" sous son minimum");
        }
        texte.append('.');
        meilleurRemplacant(scenario, selection, candidat).ifPresent(r -> texte.append(" Le plus précieux des candidats non retenus de la région qui tiendraient à sa place dans l'enveloppe, ")
                .append(r.reference()).append(", vaut ").append(Textes.nombre(valeurDe(r, scenario.parametres()))).append('.'));
        return texte.toString();
    }

    private String pourquoiPasRetenu(Scenario scenario, Analyse base, CandidatScenario candidat, BigDecimal valeur,
            List<ExplicationCandidat.Contrainte> contraintes) {
        Set<String> selection = base.selection();
        Set<String> avec = new HashSet<>(selection);
        avec.add(candidat.reference());
        Map<String, HardMediumSoftLongScore> ecarts = EcartsDeScore.ecarts(base.scores(), parContrainte(scenario, avec));
        ecarts.forEach((nom, ecart) -> contraintes.add(new ExplicationCandidat.Contrainte(nom, "l'ajouter : " + EcartsDeScore.effet(nom, ecart))));
        if (!candidat.eligible()) {
            return "Non retenu : ce candidat n'est pas éligible (" + LibellesDesCodes.de("Campagne", "ENMR_2014")
                    + ") ; seuls les candidats éligibles peuvent être retenus.";
        }
        List<String> obstacles = ecarts.entrySet().stream().filter(e -> e.getValue().hardScore() < 0)
                .map(e -> EcartsDeScore.effet(e.getKey(), e.getValue())).toList();
        StringBuilder texte = new StringBuilder("Non retenu. ").append(valeurEtCout(candidat, valeur, scenario.parametres())).append(". ");
        if (obstacles.isEmpty()) {
            texte.append("L'ajouter tiendrait dans les places et l'enveloppe : le solveur ne l'a pas retenu dans le temps imparti.");
        } else {
            texte.append("L'ajouter sans retirer personne est impossible : ").append(String.join(" ; ", obstacles)).append('.');
        }
        Optional<CandidatScenario> faibleRegion = plusFaibleRetenu(scenario, selection, candidat, true);
        Optional<CandidatScenario> faibleNational = plusFaibleRetenu(scenario, selection, candidat, false);
        faibleRegion.ifPresent(f -> texte.append(' ').append(arbitrage(scenario, base, candidat, f, "de sa région")));
        faibleNational.filter(f -> faibleRegion.isEmpty() || !f.equals(faibleRegion.get()))
                .ifPresent(f -> texte.append(' ').append(arbitrage(scenario, base, candidat, f, "au niveau national")));
        return texte.toString();
    }

    /** The exchange with the weakest retained team (by value per euro) and what it would cost, scored by the constraints. */
    private String arbitrage(Scenario scenario, Analyse base, CandidatScenario candidat, CandidatScenario faible, String ou) {
        ParametresScenario p = scenario.parametres();
        BigDecimal valeurFaible = valeurDe(faible, p);
        Set<String> echange = new HashSet<>(base.selection());
        echange.remove(faible.reference());
        echange.add(candidat.reference());
        Map<String, HardMediumSoftLongScore> ecarts = EcartsDeScore.ecarts(base.scores(), parContrainte(scenario, echange));
        HardMediumSoftLongScore total = ecarts.values().stream().reduce(HardMediumSoftLongScore.ZERO, HardMediumSoftLongScore::add);
        String texte = "Le retenu le plus faible " + ou + " en valeur par euro est " + faible.reference() + " ("
                + Textes.nombre(orZero(Textes.parMilleEuros(valeurFaible, faible.cout()))) + " par millier d'euros, contre "
                + Textes.nombre(orZero(Textes.parMilleEuros(valeurDe(candidat, p), candidat.cout()))) + ") ; l'échanger contre lui ";
        if (total.hardScore() < 0 || total.mediumScore() < 0) {
            List<String> effets = ecarts.entrySet().stream().filter(e -> e.getValue().hardScore() < 0 || e.getValue().mediumScore() < 0)
                    .map(e -> EcartsDeScore.effet(e.getKey(), e.getValue())).toList();
            return texte + (String.join(" et ", effets)) + ".";
        }
        long soft = total.softScore();
        return texte + (soft <= 0 ? "ferait perdre " + Textes.nombre(Valeur.depuisPoints(-soft)) + " de valeur."
                : "ferait gagner " + Textes.nombre(Valeur.depuisPoints(soft)) + " de valeur : le solveur ne l'a pas trouvé dans le temps imparti.");
    }

    private static BigDecimal orZero(BigDecimal valeur) {
        return valeur == null ? BigDecimal.ZERO : valeur;
    }

    private static String valeurEtCout(CandidatScenario c, BigDecimal valeur, ParametresScenario p) {
        StringBuilder texte = new StringBuilder("Valeur ").append(Textes.nombre(valeur)).append(" (patientèle retenue ")
                .append(Nombres.texte(c.patienteleRetenue()));
        if (c.zoneFragile()) {
            texte.append(" × ").append(Textes.nombre(p.poidsZoneFragile())).append(" zone fragile");
        }
        if (c.rangArs() == 1) {
            texte.append(" × ").append(Textes.nombre(p.poidsPremierRang())).append(" premier choix de l'ARS");
        }
        texte.append(") pour un coût de ").append(Centimes.texte(Centimes.depuisEuros(c.cout())));
        BigDecimal parMille = Textes.parMilleEuros(valeur, c.cout());
        if (parMille != null) {
            texte.append(", soit ").append(Textes.nombre(parMille)).append(" par millier d'euros");
        }
        return texte.toString();
    }

    private Optional<CandidatScenario> meilleurRemplacant(Scenario scenario, Set<String> selection, CandidatScenario candidat) {
        long reste = Centimes.depuisEuros(scenario.parametres().enveloppe()) - CalculResultat.centimes(
                scenario.candidats().stream().filter(c -> selection.contains(c.reference())).toList());
        long budget = reste + Centimes.depuisEuros(candidat.cout());
        Imposes imposes = scenario.parametres().choixImposes();
        return scenario.candidats().stream()
                .filter(c -> c.eligible() && !selection.contains(c.reference()) && c.region().equals(candidat.region()))
                .filter(c -> imposes.pour(c.reference()).isEmpty()) // an excluded team cannot take its place
                .filter(c -> Centimes.depuisEuros(c.cout()) <= budget)
                .max(Comparator.comparing(c -> valeurDe(c, scenario.parametres())));
    }

    private static Optional<CandidatScenario> plusFaibleRetenu(Scenario scenario, Set<String> selection, CandidatScenario candidat, boolean memeRegion) {
        ParametresScenario p = scenario.parametres();
        Imposes imposes = p.choixImposes();
        return scenario.candidats().stream()
                .filter(c -> selection.contains(c.reference()) && (!memeRegion || c.region().equals(candidat.region())))
                .filter(c -> imposes.pour(c.reference()).isEmpty()) // an imposed team cannot make way
                .min(Comparator.comparing((CandidatScenario c) -> orZero(Textes.parMilleEuros(valeurDe(c, p), c.cout())))
                        .thenComparing(CandidatScenario::reference));
    }

    private static BigDecimal valeurDe(CandidatScenario c, ParametresScenario p) {
        return Nombres.simplifie(Valeur.ponderee(c.patienteleRetenue(), c.zoneFragile(), c.rangArs(), p.poidsZoneFragile(), p.poidsPremierRang()));
    }

    /** The score of each constraint for this selection, from OptaPlanner's score explanation. */
    private Map<String, HardMediumSoftLongScore> parContrainte(Scenario scenario, Set<String> selection) {
        return EcartsDeScore.scores(solutions.explain(ProblemeAllocation.decidee(scenario.parametres(), scenario.candidats(), selection)));
    }
}
