package fr.enmr.allocation.scenario;

import fr.enmr.allocation.candidats.SourceCandidats;
import fr.enmr.allocation.candidats.CandidatScenario;
import fr.enmr.allocation.candidats.DoublonPresume;
import java.time.Instant;
import java.util.List;

/**
 * What a scenario asks, fixed once created: its complete parameters (defaults applied) and its
 * candidates (defaults applied), so that a result can always be explained again from them.
 *
 * @param origine where the candidates came from, in French (e.g. "liste fournie", "fichier CSV",
 *                "décisions enregistrées de la campagne ENMR_2014")
 * @param doublonsPresumes candidates that look like one team under several references (from stored
 *                decisions only; empty otherwise, and in scenarios stored before it existed)
 * @param source  the campaign (and rule version) its candidates were read from; null for inline or CSV candidates
 */
public record Scenario(String id, String nom, Instant creeLe, String origine, ParametresScenario parametres,
        List<CandidatScenario> candidats, List<DoublonPresume> doublonsPresumes, SourceCandidats source) {

    public Scenario {
        doublonsPresumes = doublonsPresumes == null ? List.of() : List.copyOf(doublonsPresumes);
    }

    public Scenario(String id, String nom, Instant creeLe, String origine, ParametresScenario parametres, List<CandidatScenario> candidats) {
        this(id, nom, creeLe, origine, parametres, candidats, List.of(), null);
    }

    /** The same scenario under another name (the only thing a stored scenario lets change). */
    public Scenario avecNom(String nouveau) {
        return new Scenario(id, nouveau, creeLe, origine, parametres, candidats, doublonsPresumes, source);
    }

    /** The suspected duplicate group this candidate belongs to, if any. */
    public java.util.Optional<DoublonPresume> doublonDe(String reference) {
        return doublonsPresumes.stream().filter(d -> d.references().contains(reference)).findFirst();
    }
}
