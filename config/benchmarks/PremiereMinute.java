import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the work left for after readiness costs the first requests (BENCHMARKS.md, « Start-up »), started right after
 * GET /q/health/ready answered 200:
 * <ul>
 * <li>decisions ({@code POST /api/decisions}, one dossier as an ARS agent) at a fixed rate for N seconds, latency counted
 * from each request's due time (no coordinated omission), reported per 10-second window;</li>
 * <li>an allocation scenario (a CSV of candidates, a 10 s solve) posted at once, and the same again at a later second:
 * its {@code resultat.tempsDeCalcul} (processor time the solve had) and score, early against late.</li>
 * </ul>
 * Usage: java config/benchmarks/PremiereMinute.java <base url> <dossier.json> <candidats.csv> [seconds=60] [decisions/s=4] [late scenario at s=90]
 */
public class PremiereMinute {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String ARS = "Basic " + Base64.getEncoder().encodeToString("ars-bretagne:ars-bretagne-enmr".getBytes(StandardCharsets.UTF_8));
    private static final String MINISTERE = "Basic " + Base64.getEncoder().encodeToString("ministere:ministere-enmr".getBytes(StandardCharsets.UTF_8));

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String dossier = Files.readString(Path.of(args[1]));
        String candidats = Files.readString(Path.of(args[2]));
        int secondes = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        double debit = args.length > 4 ? Double.parseDouble(args[4]) : 4;
        int tard = args.length > 5 ? Integer.parseInt(args[5]) : 90;
        long debut = System.nanoTime();
        Thread tot = new Thread(() -> System.out.println(scenario(base, candidats, "au démarrage", debut)));
        tot.start();
        int fenetres = (secondes + 9) / 10;
        List<List<Double>> latences = new ArrayList<>();
        for (int f = 0; f < fenetres; f++) {
            latences.add(new ArrayList<>());
        }
        int autres = 0;
        long intervalle = (long) (1e9 / debit);
        for (long i = 0;; i++) {
            long du = debut + i * intervalle;
            if (du - debut >= secondes * 1_000_000_000L) {
                break;
            }
            while (System.nanoTime() < du) {
                Thread.sleep(Math.max(0, (du - System.nanoTime()) / 1_000_000));
            }
            HttpResponse<String> reponse = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/decisions")).header("Authorization", ARS)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(dossier)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (reponse.statusCode() != 201 || !reponse.body().contains("\"eligible\":true")) {
                autres++;
            }
            latences.get((int) ((du - debut) / 10_000_000_000L)).add((System.nanoTime() - du) / 1e6);
        }
        System.out.printf(Locale.ROOT, "- decisions at %.0f/s for %d s after readiness (one connection at a time; ms from each request's due time): %d answers not 201 eligible%n",
                debit, secondes, autres);
        System.out.println();
        System.out.println("| seconds after ready | decisions | p50 ms | p90 ms | max ms |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (int f = 0; f < fenetres; f++) {
            List<Double> l = latences.get(f);
            Collections.sort(l);
            if (!l.isEmpty()) {
                System.out.printf(Locale.ROOT, "| %d–%d | %d | %.1f | %.1f | %.1f |%n", f * 10, f * 10 + 10, l.size(), l.get(l.size() / 2),
                        l.get((int) (l.size() * 0.9)), l.get(l.size() - 1));
            }
        }
        System.out.println();
        tot.join();
        long attente = debut + tard * 1_000_000_000L - System.nanoTime();
        if (attente > 0) {
            Thread.sleep(attente / 1_000_000);
        }
        System.out.println(scenario(base, candidats, tard + " s après", debut));
    }

    /** Posts the scenario (400 candidates, 160 places, 10 s), waits for its end; one line: when, CPU time had, score. */
    private static String scenario(String base, String candidats, String quand, long debut) {
        try {
            double poste = (System.nanoTime() - debut) / 1e9;
            HttpResponse<String> cree = HTTP.send(HttpRequest.newBuilder(URI.create(base
                    + "/api/scenarios?nom=Demarrage&places=160&minimumParRegion=CORSE:1&dureeMaxSecondes=10")).header("Authorization", MINISTERE)
                    .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(candidats)).build(), HttpResponse.BodyHandlers.ofString());
            String lieu = cree.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException(cree.statusCode() + " " + cree.body()));
            String corps;
            do {
                Thread.sleep(500);
                corps = HTTP.send(HttpRequest.newBuilder(URI.create(lieu.startsWith("http") ? lieu : base + lieu)).header("Authorization", MINISTERE)
                        .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            } while (corps.contains("\"statut\":\"EN_COURS\""));
            return String.format(Locale.ROOT, "- scenario %s (posted %.1f s after ready, answered %d): statut %s, score %s, tempsDeCalcul %s", quand, poste,
                    cree.statusCode(), champ(corps, "\"statut\":\"([^\"]*)\""), champ(corps, "\"score\":\"([^\"]*)\""),
                    champ(corps, "\"tempsDeCalcul\":(\\{[^}]*\\})"));
        } catch (Exception e) {
            return "- scenario " + quand + ": " + e;
        }
    }

    private static String champ(String json, String motif) {
        Matcher m = Pattern.compile(motif).matcher(json);
        return m.find() ? m.group(1) : "?";
    }
}
