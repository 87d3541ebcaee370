package fr.enmr.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

import fr.enmr.securite.Comptes;
import io.quarkus.test.junit.QuarkusTest;

/** The ministry on /scenarios, in a real browser: a scenario run to the end, its chart, candidates, export, comparison. */
@QuarkusTest
class PageScenariosTest extends Navigateur {

    static final String CANDIDATS = """
            reference;nom;region;cout;patienteleRetenue;zoneFragile;rangArs;eligible
            PET-A;MSP A;BRETAGNE;45950,00;3350;false;1;true
            PET-B;MSP B;BRETAGNE;55000,00;5000;false;1;true
            PET-C;MSP C;CORSE;40000,00;2000;true;1;true
            PET-D;MSP D;CORSE;10000,00;9000;false;1;false
            PET-E;MSP E;GUYANE;5000,00;900;false;1;true
            """;
    static final Path NATIONAL = Path.of("config/scenarios/candidats-nationaux-400.csv");
    static final LocatorAssertions.HasTextOptions CALCUL = new LocatorAssertions.HasTextOptions().setTimeout(45_000);

    @Override
    String utilisateur() {
        return "ministere";
    }

    @Test
    @SuppressWarnings("unchecked")
    void theMinistryRunsASmallScenarioToTheEndAndSeesTheRegionChart() throws IOException {
        Path csv = Files.createTempFile("candidats", ".csv");
        Files.writeString(csv, CANDIDATS);
        aller("/scenarios");
        page.getByLabel("Nom du scénario").fill("Petit scénario");
        page.getByLabel("Places", new Page.GetByLabelOptions().setExact(true)).fill("3");
        page.getByLabel("Enveloppe (€)").fill("100 000");
        page.getByLabel("Durée maximale du calcul (s)").fill("2");
        page.getByLabel("Un fichier CSV de candidats").check();
        page.getByLabel("Fichier CSV", new Page.GetByLabelOptions().setExact(true)).setInputFiles(csv);
        capturer("ministere-creation", false);

        page.getByText("Lancer le scénario").click();

        assertThat(page.locator("#titre-suivi")).hasText("Scénario « Petit scénario »");
        assertThat(page.locator("#statut")).hasText("Terminé", CALCUL);
        assertThat(page.locator("#progression")).hasAttribute("value", "100");
        assertThat(page.locator("#score")).hasText("places, enveloppe et minimums régionaux respectés ; valeur : 10 680 patients pondérés");
        assertThat(page.locator("#table-regions tbody tr")).hasCount(3);
        assertThat(page.locator("#table-regions tbody tr").first()).containsText("Bretagne");
        Object regions = page.evaluate("() => Chart.getChart('graphique-regions').data.labels");
        assertThat((List<Object>) regions).containsExactly("Bretagne", "Corse", "Guyane");
        assertThat(page.locator("#graphique-regions")).isVisible();
        assertThat(texte(page.locator("#totaux").innerText())).contains("Places retenues 3 sur 3").contains("Minimums atteints 3 régions sur 3");
        assertThat(page.locator("#temps-de-calcul-resume")).containsText(java.util.regex.Pattern.compile(
                "^Temps de calcul : \\d+(,\\d)? s de processeur sur 2 s demandées \\(\\d+(,\\d)? s écoulées?\\)\\.$"));

        Locator candidats = page.locator("#table-candidats tbody tr");
        assertThat(candidats).hasCount(5);
        page.getByLabel("Chercher un candidat (référence, nom ou région)").fill("PET-D");
        assertThat(candidats).hasCount(1);
        candidats.locator("summary").click();
        assertThat(candidats.locator("details")).containsText("n'est pas éligible");
        page.getByLabel("Chercher un candidat (référence, nom ou région)").fill("");
        page.locator("#table-candidats thead").getByText("Coût").click();
        assertThat(candidats.first()).hasAttribute("data-reference", "PET-E");
        assertThat(candidats.last()).hasAttribute("data-reference", "PET-D"); // ineligible: last by cost, whichever way
        assertThat(page.locator("#table-candidats th[aria-sort='ascending']")).hasText("Coût");
        page.locator("#table-candidats thead").getByText("Coût").click();
        assertThat(candidats.first()).hasAttribute("data-reference", "PET-B");
        assertThat(candidats.last()).hasAttribute("data-reference", "PET-D");
        assertThat(page.locator("#candidats-pages")).isHidden();
        // the solver's vocabulary stays out of the page: places, euros, patients and minimums only
        assertThat(page.locator("#suivi")).not().containsText(java.util.regex.Pattern.compile("hard|medium|soft|points"));
        capturer("ministere-resultat");

        page.getByLabel("Afficher").selectOption("true");
        assertThat(candidats).hasCount(3);
        Download export = page.waitForDownload(() -> page.getByText("Exporter les 3 candidats de la liste (CSV)").click());

        List<String> lignes = Files.readAllLines(export.path(), StandardCharsets.UTF_8);
        assertThat(export.suggestedFilename()).isEqualTo("selection-petit-scenario.csv");
        assertThat(lignes.get(0)).isEqualTo("\uFEFFScénario;Petit scénario");
        assertThat(lignes).contains("Places;3", "Enveloppe (€);100000", "Candidats exportés;Les retenus");
        int entete = lignes.indexOf("reference;nom;region;retenu;eligible;cout;valeur;valeurParMilleEuros");
        assertThat(entete).as("the header after the scenario's parameters and an empty line").isPositive();
        assertThat(lignes.get(entete - 1)).isEmpty();
        assertThat(lignes.subList(entete + 1, lignes.size())).as("what is shown: the retained only").hasSize(3)
                .allMatch(l -> l.contains(";oui;oui;")).anyMatch(l -> l.startsWith("PET-C;MSP C;CORSE;oui;oui;40000"));

        page.getByLabel("Chercher un candidat (référence, nom ou région)").fill("Corse");
        export = page.waitForDownload(() -> page.getByText("Exporter les 1 candidats de la liste (CSV)").click());
        lignes = Files.readAllLines(export.path(), StandardCharsets.UTF_8);
        assertThat(lignes).contains("Candidats exportés;Les retenus, recherche « Corse »");
        assertThat(lignes.get(lignes.size() - 1)).startsWith("PET-C;");
    }

