package fr.enmr.allocation.solver;

import java.util.TreeMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import fr.enmr.allocation.domain.Allocation;
import fr.enmr.allocation.domain.Candidat;
import fr.enmr.allocation.domain.QuotaRegional;

/**
 * The current selection as {@link Remplacements} sees it for one step: retained teams that may
 * leave, money left, teams per region, and the core's non-retained teams by increasing cost.
 * Teams imposed by the ministry count in money, places and regions but never leave.
 */
final class Selection {

    final List<Candidat> retenus = new ArrayList<>();
    final List<Candidat> entrantsPossibles = new ArrayList<>();
    private final Map<String, Integer> parRegion = new TreeMap<>();
    private final Map<String, QuotaRegional> quotas;
    private final long reste;
    private final int placesLibres;
    // meilleur[i]: index of the most valuable entrant among entrantsPossibles[0..i] whose region has room under its
    // maximum (-1 if none): the best teams of a region at its maximum could only enter for one of their own region
    private final int[] meilleur;

    private Selection(Allocation allocation, List<Candidat> tous, List<Candidat> coeurParCout, Map<String, QuotaRegional> quotas) {
        this.quotas = quotas;
        long cout = 0;
        int nombreRetenus = 0;
        for (Candidat candidat : tous) {
            if (candidat.estRetenu()) {
                if (!candidat.isEpingle()) {
                    retenus.add(candidat);
                }
                cout += candidat.getCoutCentimes();
                nombreRetenus++;
                parRegion.merge(candidat.getRegion(), 1, Integer::sum);
            }
        }
        for (Candidat candidat : coeurParCout) {
            if (!candidat.estRetenu()) {
                entrantsPossibles.add(candidat);
            }
        }
        this.reste = allocation.getLimites().enveloppeCentimes() - cout;
        this.placesLibres = allocation.getLimites().places() - nombreRetenus;
        this.meilleur = new int[entrantsPossibles.size()];
        for (int i = 0; i < meilleur.length; i++) {
            int precedent = i == 0 ? -1 : meilleur[i - 1];
            boolean ouvert = !auMaximum(entrantsPossibles.get(i).getRegion());
            meilleur[i] = ouvert && (precedent < 0 || entrantsPossibles.get(i).getValeur() > entrantsPossibles.get(precedent).getValeur()) ? i : precedent;
        }
    }

    static Selection de(Allocation allocation, List<Candidat> tous, List<Candidat> coeurParCout, Map<String, QuotaRegional> quotas) {
        return new Selection(allocation, tous, coeurParCout, quotas);
    }

    /**
     * Drops {@code k} random retained teams (none when places and money are free: then it only adds)
     * and retains the best affordable replacements; null unless that improves the shortfall or the value.
     */
    EchangeMove remplacement(Random random, int k) {
        List<Candidat> sortants = new ArrayList<>(k);
        int nombre = placesLibres > 0 && random.nextBoolean() ? 0 : Math.min(k, retenus.size());
        while (sortants.size() < nombre) {
            Candidat sortant = retenus.get(random.nextInt(retenus.size()));
            if (!sortants.contains(sortant)) {
                sortants.add(sortant);
            }
        }
        long budget = reste;
        for (Candidat sortant : sortants) {
            budget += sortant.getCoutCentimes();
        }
        List<Candidat> entrants = new ArrayList<>();
        for (String region : regionsPassantSousLeMinimum(sortants)) {
            Candidat entrant = meilleurDeLaRegion(region, budget, entrants);
            if (entrant == null) {
                return null;
            }
            entrants.add(entrant);
            budget -= entrant.getCoutCentimes();
        }
        int aRemplir = Math.max(nombre, 1) - entrants.size();
        if (aRemplir == 1) {
            Candidat entrant = plusPrecieux(meilleurJusqua(budget, entrants), meilleurDesRegionsLiberees(sortants, budget, entrants));
            if (entrant != null) {
                entrants.add(entrant);
            }
        } else if (aRemplir >= 2) {
            entrants.addAll(meilleurePaire(budget, entrants, sortants));
        }
        return ameliore(sortants, entrants) ? new EchangeMove(List.copyOf(sortants), List.copyOf(entrants)) : null;
    }

