package fr.enmr.web.regles;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.enmr.dossier.LibellesDesCodes;
import fr.enmr.decision.Decision;
import fr.enmr.moteur.jeu.VersionRegles;
import fr.enmr.regles.RefusVersion;
import fr.enmr.regles.VersionDeRegles;
import fr.enmr.regles.VersionsService;
import fr.enmr.moteur.compile.LigneDeTable;
import fr.enmr.store.DecisionStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Traces a stored decision back to the rules: derived from what was stored, never by deciding again. */
@ApplicationScoped
public class TraceDecisions {

    private final DecisionStore store;
    private final CatalogueRegles catalogue;
    private final VersionRegles version;
    private final ObjectMapper json;
    private final VersionsService versions;
    private final CorrespondanceFeel feel = new CorrespondanceFeel();
    /** The rules read per fingerprint: a version's files never change once it is submitted. */
    private final Map<String, CatalogueRegles> catalogues = new ConcurrentHashMap<>();

    @Inject
    public TraceDecisions(DecisionStore store, CatalogueRegles catalogue, VersionRegles version, ObjectMapper json,
            VersionsService versions) {
        this.store = store;
        this.catalogue = catalogue;
        this.version = version;
        this.json = json;
        this.versions = versions;
    }

    /**
     * The rules that made a decision: its version's files (by its id, or for a decision stored before versions existed,
     * by the fingerprint in its versionRegles); the packaged files when no stored version matches.
     */
    public CatalogueRegles reglesDe(Decision d) {
        String sha256 = d.versionRegles() == null ? null : d.versionRegles().substring(d.versionRegles().indexOf("sha256:") + "sha256:".length());
        if (sha256 == null || sha256.equals(version.sha256()) && d.version() == null) {
            return catalogue;
        }
        return catalogues.computeIfAbsent(sha256, cle -> {
            Optional<VersionDeRegles> trouvee = Optional.ofNullable(d.version()).flatMap(this::version)
                    .or(() -> versions.deLEmpreinte(cle));
            return trouvee.map(v -> CatalogueRegles.de(v.jeu())).orElse(catalogue);
        });
    }

    /** The tables /regles shows: those of the version in force, or the packaged files' before any version is active. */
    public ReglesAffichees reglesActives() {
        Optional<VersionDeRegles> active = versions.active();
        return active.map(v -> new ReglesAffichees(v, catalogues.computeIfAbsent(v.sha256(), cle -> CatalogueRegles.de(v.jeu()))))
                .orElseGet(() -> new ReglesAffichees(null, catalogue));
    }

    /** The rules a page shows and the version they are (null: the packaged files). */
    public record ReglesAffichees(VersionDeRegles version, CatalogueRegles regles) {

        public String sha256(VersionRegles livree) {
            return version == null ? livree.sha256() : version.sha256();
        }
    }

    private Optional<VersionDeRegles> version(String id) {
        try {
            return Optional.of(versions.lire(id));
        } catch (RefusVersion inconnue) {
            return Optional.empty();
        }
    }

    public Optional<TraceDecision> tracer(String id) {
        return store.find(id).map(stored -> tracer(Decision.depuisJson(json, stored.decisionJson())));
    }

    TraceDecision tracer(Decision d) {
        CatalogueRegles regles = reglesDe(d);
        List<TraceDecision.Programme> programmes = d.module2().programmes().stream()
                .map(p -> new TraceDecision.Programme(p.identifiant(), p.eligible(), p.montant(), criteres(regles, p.criteres())))
                .toList();
        return new TraceDecision(d.id(), d.reference(), d.campagne(), d.annee(), d.eligible(), d.total(),
                d.versionRegles(), d.versionRegles().endsWith(":" + reglesActives().sha256(version)), criteres(regles, d.criteres()), programmes,
                lignesRetenues(regles, d), d.version(), regles.modeles(), regles.unites());
    }

    private List<TraceDecision.Critere> criteres(CatalogueRegles regles, List<fr.enmr.moteur.Critere> criteres) {
        return criteres.stream().map(c -> {
            Optional<ElementDmn> element = elementDuCritere(regles, c.code());
            return new TraceDecision.Critere(c.code(), LibellesDesCodes.de("Critere", c.code()), c.satisfait(), c.explication(),
                    element.map(ElementDmn::nom).orElse(null), element.map(ElementDmn::ancre).orElse(null));
        }).toList();
    }

