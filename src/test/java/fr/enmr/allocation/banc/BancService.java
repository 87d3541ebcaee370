package fr.enmr.allocation.banc;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.enmr.allocation.candidats.CandidatScenario;
import fr.enmr.allocation.scenario.ParametresScenario;

/**
 * The allocation benchmark through a running service (banc/allocation.sh --service): posts a levers instance as a
 * scenario (POST /api/scenarios, JSON), waits for its end, and appends to target/benchmarks/allocation-service.md its
 * score, the gap to the proven optimum (banc/exact), and the processor time its solve had against the time it was given.
 * Usage: {@code BancService <url> <taille> <secondes> <étiquette>}, e.g. {@code http://127.0.0.1:18092 400 10 "juste après le démarrage"}.
 */
public final class BancService {

    static final Path RAPPORT = BancAllocation.DOSSIER.resolve("allocation-service.md");

    private BancService() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int taille = Integer.parseInt(args[1]);
        int secondes = Integer.parseInt(args[2]);
        String etiquette = String.join(" ", Arrays.copyOfRange(args, 3, args.length));
        List<CandidatScenario> candidats = BancAllocation.candidats(taille);
        ParametresScenario parametres = Leviers.parametres(candidats, secondes);
        BancAllocation.Instance instance = new BancAllocation.Instance("leviers-" + taille, taille, parametres, candidats);
        ObjectMapper json = new ObjectMapper();
        Map<String, Object> demande = new LinkedHashMap<>();
        demande.put("nom", "Banc " + instance.nom() + " — " + etiquette);
        demande.put("parametres", parametres);
        demande.put("candidats", candidats);
        HttpClient client = HttpClient.newHttpClient();
        String auth = "Basic " + Base64.getEncoder().encodeToString("ministere:ministere-enmr".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> reponse = client.send(HttpRequest.newBuilder(URI.create(url + "/api/scenarios")).header("Authorization", auth)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(demande))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (reponse.statusCode() != 202) {
            throw new IllegalStateException("POST /api/scenarios: " + reponse.statusCode() + " " + reponse.body());
        }
        long poste = System.nanoTime();
        String location = URI.create(url).resolve(reponse.headers().firstValue("Location").orElseThrow()).toString(); // absolute or not
        JsonNode fin;
        do {
            Thread.sleep(500);
            fin = json.readTree(client.send(HttpRequest.newBuilder(URI.create(location)).header("Authorization", auth).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
        } while (fin.path("statut").asText().equals("EN_COURS"));
        // from the 202 to the end seen (polled every 0.5 s): both solves, with and without the imposed choices (prixDesChoix)
        double total = (System.nanoTime() - poste) / 1e9;
        ecrire(instance, etiquette, fin, total);
    }

    private static void ecrire(BancAllocation.Instance instance, String etiquette, JsonNode fin, double total) throws IOException {
        HardMediumSoftLongScore score = HardMediumSoftLongScore.parseScore(fin.path("score").asText());
        String ecart = instance.optimum().map(o -> BancAllocation.pourcent(100 * (Double.parseDouble(o.get("valeur")) - score.softScore())
                / Double.parseDouble(o.get("valeur")))).orElse("— (optimum non calculé)");
        JsonNode temps = fin.path("resultat").path("tempsDeCalcul");
        if (!Files.exists(RAPPORT)) {
            Files.createDirectories(RAPPORT.getParent());
            Files.writeString(RAPPORT, "# Banc d'essai de l'allocation par le service (maximums régionaux et choix imposés)\n\n"
                    + "Produit par `banc/allocation.sh --service` ; " + Runtime.getRuntime().availableProcessors() + " cœurs. "
                    + "Chaque ligne : un scénario posté au service (POST /api/scenarios), l'écart à l'optimum prouvé par CP-SAT (banc/exact), "
                    + "et le temps de processeur que la résolution a eu (resultat.tempsDeCalcul) ; « de 202 à la fin » : le scénario entier, "
                    + "les deux résolutions comprises (avec les choix imposés, puis sans eux pour resultat.prixDesChoix).\n\n"
                    + "| instance | moment | durée demandée (s) | écoulé (s) | processeur (s) | de 202 à la fin (s) | score | écart à l'optimum |\n"
                    + "|---|---|---|---|---|---|---|---|\n",
                    StandardCharsets.UTF_8);
        }
        String ligne = String.format(Locale.FRANCE, "| %s | %s | %d | %.1f | %.1f | %.1f | `%s` | %s |%n", instance.titre(), etiquette,
                temps.path("secondesDemandees").asInt(), temps.path("secondesEcoulees").asDouble(), temps.path("secondesProcesseur").asDouble(),
                total, score, ecart);
        Files.writeString(RAPPORT, ligne, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        System.out.print(ligne);
    }
}