    /** Any affordable one-for-one exchange: lets the acceptor leave a local optimum. */
    EchangeMove echangeAuHasard(Random random) {
        Candidat sortant = retenus.get(random.nextInt(retenus.size()));
        int abordables = finAbordables(reste + sortant.getCoutCentimes());
        Candidat entrant = entrantsPossibles.get(random.nextInt(abordables > 0 ? abordables : entrantsPossibles.size()));
        return new EchangeMove(List.of(sortant), List.of(entrant));
    }

    /** One region per refill needed so that dropping these teams leaves no region further below its minimum. */
    private List<String> regionsPassantSousLeMinimum(List<Candidat> sortants) {
        Map<String, Integer> retires = new TreeMap<>();
        sortants.forEach(s -> retires.merge(s.getRegion(), 1, Integer::sum));
        List<String> regions = new ArrayList<>();
        retires.forEach((region, n) -> {
            QuotaRegional quota = quotas.get(region);
            int avant = parRegion.getOrDefault(region, 0);
            int aRemettre = quota == null ? 0 : Math.max(0, quota.minimum() - (avant - n)) - Math.max(0, quota.minimum() - avant);
            for (int i = 0; i < aRemettre; i++) {
                regions.add(region);
            }
        });
        return regions;
    }

    private Candidat meilleurDeLaRegion(String region, long budget, List<Candidat> deja) {
        Candidat meilleurTrouve = null;
        for (Candidat candidat : entrantsPossibles) {
            if (candidat.getCoutCentimes() > budget) {
                break;
            }
            if (candidat.getRegion().equals(region) && !deja.contains(candidat)
                    && (meilleurTrouve == null || candidat.getValeur() > meilleurTrouve.getValeur())) {
                meilleurTrouve = candidat;
            }
        }
        return meilleurTrouve;
    }

    /** The most valuable affordable entrant of a region with room under its maximum. */
    private Candidat meilleurJusqua(long budget, List<Candidat> sauf) {
        int fin = finAbordables(budget);
        if (fin == 0 || meilleur[fin - 1] < 0) {
            return null;
        }
        Candidat candidat = entrantsPossibles.get(meilleur[fin - 1]);
        if (!sauf.contains(candidat)) {
            return candidat;
        }
        Candidat meilleurTrouve = null; // rare: the best is already chosen, look at the others
        for (int i = 0; i < fin; i++) {
            Candidat autre = entrantsPossibles.get(i);
            if (!sauf.contains(autre) && !auMaximum(autre.getRegion()) && (meilleurTrouve == null || autre.getValeur() > meilleurTrouve.getValeur())) {
                meilleurTrouve = autre;
            }
        }
        return meilleurTrouve;
    }

    /**
     * The most valuable affordable entrant of a region at its maximum that a leaving team makes room in (a team of
     * that region for another of the same region): without it, a region at its maximum would keep its first teams.
     */
    private Candidat meilleurDesRegionsLiberees(List<Candidat> sortants, long budget, List<Candidat> sauf) {
        List<String> liberees = sortants.stream().map(Candidat::getRegion).filter(this::auMaximum).distinct().toList();
        if (liberees.isEmpty()) {
            return null;
        }
        Candidat meilleurTrouve = null;
        for (int i = 0, fin = finAbordables(budget); i < fin; i++) {
            Candidat candidat = entrantsPossibles.get(i);
            if (liberees.contains(candidat.getRegion()) && !sauf.contains(candidat)
                    && (meilleurTrouve == null || candidat.getValeur() > meilleurTrouve.getValeur())) {
                meilleurTrouve = candidat;
            }
        }
        return meilleurTrouve;
    }

