package fr.enmr.decision.constats;

import java.math.BigDecimal;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.drools.ruleunits.api.RuleUnit;
import org.drools.ruleunits.api.RuleUnitInstance;

import fr.enmr.dossier.Dossier;

/** Runs the plausibility rules (rules/constats.drl) on a dossier. */
@ApplicationScoped
public class ConstatsService {

    private final RuleUnit<ConstatsUnit> regles;

    @Inject
    public ConstatsService(RuleUnit<ConstatsUnit> regles) {
        this.regles = regles;
    }

    /**
     * The findings for a dossier, by code then programme identifiant.
     * The figures are those the DMN decision computed, passed in so the rules never recompute them.
     */
    public List<Constat> constater(Dossier dossier, int annee, long patienteleRetenue, BigDecimal etpMedecinsGeneralistes) {
        ConstatsUnit unite = new ConstatsUnit();
        dossier.programmesEtpOuVide().forEach(unite.getProgrammesEtp()::add);
        if (dossier.projetDeSante() != null) {
            unite.getProjetDeSante().set(dossier.projetDeSante());
        }
        unite.getContexte().set(new ContexteDecision(annee, patienteleRetenue, etpMedecinsGeneralistes));
        try (RuleUnitInstance<ConstatsUnit> instance = regles.createInstance(unite)) {
            instance.fire();
        }
        return unite.getConstats().stream()
                .sorted(ConstatReleve.PAR_CODE_PUIS_PROGRAMME)
                .map(ConstatReleve::constat)
                .toList();
    }
}
