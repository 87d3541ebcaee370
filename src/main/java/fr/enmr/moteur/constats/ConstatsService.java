package fr.enmr.moteur.constats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.drools.ruleunits.api.DataHandle;
import org.drools.ruleunits.api.RuleUnit;
import org.drools.ruleunits.api.RuleUnitInstance;

import fr.enmr.dossier.Dossier;

/** Runs the plausibility rules (rules/constats.drl) on a dossier. */
@ApplicationScoped
public class ConstatsService {

    private final RuleUnit<ConstatsUnit> regles;
    /**
     * One unit and rule session per thread, reused from one decision to the next: creating a session per decision
     * cost more than firing the rules (BENCHMARKS.md). Its facts are withdrawn after each decision.
     */
    private final ThreadLocal<Session> sessions = new ThreadLocal<>();

    @Inject
    public ConstatsService(RuleUnit<ConstatsUnit> regles) {
        this.regles = regles;
    }

    private record Session(ConstatsUnit unite, RuleUnitInstance<ConstatsUnit> instance) {
    }

    /**
     * The findings for a dossier, by code then programme identifiant.
     * The figures are those the DMN decision computed, passed in so the rules never recompute them; the thresholds are
     * the same model's « Seuils des constats ».
     */
    public List<Constat> constater(Dossier dossier, int annee, long patienteleRetenue, BigDecimal etpMedecinsGeneralistes,
            SeuilsConstats seuils) {
        Session session = sessions.get();
        if (session == null) {
            ConstatsUnit unite = new ConstatsUnit();
            session = new Session(unite, regles.createInstance(unite));
            sessions.set(session);
        }
        try {
            return constater(session.unite(), session.instance(), dossier, new ContexteDecision(annee, patienteleRetenue, etpMedecinsGeneralistes, seuils));
        } catch (RuntimeException | Error echec) {
            sessions.remove(); // a failure leaves no half-used session behind
            throw echec;
        }
    }

    private static List<Constat> constater(ConstatsUnit unite, RuleUnitInstance<ConstatsUnit> instance, Dossier dossier, ContexteDecision contexte) {
        List<DataHandle> programmes = new ArrayList<>();
        dossier.programmesEtpOuVide().forEach(p -> programmes.add(unite.getProgrammesEtp().add(p)));
        if (dossier.projetDeSante() != null) {
            unite.getProjetDeSante().set(dossier.projetDeSante());
        }
        unite.getContexte().set(contexte);
        instance.fire();
        List<Constat> constats = unite.getConstats().stream()
                .sorted(ConstatReleve.PAR_CODE_PUIS_PROGRAMME)
                .map(ConstatReleve::constat)
                .toList();
        programmes.forEach(unite.getProgrammesEtp()::remove);
        unite.getProjetDeSante().clear();
        unite.getContexte().clear();
        unite.getConstats().clear();
        return constats;
    }
}
