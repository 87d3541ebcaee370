package fr.enmr.decision;

import java.util.List;
import java.util.Map;

import fr.enmr.store.StoredDecision;

/**
 * Which adopted selection each decision's team belongs to. Implemented where scenarios are adopted
 * (fr.enmr.allocation.adoption), which depends on decisions and not the other way round.
 */
public interface SelectionsDesEquipes {

    /** @return by decision id, the selection of those whose team is a candidate of the adopted scenario of their campaign */
    Map<String, SelectionEquipe> de(List<StoredDecision> decisions);
}
