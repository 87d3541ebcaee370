package fr.enmr.allocation.banc;

import java.util.TreeMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.enmr.allocation.domain.Allocation;
import fr.enmr.allocation.domain.Candidat;
import fr.enmr.allocation.domain.QuotaRegional;
import fr.enmr.allocation.domain.ValeurParEuro;
import fr.enmr.dossier.echantillon.Codes.Region;

/**
 * The spreadsheet answer the solver must beat: eligible candidates ranked by value per euro; first
 * each region's minimum is filled with its best-ranked candidates, then the rest of the ranking,
 * each candidate taken whenever it still fits the places, the envelope and its region's maximum.
 * Teams the ministry imposed are taken first; those it excluded are never taken.
 */
public final class GloutonValeurParEuro {

    private GloutonValeurParEuro() {
    }

    public static Set<String> retenus(Allocation allocation) {
        List<Candidat> classement = new ArrayList<>(allocation.getCandidats().stream().filter(c -> c.isEligible() && !c.isEpingle()).toList());
        classement.sort(new ValeurParEuro().reversed());
        Map<String, QuotaRegional> quotas = new TreeMap<>();
        allocation.getQuotas().forEach(q -> quotas.put(q.region(), q));
        Selection selection = new Selection(allocation.getLimites().places(), allocation.getLimites().enveloppeCentimes(), quotas);
        // the ministry's imposed teams first (validated to fit), those it excluded never (pinned, left out of the ranking)
        allocation.getCandidats().stream().filter(Candidat::isImposeRetenu).forEach(selection::prendreSiPossible);
        for (Candidat candidat : classement) {
            QuotaRegional quota = quotas.get(candidat.getRegion());
            if (quota != null && selection.parRegion(candidat.getRegion()) < quota.minimum()) {
                selection.prendreSiPossible(candidat);
            }
        }
        classement.forEach(selection::prendreSiPossible);
        return selection.retenus;
    }

    /** Places, money and regional counts used so far. */
    private static final class Selection {
        private final Set<String> retenus = new HashSet<>();
        private final Map<String, Integer> parRegion = new TreeMap<>();
        private final Map<String, QuotaRegional> quotas;
        private int placesRestantes;
        private long enveloppeRestante;

        Selection(int places, long enveloppe, Map<String, QuotaRegional> quotas) {
            this.placesRestantes = places;
            this.enveloppeRestante = enveloppe;
            this.quotas = quotas;
        }

        int parRegion(String region) {
            return parRegion.getOrDefault(region, 0);
        }

        void prendreSiPossible(Candidat candidat) {
            QuotaRegional quota = quotas.get(candidat.getRegion());
            boolean sousLeMaximum = quota == null || !quota.aUnMaximum() || parRegion(candidat.getRegion()) < quota.maximum();
            if (!retenus.contains(candidat.getReference()) && placesRestantes > 0
                    && candidat.getCoutCentimes() <= enveloppeRestante && sousLeMaximum) {
                retenus.add(candidat.getReference());
                parRegion.merge(candidat.getRegion(), 1, Integer::sum);
                placesRestantes--;
                enveloppeRestante -= candidat.getCoutCentimes();
            }
        }
    }
}
