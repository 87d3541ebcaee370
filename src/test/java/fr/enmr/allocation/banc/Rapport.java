package fr.enmr.allocation.banc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import fr.enmr.allocation.banc.BancAllocation.Instance;
import fr.enmr.allocation.banc.BancAllocation.Mesure;

/** The benchmark's results as Markdown (target/benchmarks/allocation.md), linked from the README. */
final class Rapport {

    private Rapport() {
    }

    static void ecrire(Path fichier, int secondes, List<Instance> instances, List<Mesure> mesures) throws IOException {
        StringBuilder md = new StringBuilder("# Banc d'essai de l'allocation (scénarios du ministère)\n\n");
        md.append("Produit par `banc/allocation.sh` le ").append(LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES))
                .append(", ").append(Runtime.getRuntime().availableProcessors()).append(" cœurs, ")
                .append(secondes).append(" s de processeur par essai (temps du fil qui résout, comme le service le compte ; au plus 1,5 × en temps écoulé).\n");
        md.append("Paramètres par défaut du §6 : 150 places, enveloppe 8 000 000 €, minimum 1 par région ayant un candidat éligible, ")
                .append("poids 1,5 (zone fragile) et 1,2 (premier rang). Candidats générés (graine 2014) et chiffrés par dmn/enmr.dmn.\n\n");
        md.append("Écarts en % de la valeur (niveau soft) ; « écart à l'optimum » = (optimum − obtenu) / optimum, l'optimum étant prouvé par ")
                .append("CP-SAT (banc/exact) ; « au-dessus du glouton » = (obtenu − glouton) / glouton, le glouton classant par valeur par euro ")
                .append("après avoir rempli les minimums régionaux. La borne est celle de la relaxation linéaire (places et enveloppe seules) : ")
                .append("un majorant de l'optimum.\n\n");
        for (Instance instance : instances) {
            HardMediumSoftLongScore glouton = instance.glouton();
            Optional<Map<String, String>> optimum = instance.optimum();
            double valeurOptimum = optimum.map(o -> Double.parseDouble(o.get("valeur"))).orElse(Double.NaN);
            md.append("## ").append(instance.titre()).append("\n\n");
            if (instance.nom().startsWith("leviers")) {
                md.append("- maximums : ").append(new java.util.TreeMap<>(instance.parametres().maximumParRegion())).append(" ; imposés retenus : ")
                        .append(instance.parametres().choixImposes().retenus().stream().map(c -> c.reference()).toList()).append(" ; exclus : ")
                        .append(instance.parametres().choixImposes().exclus().stream().map(c -> c.reference()).toList()).append('\n');
            }
            md.append("- glouton valeur par euro : `").append(glouton).append("`\n");
            md.append("- optimum CP-SAT : ").append(optimum.map(o -> "`0hard/" + (o.get("manque").equals("0") ? "" : "-") + o.get("manque") + "medium/" + o.get("valeur") + "soft` ("
                    + o.get("statut") + ", " + o.get("secondes") + " s)").orElse("non calculé (lancer banc/allocation.sh avec OR-Tools)")).append('\n');
            md.append("- borne de la relaxation linéaire : ").append(String.format(Locale.ROOT, "%.0f", instance.borne())).append("\n");
            if (optimum.isPresent()) {
                md.append("- écart du glouton à l'optimum : ").append(BancAllocation.pourcent(100 * (valeurOptimum - glouton.softScore()) / valeurOptimum)).append('\n');
            }
            md.append("\n| configuration | graine | meilleur trouvé à (s) | processeur (s) | score | au-dessus du glouton | écart à l'optimum |\n|---|---|---|---|---|---|---|\n");
            for (Mesure mesure : mesures.stream().filter(m -> m.instance().equals(instance.nom())).toList()) {
                HardMediumSoftLongScore s = mesure.score();
                boolean memesNiveaux = s.hardScore() == glouton.hardScore() && s.mediumScore() == glouton.mediumScore();
                md.append("| ").append(mesure.variante()).append(" | ").append(mesure.graine() == 0 ? "défaut" : mesure.graine())
                        .append(" | ").append(String.format(Locale.FRANCE, "%.1f", mesure.secondesAuMeilleur()))
                        .append(" | ").append(String.format(Locale.FRANCE, "%.1f", mesure.secondesProcesseur()))
                        .append(" | `").append(s).append("` | ")
                        .append(memesNiveaux ? BancAllocation.pourcent(100.0 * (s.softScore() - glouton.softScore()) / glouton.softScore()) : "niveaux différents")
                        .append(" | ").append(optimum.isPresent() ? BancAllocation.pourcent(100 * (valeurOptimum - s.softScore()) / valeurOptimum) : "—")
                        .append(" |\n");
            }
            md.append('\n');
        }
        Files.createDirectories(fichier.getParent());
        Files.writeString(fichier, md.toString(), StandardCharsets.UTF_8);
    }
}