    @Test
    void namesThatWouldBeFormulasAreKeptByTheApiAndExportedAsText() throws Exception {
        List<String> noms = List.of("=HYPERLINK(\"http://exemple.invalid/x\";\"Cliquer\")", "+Santé", "-x", "@x");
        List<Map<String, Object>> candidats = new ArrayList<>();
        for (int i = 0; i < noms.size(); i++) {
            candidats.add(Map.of("reference", "INJ-" + i, "nom", noms.get(i), "region", "BRETAGNE", "cout", 10000,
                    "patienteleRetenue", 1000 + i, "zoneFragile", false, "rangArs", 1, "eligible", true));
        }
        String id = Comptes.ministere().contentType("application/json")
                .body(Map.of("nom", "Noms piégés", "parametres", Map.of("places", 4, "enveloppe", 100000, "dureeMaxSecondes", 2),
                        "candidats", candidats))
                .post("/api/scenarios").then().statusCode(202).extract().path("id");
        attendreLaFin(id);
        List<String> nomsApi = Comptes.ministere().get("/api/scenarios/" + id + "/candidats").then().statusCode(200).extract().path("nom");
        assertThat(nomsApi).as("the API keeps the names as given").containsExactlyInAnyOrderElementsOf(noms);

        aller("/scenarios?id=" + id);
        assertThat(page.locator("#table-candidats tbody tr")).hasCount(4, new LocatorAssertions.HasCountOptions().setTimeout(30_000));
        assertThat(page.locator("#table-candidats")).containsText(noms.get(0));
        Download export = page.waitForDownload(() -> page.locator("#exporter").click());

        List<String> lignes = Files.readAllLines(export.path(), StandardCharsets.UTF_8);
        assertThat(lignes).filteredOn(l -> l.startsWith("INJ-")).hasSize(4);
        List<String> attendus = List.of("\"'=HYPERLINK(\"\"http://exemple.invalid/x\"\";\"\"Cliquer\"\")\"", "\"'+Santé\"", "\"'-x\"", "\"'@x\"");
        for (int i = 0; i < attendus.size(); i++) {
            String debut = "INJ-" + i + ";" + attendus.get(i) + ";BRETAGNE;oui;oui;10000;";
            assertThat(lignes).as("the names are text, the amounts stay numbers")
                    .anyMatch(l -> l.startsWith(debut) && l.substring(debut.length()).matches("\\d+(,\\d+)?;\\d+(,\\d+)?"));
        }
    }

