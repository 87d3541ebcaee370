package fr.enmr.moteur.constats;

import java.util.ArrayList;
import java.util.List;

import org.drools.ruleunits.api.DataSource;
import org.drools.ruleunits.api.DataStore;
import org.drools.ruleunits.api.RuleUnitData;
import org.drools.ruleunits.api.SingletonStore;

import fr.enmr.dossier.ProgrammeEtp;
import fr.enmr.dossier.ProjetDeSante;

/** The data the plausibility rules (rules/constats.drl) look at, and the findings they raise. */
public class ConstatsUnit implements RuleUnitData {

    private final DataStore<ProgrammeEtp> programmesEtp = DataSource.createStore();
    private final SingletonStore<ProjetDeSante> projetDeSante = DataSource.createSingleton();
    private final SingletonStore<ContexteDecision> contexte = DataSource.createSingleton();
    // A JDK type on purpose: drools 10.1 reloads a plain unit variable's class through its own class loader,
    // which does not see application classes in Quarkus tests (ClassNotFoundException at boot).
    private final List<ConstatReleve> constats = new ArrayList<>();

    public DataStore<ProgrammeEtp> getProgrammesEtp() {
        return programmesEtp;
    }

    public SingletonStore<ProjetDeSante> getProjetDeSante() {
        return projetDeSante;
    }

    public SingletonStore<ContexteDecision> getContexte() {
        return contexte;
    }

    public List<ConstatReleve> getConstats() {
        return constats;
    }
}