    /** The decision « Critère CODE », else the element whose description names the code (the ETP programme's model). */
    private Optional<ElementDmn> elementDuCritere(CatalogueRegles regles, String code) {
        List<ElementDmn> elements = decisionsEtConnaissances(regles).toList();
        return elements.stream().filter(e -> e.nom().equals("Critère " + code)).findFirst()
                .or(() -> elements.stream().filter(e -> e.description().contains(code)).findFirst());
    }

    /** The decisions and business knowledge models of every model, model by model: where criteria and noted tables are. */
    private static Stream<ElementDmn> decisionsEtConnaissances(CatalogueRegles regles) {
        return regles.modeles().stream().flatMap(m -> Stream.concat(m.decisions().stream(), m.connaissances().stream()));
    }

    /**
     * The row each decision table selected: as the decision noted them when it was made, in its version's tables; for a
     * decision made before rows were noted, the tables whose every input is a value it holds, with the row that value selects.
     */
    private List<TraceDecision.LigneRetenue> lignesRetenues(CatalogueRegles regles, Decision d) {
        // what a table's input expression reads, as the stored decision gives it
        Map<String, Object> valeurs = Map.of(
                "campagne", d.campagne(),
                "Année évaluée", BigDecimal.valueOf(d.annee()),
                "Patientèle retenue", d.module1().patienteleRetenue());
        List<TraceDecision.LigneRetenue> lignes = new ArrayList<>();
        if (d.lignesRetenues() != null) {
            for (LigneDeTable notee : d.lignesRetenues()) {
                tableNotee(regles, notee).ifPresent(t -> lignes.add(ligne(t.element(), t.table(), valeurs, notee.ligne(), true)));
            }
            return lignes;
        }
        for (ModeleDmn modele : regles.modeles()) {
            for (ElementDmn element : modele.decisions()) {
                if (element.expression() instanceof ExpressionVue.Table table && valeurs.keySet().containsAll(table.expressionsDEntree())) {
                    lignes.add(ligne(element, table, valeurs, numeroSelectionne(table, valeurs), false));
                }
            }
        }
        return lignes;
    }

    private record TableDunElement(ElementDmn element, ExpressionVue.Table table) {
    }

    /** The noted table in the rules that made the decision: in its element's logic, however deep (context, call, function). */
    private static Optional<TableDunElement> tableNotee(CatalogueRegles regles, LigneDeTable notee) {
        return decisionsEtConnaissances(regles)
                .filter(e -> e.nom().equals(notee.element()))
                .flatMap(e -> tables(e.expression()).filter(t -> t.id() != null && t.id().equals(notee.table())).map(t -> new TableDunElement(e, t)))
                .findFirst();
    }

    private static Stream<ExpressionVue.Table> tables(ExpressionVue expression) {
        if (expression instanceof ExpressionVue.Table table) {
            return Stream.of(table);
        }
        if (expression instanceof ExpressionVue.Contexte contexte) {
            return contexte.entrees().stream().flatMap(e -> tables(e.expression()));
        }
        if (expression instanceof ExpressionVue.Appel appel) {
            return appel.arguments().stream().flatMap(e -> tables(e.expression()));
        }
        if (expression instanceof ExpressionVue.Fonction fonction) {
            return tables(fonction.corps());
        }
        return Stream.empty();
    }

    private int numeroSelectionne(ExpressionVue.Table table, Map<String, Object> valeurs) {
        List<Object> entrees = table.expressionsDEntree().stream().map(valeurs::get).toList();
        return table.lignes().stream()
                .filter(ligne -> {
                    for (int i = 0; i < entrees.size(); i++) {
                        if (!feel.satisfait(ligne.entrees().get(i), entrees.get(i))) {
                            return false;
                        }
                    }
                    return true;
                })
                .mapToInt(ExpressionVue.LigneTable::numero).findFirst().orElse(0);
    }

    private static TraceDecision.LigneRetenue ligne(ElementDmn element, ExpressionVue.Table table, Map<String, Object> valeurs, int numero,
            boolean notee) {
        String valeur = valeurs.keySet().containsAll(table.expressionsDEntree())
                ? String.join(", ", table.expressionsDEntree().stream().map(valeurs::get)
                        .map(v -> v instanceof BigDecimal n ? n.toPlainString() : String.valueOf(v)).toList())
                : null;
        Optional<ExpressionVue.LigneTable> retenue = table.lignes().stream().filter(l -> l.numero() == numero).findFirst();
        return new TraceDecision.LigneRetenue(element, table, String.join(", ", table.entrees()), valeur, numero,
                retenue.map(l -> String.join(", ", l.sorties())).orElse(""),
                retenue.map(l -> String.join(" ; ", l.annotations())).orElse(""), notee);
    }
}