    @Test
    void aTeamStoredUnderTwoReferencesIsFlaggedAsASuspectedDuplicate() throws Exception {
        String dossier = fr.enmr.decision.DecisionApiSuite.exemple1();
        for (String[] equipe : new String[][] {{"DOUBLON-PAGE-1", "MSP de Kérlouan-Plage"}, {"DOUBLON-PAGE-2", "msp  de KERLOUAN plage"}}) {
            Comptes.agentArs("BRETAGNE").contentType("application/json")
                    .body(dossier.replace("BRE-2014-0001", equipe[0]).replace("MSP de Melgven", equipe[1]))
                    .post("/api/decisions").then().statusCode(201);
        }
        aller("/scenarios");
        page.getByLabel("Nom du scénario").fill("Depuis les décisions");
        page.getByLabel("Places", new Page.GetByLabelOptions().setExact(true)).fill("3");
        page.getByLabel("Durée maximale du calcul (s)").fill("2");

        page.getByText("Lancer le scénario").click();

        assertThat(page.locator("#statut")).hasText("Terminé", CALCUL);
        assertThat(page.locator("#doublons-presumes")).isVisible();
        assertThat(page.locator("#doublons-presumes")).containsText("(DOUBLON-PAGE-1, DOUBLON-PAGE-2)");
        assertThat(page.locator("#doublons-presumes")).containsText("MAISON_DE_SANTE, département 29");
        capturer("ministere-doublons");
    }

