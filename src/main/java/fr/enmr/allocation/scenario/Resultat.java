package fr.enmr.allocation.scenario;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;


/** The result part of GET /api/scenarios/{id} (scenario-api.md), amounts in euros. */
public record Resultat(List<String> retenus, List<LigneRegion> parRegion, Totaux totaux, List<Doublon> doublonsPresumes) {

    /**
     * Candidates that look like one team under several references (DoublonPresume), with those of
     * them the selection retains: more than one retained is the same team paid twice, probably.
     */
    public record Doublon(List<String> references, String nom, String typeStructure, String departement, List<String> retenues,
            String explication) {
    }

    /** One region: what it got, its minimum, and in French whether and why the minimum is met or missed. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LigneRegion(String region, int places, BigDecimal cout, long patients, int minimum, Integer maximum,
            boolean minimumAtteint, String explication) {
    }

    /**
     * @param valeur the soft objective of domain rules §6 on the retained teams, unscaled
     */
    public record Totaux(int places, BigDecimal cout, long patients, BigDecimal valeur, BigDecimal enveloppeRestante) {
    }
}