    private static Candidat plusPrecieux(Candidat a, Candidat b) {
        return a == null || b != null && b.getValeur() > a.getValeur() ? b : a;
    }

    /** Whether the region's retained teams already reach its maximum. */
    private boolean auMaximum(String region) {
        QuotaRegional quota = quotas.get(region);
        return quota != null && quota.aUnMaximum() && parRegion.getOrDefault(region, 0) >= quota.maximum();
    }

    /**
     * The two affordable entrants of greatest total value (each tried as the cheaper one of the pair); the dearer one
     * from a region with room, the cheaper one also from a region at its maximum that a leaving team makes room in.
     */
    private List<Candidat> meilleurePaire(long budget, List<Candidat> sauf, List<Candidat> sortants) {
        Candidat premierTrouve = null;
        Candidat secondTrouve = null;
        long meilleureValeur = -1;
        for (int i = 0; i < entrantsPossibles.size(); i++) {
            Candidat premier = entrantsPossibles.get(i);
            long resteApres = budget - premier.getCoutCentimes();
            if (resteApres < premier.getCoutCentimes()) {
                break; // the second would be cheaper than the first: already tried the other way round
            }
            if (sauf.contains(premier) || auMaximum(premier.getRegion()) && sortants.stream().noneMatch(s -> s.getRegion().equals(premier.getRegion()))) {
                continue;
            }
            int fin = finAbordables(resteApres);
            int j = meilleur[fin - 1];
            if (j < 0) {
                continue;
            }
            Candidat second = entrantsPossibles.get(j);
            if (j == i || sauf.contains(second)) {
                continue; // rare; skipping it only makes the pair found a little less good
            }
            long valeur = premier.getValeur() + second.getValeur();
            if (valeur > meilleureValeur) {
                meilleureValeur = valeur;
                premierTrouve = premier;
                secondTrouve = second;
            }
        }
        return premierTrouve == null ? List.of() : List.of(premierTrouve, secondTrouve);
    }

    /** Whether the exchange lowers the regional shortfall, or keeps it and adds value, within every hard limit. */
    private boolean ameliore(List<Candidat> sortants, List<Candidat> entrants) {
        if (entrants.isEmpty() || entrants.size() - sortants.size() > placesLibres) {
            return false;
        }
        long cout = 0;
        long valeur = 0;
        Map<String, Integer> delta = new TreeMap<>();
        for (Candidat s : sortants) {
            cout -= s.getCoutCentimes();
            valeur -= s.getValeur();
            delta.merge(s.getRegion(), -1, Integer::sum);
        }
        for (Candidat e : entrants) {
            cout += e.getCoutCentimes();
            valeur += e.getValeur();
            delta.merge(e.getRegion(), 1, Integer::sum);
        }
        if (cout > reste) {
            return false;
        }
        long manque = 0;
        for (Map.Entry<String, Integer> d : delta.entrySet()) {
            QuotaRegional quota = quotas.get(d.getKey());
            int avant = parRegion.getOrDefault(d.getKey(), 0);
            int apres = avant + d.getValue();
            if (quota != null) {
                if (quota.aUnMaximum() && apres > quota.maximum() && apres > avant) {
                    return false;
                }
                manque += Math.max(0, quota.minimum() - apres) - Math.max(0, quota.minimum() - avant);
            }
        }
        return manque < 0 || (manque == 0 && valeur > 0);
    }

    /** How many core entrants cost at most {@code budget}. */
    private int finAbordables(long budget) {
        int bas = 0;
        int haut = entrantsPossibles.size();
        while (bas < haut) {
            int milieu = (bas + haut) >>> 1;
            if (entrantsPossibles.get(milieu).getCoutCentimes() <= budget) {
                bas = milieu + 1;
            } else {
                haut = milieu;
            }
        }
        return bas;
    }
}
