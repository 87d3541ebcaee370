package fr.enmr.allocation.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.enmr.allocation.domain.Allocation;
import fr.enmr.allocation.domain.Candidat;
import fr.enmr.allocation.domain.Limites;
import fr.enmr.allocation.domain.QuotaRegional;

/**
 * The replacements move with a region at its maximum (issue 26): it proposes the best team of a region with room, and
 * the best team of the full region only for one of that region's own teams. Before, it proposed the most valuable
 * team whatever its region and then dropped the exchange as over the maximum, so a full region blocked the move.
 */
class SelectionMaximumsTest {

    private final Candidat a1 = candidat("A-1", "PLEINE", 10, true);
    private final Candidat a2 = candidat("A-2", "PLEINE", 10, true);
    private final Candidat b1 = candidat("B-1", "OUVERTE", 5, true);
    private final Candidat a3 = candidat("A-3", "PLEINE", 100, false);
    private final Candidat b2 = candidat("B-2", "OUVERTE", 6, false);

    @Test
    void aFullRegionsBestTeamEntersOnlyForOneOfItsOwnAndTheOtherRegionsBestTeamForTheRest() {
        List<Candidat> tous = List.of(a1, a2, b1, a3, b2);
        Map<String, QuotaRegional> quotas = Map.of("PLEINE", new QuotaRegional("PLEINE", 0, 2), "OUVERTE", new QuotaRegional("OUVERTE", 0, null));
        Allocation allocation = new Allocation(new Limites(3, 1_000_000_00L), List.copyOf(quotas.values()), tous);
        Selection selection = Selection.de(allocation, tous, tous.stream().sorted(Comparator.comparingLong(Candidat::getCoutCentimes)).toList(), quotas);

        Set<String> echanges = new HashSet<>();
        Random random = new Random(26);
        for (int i = 0; i < 500; i++) {
            EchangeMove echange = selection.remplacement(random, 1);
            if (echange != null) {
                echanges.add(echange.toString());
            }
        }

        assertThat(echanges).containsExactlyInAnyOrder("[A-1 (retenu)] <=> [A-3]", "[A-2 (retenu)] <=> [A-3]", "[B-1 (retenu)] <=> [B-2]");
    }

    private static Candidat candidat(String reference, String region, long valeur, boolean retenu) {
        Candidat candidat = new Candidat(reference, "Équipe " + reference, region, 30_000_00L, 1000, false, 2, true, valeur);
        candidat.setRetenu(retenu);
        return candidat;
    }
}
