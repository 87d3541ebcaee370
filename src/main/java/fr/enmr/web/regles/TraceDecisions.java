package fr.enmr.web.regles;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.enmr.decision.Decision;
import fr.enmr.decision.VersionRegles;
import fr.enmr.store.DecisionStore;
import fr.enmr.web.Intitules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Traces a stored decision back to the rules: derived from what was stored, never by deciding again. */
@ApplicationScoped
public class TraceDecisions {

    private final DecisionStore store;
    private final CatalogueRegles catalogue;
    private final VersionRegles version;
    private final Intitules intitules;
    private final ObjectMapper json;
    private final CorrespondanceFeel feel = new CorrespondanceFeel();

    @Inject
    public TraceDecisions(DecisionStore store, CatalogueRegles catalogue, VersionRegles version, Intitules intitules, ObjectMapper json) {
        this.store = store;
        this.catalogue = catalogue;
        this.version = version;
        this.intitules = intitules;
        this.json = json;
    }

    public Optional<TraceDecision> tracer(String id) {
        return store.find(id).map(stored -> tracer(Decision.depuisJson(json, stored.decisionJson())));
    }

    TraceDecision tracer(Decision d) {
        List<TraceDecision.Programme> programmes = d.module2().programmes().stream()
                .map(p -> new TraceDecision.Programme(p.identifiant(), p.eligible(), p.montant(), criteres(p.criteres())))
                .toList();
        return new TraceDecision(d.id(), d.reference(), d.campagne().name(), d.annee(), d.eligible(), d.total(),
                d.versionRegles(), d.versionRegles().endsWith(":" + version.sha256()), criteres(d.criteres()), programmes,
                lignesRetenues(d));
    }

    private List<TraceDecision.Critere> criteres(List<fr.enmr.decision.Critere> criteres) {
        return criteres.stream().map(c -> {
            Optional<ElementDmn> element = elementDuCritere(c.code());
            return new TraceDecision.Critere(c.code(), intitules.de("Critere", c.code()), c.satisfait(), c.explication(),
                    element.map(ElementDmn::nom).orElse(null), element.map(ElementDmn::ancre).orElse(null));
        }).toList();
    }

    /** The decision « Critère CODE », else the element whose description names the code (the ETP programme's model). */
    private Optional<ElementDmn> elementDuCritere(String code) {
        List<ElementDmn> elements = catalogue.modeles().stream()
                .flatMap(m -> Stream.concat(m.decisions().stream(), m.connaissances().stream())).toList();
        return elements.stream().filter(e -> e.nom().equals("Critère " + code)).findFirst()
                .or(() -> elements.stream().filter(e -> e.description().contains(code)).findFirst());
    }

    /** Tables whose every input is a value the stored decision holds, with the row that value selects. */
    private List<TraceDecision.LigneRetenue> lignesRetenues(Decision d) {
        // what a table's input expression reads, as the stored decision gives it
        Map<String, Object> valeurs = Map.of(
                "campagne", d.campagne().name(),
                "Année évaluée", BigDecimal.valueOf(d.annee()),
                "Patientèle retenue", d.module1().patienteleRetenue());
        List<TraceDecision.LigneRetenue> lignes = new ArrayList<>();
        for (ModeleDmn modele : catalogue.modeles()) {
            for (ElementDmn element : modele.decisions()) {
                if (element.expression() instanceof ExpressionVue.Table table && valeurs.keySet().containsAll(table.expressionsDEntree())) {
                    lignes.add(ligneRetenue(element, table, valeurs));
                }
            }
        }
        return lignes;
    }

    private TraceDecision.LigneRetenue ligneRetenue(ElementDmn element, ExpressionVue.Table table, Map<String, Object> valeurs) {
        List<Object> entrees = table.expressionsDEntree().stream().map(valeurs::get).toList();
        int numero = table.lignes().stream()
                .filter(ligne -> {
                    for (int i = 0; i < entrees.size(); i++) {
                        if (!feel.satisfait(ligne.entrees().get(i), entrees.get(i))) {
                            return false;
                        }
                    }
                    return true;
                })
                .mapToInt(ExpressionVue.LigneTable::numero).findFirst().orElse(0);
        String valeur = String.join(", ", entrees.stream().map(v -> v instanceof BigDecimal n ? n.toPlainString() : String.valueOf(v)).toList());
        Optional<ExpressionVue.LigneTable> retenue = table.lignes().stream().filter(l -> l.numero() == numero).findFirst();
        return new TraceDecision.LigneRetenue(element, table, String.join(", ", table.entrees()), valeur, numero,
                retenue.map(l -> String.join(", ", l.sorties())).orElse(""),
                retenue.map(l -> String.join(" ; ", l.annotations())).orElse(""));
    }
}
