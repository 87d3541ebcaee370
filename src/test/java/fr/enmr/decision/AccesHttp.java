package fr.enmr.decision;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The service's users over HTTP, from many threads at once (java.net.http: rest-assured is not meant for concurrent
 * clients), against a service in the test's JVM or a packaged one.
 */
public final class AccesHttp {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI racine;
    private final UnaryOperator<String> motDePasse;
    private final Duration delai;

    /**
     * @param motDePasse the password of an account ({@code "test-enmr"} in the test profile, {@code "<account>-enmr"} for the
     *        packaged service's demonstration accounts)
     * @param delai the client's timeout per request
     */
    public AccesHttp(URI racine, UnaryOperator<String> motDePasse, Duration delai) {
        this.racine = racine;
        this.motDePasse = motDePasse;
        this.delai = delai;
    }

    /** The service started by @QuarkusTest (the test profile's accounts). */
    public static AccesHttp serviceDeTest(Duration delai) {
        return new AccesHttp(URI.create("http://localhost:" + io.restassured.RestAssured.port), compte -> fr.enmr.securite.Comptes.MOT_DE_PASSE,
                delai);
    }

    /** The ARS agent of a region, as the accounts are named: ars-bretagne, ars-provence-alpes-cote-d-azur. */
    public static String agentArs(String region) {
        return "ars-" + region.toLowerCase().replace('_', '-');
    }

    /** POST /api/decisions as this account; throws IOException when no answer came (connection cut, timeout). */
    public HttpResponse<String> decider(String compte, String dossier) throws IOException, InterruptedException {
        return envoyer(HttpRequest.newBuilder(racine.resolve("/api/decisions")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(dossier, StandardCharsets.UTF_8)), compte);
    }

    /** GET of a path with these query parameters (encoded here), as this account. */
    public HttpResponse<String> lire(String compte, String chemin, Map<String, String> parametres) throws IOException, InterruptedException {
        String requete = parametres.entrySet().stream()
                .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return envoyer(HttpRequest.newBuilder(racine.resolve(chemin + (requete.isEmpty() ? "" : "?" + requete))).GET(), compte);
    }

    /** The JSON of a GET that must answer 200. */
    public JsonNode json(String compte, String chemin, Map<String, String> parametres) throws IOException, InterruptedException {
        HttpResponse<String> reponse = lire(compte, chemin, parametres);
        if (reponse.statusCode() != 200) {
            throw new AssertionError("GET " + reponse.uri() + " as " + compte + ": " + reponse.statusCode() + " " + reponse.body());
        }
        return JSON.readTree(reponse.body());
    }

    /** Query parameters in the order given. */
    public static Map<String, String> parametres(String... clesEtValeurs) {
        Map<String, String> parametres = new LinkedHashMap<>();
        for (int i = 0; i < clesEtValeurs.length; i += 2) {
            parametres.put(clesEtValeurs[i], clesEtValeurs[i + 1]);
        }
        return parametres;
    }

    private HttpResponse<String> envoyer(HttpRequest.Builder requete, String compte) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((compte + ":" + motDePasse.apply(compte)).getBytes(StandardCharsets.UTF_8));
        return http.send(requete.timeout(delai).header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString());
    }
}
