package fr.enmr.allocation.solver;

import java.util.TreeMap;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

import fr.enmr.allocation.domain.Allocation;
import fr.enmr.allocation.domain.Candidat;
import fr.enmr.allocation.domain.QuotaRegional;

/**
 * Exchanges for a selection whose places and envelope are both nearly used, where a random swap
 * almost always overspends: drop 1 to 3 retained teams at random, then retain in their place the
 * best teams the freed money pays for (refilling a region the drop would leave under its minimum).
 * Only exchanges that improve the regional shortfall or the value are proposed, with a few random
 * affordable ones to leave local optima; the acceptor still judges each by its score.
 * Incoming teams come from the "core": the teams whose net value at the implicit prices
 * ({@link PrixImplicite}) is near the margin, plus each region's best, which keeps the search the
 * same size at 400 or 20,000 candidates.
 */
public class Remplacements implements MoveIteratorFactory<Allocation, EchangeMove> {

    private static final int ESSAIS_PAR_MOUVEMENT = 200;
    private static final int CANDIDATS_REGIONAUX_EN_PLUS = 5;

    /** Every team, pinned ones included: imposed teams use places, money and regional room. */
    private List<Candidat> tous = List.of();
    /** The teams the search may move (neither ineligible nor imposed). */
    private List<Candidat> mobiles = List.of();
    private List<Candidat> coeur = List.of();
    private Map<String, QuotaRegional> quotas = Map.of();

    @Override
    public void phaseStarted(ScoreDirector<Allocation> scoreDirector) {
        Allocation allocation = scoreDirector.getWorkingSolution();
        tous = allocation.getCandidats();
        mobiles = tous.stream().filter(c -> !c.isEpingle()).toList();
        quotas = new TreeMap<>();
        allocation.getQuotas().forEach(q -> quotas.put(q.region(), q));
        coeur = coeur(allocation, PrixImplicite.calculer(allocation));
    }

    private List<Candidat> coeur(Allocation allocation, PrixImplicite prix) {
        List<Candidat> parValeurNette = mobiles.stream().sorted(Comparator.comparingDouble(prix::valeurNette).reversed()).toList();
        int taille = Math.min(parValeurNette.size(), 3 * allocation.getLimites().places() + 100);
        Set<Candidat> retenus = new HashSet<>(parValeurNette.subList(0, taille));
        Map<String, Integer> parRegion = new TreeMap<>();
        for (Candidat candidat : parValeurNette) {
            QuotaRegional quota = quotas.get(candidat.getRegion());
            int dejaPris = parRegion.getOrDefault(candidat.getRegion(), 0);
            if (quota != null && dejaPris < quota.minimum() + CANDIDATS_REGIONAUX_EN_PLUS) {
                retenus.add(candidat);
                parRegion.put(candidat.getRegion(), dejaPris + 1);
            }
        }
        return retenus.stream().sorted(Comparator.comparingLong(Candidat::getCoutCentimes)).toList();
    }

    @Override
    public long getSize(ScoreDirector<Allocation> scoreDirector) {
        return (long) mobiles.size() * coeur.size();
    }

    @Override
    public Iterator<EchangeMove> createOriginalMoveIterator(ScoreDirector<Allocation> scoreDirector) {
        throw new UnsupportedOperationException("random selection only: the neighbourhood is too large to enumerate");
    }

    @Override
    public Iterator<EchangeMove> createRandomMoveIterator(ScoreDirector<Allocation> scoreDirector, Random random) {
        return new Tirages(Selection.de(scoreDirector.getWorkingSolution(), tous, coeur, quotas), random);
    }

    /** An endless stream of exchanges for the selection of the current step. */
    private static final class Tirages implements Iterator<EchangeMove> {
        private final Selection selection;
        private final Random random;

        Tirages(Selection selection, Random random) {
            this.selection = selection;
            this.random = random;
        }

        @Override
        public boolean hasNext() {
            return !selection.retenus.isEmpty() && !selection.entrantsPossibles.isEmpty();
        }

        @Override
        public EchangeMove next() {
            for (int essai = 0; essai < ESSAIS_PAR_MOUVEMENT; essai++) {
                EchangeMove echange = random.nextInt(10) == 0 ? selection.echangeAuHasard(random) : selection.remplacement(random, 1 + random.nextInt(3));
                if (echange != null) {
                    return echange;
                }
            }
            return selection.echangeAuHasard(random);
        }
    }
}