    @Test
    void aLongScenarioShowsItsProgressAndIsStopped() throws IOException {
        aller("/scenarios");
        page.getByLabel("Nom du scénario").fill("National long");
        page.getByLabel("Durée maximale du calcul (s)").fill("120");
        page.getByLabel("Un fichier CSV de candidats").check();
        page.getByLabel("Fichier CSV", new Page.GetByLabelOptions().setExact(true)).setInputFiles(NATIONAL);
        page.getByText("Lancer le scénario").click();

        assertThat(page.locator("#statut")).hasText("En cours");
        assertThat(page.locator("#score")).containsText("patients pondérés", new LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
        assertThat(page.locator("#progression-texte")).containsText("s sur 120 s au plus");
        // nothing to filter or export before the end (it used to export the previously opened scenario as selection-null.csv)
        assertThat(page.locator("#filtre-candidats")).isHidden();
        assertThat(page.locator("#exporter")).isHidden();
        assertThat(page.locator("#graphique-regions")).isVisible();
        assertThat(page.locator("#temps-de-calcul")).isHidden(); // the processor time is known once the solve ends
        page.locator("#suivi").evaluate("e => e.scrollIntoView()");
        capturer("ministere-calcul", false);

        page.getByText("Arrêter le calcul").click();

        assertThat(page.locator("#statut")).hasText("Arrêté", CALCUL);
        assertThat(page.locator("#candidats-etat")).containsText("400 dans la liste, 1 à 50 affichés.", new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        assertThat(page.locator("#table-candidats tbody tr")).hasCount(50);
        assertThat(page.locator("#candidats-pages-position")).hasText("Page 1 sur 8");
        page.locator("#candidats-pages-suivante").click();
        assertThat(page.locator("#candidats-etat")).containsText("51 à 100 affichés.");
        assertThat(page.locator("#candidats-pages-position")).hasText("Page 2 sur 8");
    }

    @Test
    void aScenarioWhoseSolveHadLittleProcessorSaysSoWithItsResult() throws Exception {
        String id;
        try (ProcesseurOccupe occupe = ProcesseurOccupe.demarrer()) {
            // 2 s of processor asked: the wall-clock bound (1.5 × 2 s) ends the solve with a fraction of them
            id = lancer("Processeur occupé", 3);
            attendreLaFin(id);
        }
        var temps = Comptes.ministere().get("/api/scenarios/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(temps.getBoolean("resultat.tempsDeCalcul.reduit")).as("the service's own account of the solve").isTrue();
        String explication = temps.getString("resultat.tempsDeCalcul.explication");

        aller("/scenarios?id=" + id);

        assertThat(page.locator("#statut")).hasText("Terminé");
        assertThat(page.locator("#temps-de-calcul-resume")).containsText("s de processeur sur 2 s demandées");
        Locator note = page.locator("#temps-de-calcul-explication");
        assertThat(note).isVisible();
        assertThat(note).hasText(explication);
        assertThat(note).containsText("d'autres travaux occupaient le processeur");
        assertThat(note).hasClass("information"); // worth knowing, not an error: the result stands
        page.locator("#temps-de-calcul").scrollIntoViewIfNeeded();
        capturer("ministere-temps-reduit", false);
    }

    @Test
    void regionalMinimumsAndMaximumsAreChosenFromTheRegions() throws IOException {
        Path csv = Files.createTempFile("candidats", ".csv");
        Files.writeString(csv, CANDIDATS);
        aller("/scenarios");
        page.getByLabel("Nom du scénario").fill("Maximum breton");
        page.getByLabel("Places", new Page.GetByLabelOptions().setExact(true)).fill("3");
        page.getByLabel("Enveloppe (€)").fill("100 000");
        page.getByLabel("Durée maximale du calcul (s)").fill("2");
        Locator maximums = page.locator("[data-champ='parametres.maximumParRegion']");
        maximums.getByLabel("Région").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Bretagne"));
        maximums.getByLabel("Maximum de places").fill("1");
        maximums.getByText("Ajouter").click();
        Locator minimums = page.locator("[data-champ='parametres.minimumParRegion']");
        minimums.getByLabel("Région").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Guyane"));
        minimums.getByLabel("Minimum de places").fill("2");
        minimums.getByText("Ajouter").click();
        minimums.getByText("Retirer").click(); // changed one's mind
        assertThat(maximums.locator("li")).hasText("Bretagne : 1 Retirer");
        assertThat(minimums.locator("li")).hasCount(0);
        page.getByLabel("Un fichier CSV de candidats").check();
        page.getByLabel("Fichier CSV", new Page.GetByLabelOptions().setExact(true)).setInputFiles(csv);
        capturer("ministere-regions", false);

        page.getByText("Lancer le scénario").click();

        assertThat(page.locator("#statut")).hasText("Terminé", CALCUL);
        Locator bretagne = page.locator("#table-regions tbody tr", new Page.LocatorOptions().setHasText("Bretagne"));
        assertThat(bretagne.locator("td").nth(2)).hasText("1"); // its maximum
        assertThat(page.locator("#table-regions tbody tr", new Page.LocatorOptions().setHasText("Guyane")).locator("td").nth(1)).hasText("1");
    }

    @Test
    void aBadParameterShowsTheApisMessageNextToIt() {
        attendreErreurConsole(e -> e.contains("status of 400"));
        aller("/scenarios");
        page.getByLabel("Places", new Page.GetByLabelOptions().setExact(true)).fill("0");

        page.getByText("Lancer le scénario").click();

        assertThat(page.locator("[data-champ='parametres.places'] .erreur")).hasText("Erreur : doit être un entier supérieur ou égal à 1");
        assertThat(page.locator("#parametres-places")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#suivi")).isHidden();
    }

    @Test
    void twoScenariosAreComparedSideBySide() throws Exception {
        String a = lancer("Deux places", 2);
        String b = lancer("Trois places", 3);
        attendreLaFin(a);
        attendreLaFin(b);
        aller("/scenarios"); // a fresh browser: the scenarios are offered from the store, not from this browser's history

        // the stored scenarios are listed, newest first, with their places and cost, and open from the list
        Locator ligneB = page.locator("#table-enregistres tr[data-scenario='" + b + "']");
        assertThat(ligneB.locator("th")).hasText("Trois places");
        assertThat(ligneB.locator("td").nth(1)).hasText("terminé");
        assertThat(ligneB.locator("td").nth(2)).hasText("3 sur 3");
        assertThat(ligneB.locator("td").nth(3)).hasText(java.util.regex.Pattern.compile("\\d[\\d\\s\u202f]*,\\d{2}\\s€"));
        page.locator("#enregistres").scrollIntoViewIfNeeded();
        capturer("ministere-enregistres", false);
        ligneB.getByText("Ouvrir").click();
        assertThat(page.locator("#titre-suivi")).hasText("Scénario « Trois places »");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/scenarios\\?id=" + b + "$"));

        Locator choixA = comparer("A");
        assertThat(choixA.locator("option[value='" + b + "']")).hasText(java.util.regex.Pattern.compile("^Trois places — terminé — \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}$"));
        assertThat(page.locator("#scenarios-etat")).containsText("proposé");
        List<?> valeurs = (List<?>) choixA.locator("option").evaluateAll("os => os.map(o => o.value)");
        assertThat(valeurs.stream().map(String::valueOf).toList()).as("newest first").containsSubsequence("", b, a);
        choixA.selectOption(a);
        comparer("B").selectOption(b);
        page.getByText("Comparer", new Page.GetByTextOptions().setExact(true)).click();

        Locator comparaison = page.locator("#comparaison-resultat");
        assertThat(comparaison.locator("h3")).hasText("A : « Deux places » — B : « Trois places »");
        Locator totaux = comparaison.locator("#table-comparaison tbody tr.total td");
        assertThat(totaux.nth(0)).hasText("2");
        assertThat(totaux.nth(1)).hasText("3");
        assertThat(totaux.nth(2)).hasText("+1"); // B − A
        Locator places = comparaison.locator("#parametres-comparaison tr", new Locator.LocatorOptions().setHasText("Places"));
        assertThat(places.locator("td")).hasText(new String[] {"2", "3"});
        assertThat(places.locator("td.different")).hasCount(2);
        assertThat(comparaison.locator(".legende")).containsText("Sur fond jaune : les chiffres qui diffèrent entre A et B");
        assertThat(comparaison.locator("#table-comparaison tbody tr")).hasCount(4);
        assertThat(comparaison).containsText("Retenus seulement dans B");
        page.locator("#comparaison").scrollIntoViewIfNeeded();
        capturer("ministere-comparaison", false);
    }

    @Test
    void aStoredScenarioIsRenamedThenDeletedFromTheList() throws Exception {
        String id = lancer("À renommer", 2);
        attendreLaFin(id);
        aller("/scenarios");
        Locator ligne = page.locator("#table-enregistres tr[data-scenario='" + id + "']");
        page.setViewportSize(390, 844); // on a phone, the row's three buttons stay on screen
        var boite = ligne.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Supprimer le scénario À renommer")).boundingBox();
        assertThat(boite.x + boite.width).as("on screen without scrolling sideways").isLessThanOrEqualTo(390);
        page.setViewportSize(1280, 800);

        // renamed: a blank name is refused next to the field, then the new name is saved and shown everywhere
        ligne.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Renommer le scénario À renommer")).click();
        Locator saisie = ligne.getByLabel("Nouveau nom du scénario « À renommer »");
        assertThat(saisie).hasValue("À renommer");
        saisie.fill("  ");
        attendreErreurConsole(e -> e.contains("status of 400")); // the browser logs the API's refusal
        ligne.getByText("Enregistrer le nom").click();
        assertThat(ligne.locator(".erreur")).hasText("Nom : champ obligatoire : le nouveau nom du scénario, non vide");
        assertThat(saisie).hasAttribute("aria-invalid", "true");
        saisie.fill("Variante Bretagne");
        capturer("ministere-renommage", false);
        ligne.getByText("Enregistrer le nom").click();
        assertThat(ligne.locator("th")).hasText("Variante Bretagne");
        assertThat(page.locator("#enregistres-etat")).containsText("Scénario « À renommer » renommé « Variante Bretagne ».");
        assertThat(comparer("A").locator("option[value='" + id + "']")).hasText(java.util.regex.Pattern.compile("^Variante Bretagne — "));
        assertThat((String) Comptes.ministere().get("/api/scenarios/" + id).then().statusCode(200).extract().path("nom")).isEqualTo("Variante Bretagne");

        // deleted: asked first; « Annuler » keeps it
        Locator supprimer = ligne.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Supprimer le scénario Variante Bretagne"));
        supprimer.click();
        assertThat(ligne).containsText("Supprimer définitivement « Variante Bretagne », ses paramètres et son résultat ?");
        ligne.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Annuler")).click();
        assertThat(supprimer).isVisible();
        Comptes.ministere().get("/api/scenarios/" + id).then().statusCode(200);
        supprimer.click();
        capturer("ministere-suppression", false);
        ligne.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Supprimer définitivement")).click();

        assertThat(ligne).hasCount(0);
        assertThat(page.locator("#enregistres-etat")).containsText("Scénario « Variante Bretagne » supprimé.");
        assertThat(comparer("A").locator("option[value='" + id + "']")).hasCount(0);
        Comptes.ministere().get("/api/scenarios/" + id).then().statusCode(404);
    }

    @Test
    void aScenarioBeingSolvedOffersNeitherRenamingNorDeleting() throws Exception {
        String id = Comptes.ministere().contentType("text/csv").body(Files.readString(NATIONAL)).queryParam("nom", "Long calcul")
                .queryParam("dureeMaxSecondes", 60).post("/api/scenarios").then().statusCode(202).extract().path("id");
        try {
            aller("/scenarios");
            Locator ligne = page.locator("#table-enregistres tr[data-scenario='" + id + "']");
            assertThat(ligne.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Renommer le scénario Long calcul"))).isDisabled();
            assertThat(ligne.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Supprimer le scénario Long calcul"))).isDisabled();
            assertThat(ligne.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ouvrir le scénario Long calcul"))).isEnabled();
        } finally {
            Comptes.ministere().delete("/api/scenarios/" + id).then().statusCode(200);
        }
    }

    /** The comparison's drop-down: its label exactly, as a stored scenario's buttons say « … le scénario Arbitrage … ». */
    private Locator comparer(String lettre) {
        return page.getByLabel("Scénario " + lettre, new Page.GetByLabelOptions().setExact(true));
    }

    private static String lancer(String nom, int places) {
        return Comptes.ministere().contentType("text/csv").body(CANDIDATS).queryParam("nom", nom).queryParam("places", places)
                .queryParam("enveloppe", 200000).queryParam("dureeMaxSecondes", 2)
                .post("/api/scenarios").then().statusCode(202).extract().path("id");
    }

    private static void attendreLaFin(String id) {
        await(id + " no longer EN_COURS").atMost(Duration.ofSeconds(40)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(250))
                .until(() -> !"EN_COURS".equals(Comptes.ministere().get("/api/scenarios/" + id).then().statusCode(200).extract().path("statut")));
    }
}
