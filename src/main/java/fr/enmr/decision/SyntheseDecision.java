package fr.enmr.decision;

import fr.enmr.moteur.Critere;
import fr.enmr.moteur.Module2;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.enmr.dossier.Dossier;
import fr.enmr.dossier.NomsDeStructure;
import fr.enmr.dossier.ProgrammeEtp;
import fr.enmr.store.StoredSummary;

/** What the steering dashboards count of a decision (fr.enmr.pilotage), written with it (StoredSummary). */
public final class SyntheseDecision {

    private SyntheseDecision() {
    }

    public static StoredSummary de(Decision decision, Dossier dossier) {
        String region = dossier.structure().region();
        boolean eligible = decision.eligible();
        Map<String, ProgrammeEtp> programmesDuDossier = dossier.programmesEtp() == null ? Map.of()
                : dossier.programmesEtp().stream().collect(Collectors.toMap(ProgrammeEtp::identifiant, Function.identity(), (a, b) -> a));
        List<Module2.Programme> finances = decision.module2().programmes().stream().filter(Module2.Programme::eligible).toList();
        long patients = finances.stream().map(p -> programmesDuDossier.get(p.identifiant())).filter(Objects::nonNull)
                .mapToLong(p -> p.patientsProgrammeComplet() == null ? 0 : p.patientsProgrammeComplet()).sum();
        BigDecimal taux = decision.module1().tauxAtteinte();
        Double tauxFinance = eligible && taux != null ? taux.doubleValue() : null;
        return new StoredSummary(StoredSummary.cle(decision.campagne(), decision.annee(), decision.reference()),
                decision.reference(), decision.campagne(), decision.annee(), region, eligible,
                decision.horodatage().toEpochMilli(), decision.id(), eligible ? 1 : 0,
                centimes(decision.module1().partA()), centimes(decision.module1().partB()), centimes(decision.module1().montant()),
                finances.size(), patients, centimes(decision.module2().montant()), centimes(decision.total()),
                tauxFinance, tauxFinance == null ? -1 : tranche(tauxFinance),
                decision.criteres().stream().filter(c -> !c.satisfait()).map(Critere::code).distinct().toList(),
                List.copyOf(decision.constats().stream().map(c -> c.code()).collect(Collectors.toCollection(java.util.TreeSet::new))),
                NomsDeStructure.normalise(dossier.structure().nom()));
    }

    /** The tenth of [0, 1] a rate lies in, 0 to 9 (a rate of 1 is in the last). */
    public static int tranche(double taux) {
        return Math.max(0, Math.min(9, (int) Math.floor(taux * 10 + 1e-9)));
    }

    private static long centimes(BigDecimal euros) {
        return euros == null ? 0 : euros.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact();
    }
}
