package fr.enmr.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.enmr.dossier.Dossier;
import fr.enmr.dossier.echantillon.Codes.Campagne;
import fr.enmr.dossier.echantillon.Codes.Region;
import fr.enmr.dossier.echantillon.GenerateurDossiers;
import fr.enmr.emballe.ServiceEmballe;

/**
 * The store's durability promise (issue 27) at full load: the packaged service on a fresh embedded store, 8 clients
 * posting generated dossiers without pause (the ARS agents of Bretagne and Lorraine, both campaigns, one reference in
 * four decided twice), killed (SIGKILL) with requests in flight, started again on the same store. Every decision
 * answered 201 is then found at once: read by id identical to its 201, listed by a part of its reference, of its
 * structure's name, by region + campaign + eligibility, as the latest decision of its reference, and counted by its
 * dashboard. A request cut by the kill may or may not have been stored.
 */
class PanneSousChargeIT {

    private static final int CLIENTS = 8;
    private static final Duration CHARGE_MINIMALE = Duration.ofSeconds(5);
    private static final int ACQUITTEES_MINIMUM = 50;
    /** The demonstration accounts' passwords (config/utilisateurs.properties). */
    private static final java.util.function.UnaryOperator<String> MOTS_DE_PASSE = compte -> compte + "-enmr";

    @TempDir
    Path store;

    @Test
    void everyDecisionAnswered201IsFoundByIdAndEverySearchAfterAKillAtFullLoad() throws Exception {
        int port = ServiceEmballe.portLibre();
        // no sample data: the dashboards count only this test's decisions
        Map<String, String> proprietes = Map.of("enmr.store.chemin", store.resolve("donnees").toString(), "enmr.echantillons.charger", "false");
        AccesHttp acces = new AccesHttp(java.net.URI.create("http://127.0.0.1:" + port), MOTS_DE_PASSE, Duration.ofSeconds(30));

        ChargeDecisions charge;
        ServiceEmballe premier = ServiceEmballe.demarrer("panne-sous-charge", port, proprietes);
        try {
            charge = new ChargeDecisions(acces, dossiersDeBretagneEtLorraine(), CLIENTS).demarrer();
            long debut = System.nanoTime();
            while (System.nanoTime() - debut < CHARGE_MINIMALE.toNanos() || charge.acquittees().size() < ACQUITTEES_MINIMUM) {
                assertThat(Duration.ofNanos(System.nanoTime() - debut)).as("time to " + ACQUITTEES_MINIMUM + " decisions answered, "
                        + charge.statuts()).isLessThan(Duration.ofMinutes(3));
                Thread.sleep(100);
            }
            charge.plusDeNouvelles();
            premier.tuer();
            charge.arreter();
        } finally {
            premier.tuer();
        }
        System.out.println("Killed under load: answers by status (0: none) " + charge.statuts() + ", " + charge.acquittees().size()
                + " decisions answered 201");
        assertThat(charge.inattendues()).as("answers other than 201 before the kill").isEmpty();
        assertThat(charge.statuts()).as("the kill cut requests in flight").containsKey(0);

        int journalAvant = premier.journal().length();
        try (ServiceEmballe second = ServiceEmballe.demarrer("panne-sous-charge", port, proprietes)) {
            // the index is rebuilt before the service says it is ready: every read is immediate (the freshness promise's 1 s)
            Duration recherches = charge.verifierRecherches("ministere", FraicheurApiSuite.PROMESSE);
            // the aggregates left behind by the kill are computed again in the background once ready (docs/pilotage.md)
            long debut = System.nanoTime();
            await("every steering aggregate computed again after the restart").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                    .until(() -> second.journal().substring(journalAvant).contains("Every steering aggregate computed"));
            Duration tableaux = charge.verifierTableaux("ministere", Map.of(), FraicheurApiSuite.PROMESSE);
            System.out.println("After the restart, " + charge.acquittees().size() + " decisions answered 201 found by id and every search in "
                    + recherches.toMillis() + " ms, counted by the dashboards " + Duration.ofNanos(System.nanoTime() - debut).toMillis()
                    + " ms after the searches (" + tableaux.toMillis() + " ms once the aggregates were computed again)");
        }
    }

    /** Generated dossiers of both campaigns in the two regions the demonstration agents decide for. */
    private static List<Dossier> dossiersDeBretagneEtLorraine() {
        GenerateurDossiers generateur = new GenerateurDossiers();
        return Stream.concat(generateur.generer(27, 2_000, Campagne.ENMR_2014).stream(), generateur.generer(27, 2_000, Campagne.ENMR_2010).stream())
                .filter(d -> d.structure().region().equals(Region.BRETAGNE) || d.structure().region().equals(Region.LORRAINE))
                .toList();
    }
}
