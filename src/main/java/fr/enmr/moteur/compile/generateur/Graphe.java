package fr.enmr.moteur.compile.generateur;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kie.dmn.model.api.DMNElementReference;
import org.kie.dmn.model.api.DRGElement;
import org.kie.dmn.model.api.Decision;
import org.kie.dmn.model.api.Definitions;
import org.kie.dmn.model.api.InformationRequirement;
import org.kie.dmn.model.api.KnowledgeRequirement;

/** The model's requirement graph: what an element requires, and the decisions in an order the generated class can follow. */
final class Graphe {

    private final Map<String, DRGElement> parId = new HashMap<>();

    Graphe(Definitions definitions) {
        for (DRGElement element : definitions.getDrgElement()) {
            parId.put(element.getId(), element);
        }
    }

    /** The names of the inputs, decisions and business knowledge models an element requires, in the DMN's order. */
    List<String> requis(List<InformationRequirement> informations, List<KnowledgeRequirement> connaissances, String element)
            throws ConstructionNonPriseEnCharge {
        List<String> noms = new ArrayList<>();
        for (InformationRequirement requis : informations) {
            DMNElementReference ref = requis.getRequiredDecision() != null ? requis.getRequiredDecision() : requis.getRequiredInput();
            noms.add(cible(ref, element).getName());
        }
        for (KnowledgeRequirement requis : connaissances) {
            noms.add(cible(requis.getRequiredKnowledge(), element).getName());
        }
        return noms;
    }

    /** The element a requirement points at ({@code href="#id"}: imports are not translated). */
    DRGElement cible(DMNElementReference ref, String element) throws ConstructionNonPriseEnCharge {
        String href = ref == null ? null : ref.getHref();
        DRGElement cible = href != null && href.startsWith("#") ? parId.get(href.substring(1)) : null;
        if (cible == null) {
            throw new ConstructionNonPriseEnCharge(element + " : dépendance " + href + " introuvable dans le modèle");
        }
        return cible;
    }

    /** Decisions in an order where each comes after those it requires (depth first, so the DMN's order otherwise). */
    List<Decision> ordre(List<Decision> decisions) throws ConstructionNonPriseEnCharge {
        List<Decision> ordre = new ArrayList<>();
        Set<String> places = new LinkedHashSet<>();
        Set<String> enCours = new LinkedHashSet<>();
        for (Decision decision : decisions) {
            placer(decision, ordre, places, enCours);
        }
        return ordre;
    }

    private void placer(Decision decision, List<Decision> ordre, Set<String> places, Set<String> enCours) throws ConstructionNonPriseEnCharge {
        if (places.contains(decision.getId())) {
            return;
        }
        if (!enCours.add(decision.getId())) {
            throw new ConstructionNonPriseEnCharge(decision.getName() + " : dépendance circulaire");
        }
        for (InformationRequirement requis : decision.getInformationRequirement()) {
            if (requis.getRequiredDecision() != null && cible(requis.getRequiredDecision(), decision.getName()) instanceof Decision amont) {
                placer(amont, ordre, places, enCours);
            }
        }
        enCours.remove(decision.getId());
        places.add(decision.getId());
        ordre.add(decision);
    }
}
