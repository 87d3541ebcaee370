package fr.enmr.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import fr.enmr.securite.Comptes;
import io.quarkus.test.junit.QuarkusTest;

/** An ARS agent on /decisions, in a real browser: a dossier typed or imported, its decision, its errors, the list. */
@QuarkusTest
class PageDecisionsTest extends Navigateur {

    static final Path EXEMPLE = Path.of("src/main/resources/cas/bases/msp-bretagne-2014.json");

    @Test
    void anAgentTypesTheWorkedExampleAndSeesItsAmount() {
        aller("/decisions");
        String reference = "SAISIE-" + System.nanoTime();
        dossier().getByLabel("Référence ARS").fill(reference);
        dossier().getByLabel("Campagne").selectOption("ENMR_2014");
        dossier().getByLabel("Nom", new Locator.GetByLabelOptions().setExact(true)).fill("MSP de Melgven");
        dossier().getByLabel("Type de structure").selectOption("MAISON_DE_SANTE");
        dossier().getByLabel("Forme juridique").selectOption("SISA");
        dossier().getByLabel("Région").selectOption("BRETAGNE");
        dossier().getByLabel("Projet formalisé").selectOption("true");
        dossier().getByLabel("Transmis à l'ARS le").fill("2013-11-15");
        dossier().getByLabel("Accès aux soins").check();
        dossier().getByLabel("Continuité des soins").check();
        dossier().getByLabel("Coordination", new Locator.GetByLabelOptions().setExact(true)).check();
        ligne(0, "MEDECIN_GENERALISTE", "3", "10");
        page.getByText("Ajouter une ligne de professionnels").click();
        ligne(1, "INFIRMIER", "2", "11");
        page.getByText("Ajouter une ligne de professionnels").click();
        ligne(2, "MASSEUR_KINESITHERAPEUTE", "1", "8");
        dossier().getByLabel("Adultes ayant déclaré un médecin traitant").fill("3100");
        dossier().getByLabel("Enfants de 6 à 16 ans").fill("250");
        dossier().getByLabel("Première année du site").selectOption("true");
        capturer("ars-formulaire");

        page.getByText("Demander la décision").click();

        Locator resultat = page.locator("#resultat");
        assertThat(resultat.locator(".verdict")).isVisible();
        assertThat(texte(resultat.locator(".verdict").innerText())).isEqualTo("Éligible Total : 35 450,00 €");
        assertThat(texte(resultat.innerText()))
                .contains("Module 1 — missions coordonnées : 35 450,00 €")
                .contains("Patientèle retenue 3 350 patients")
                .contains("Part A (selon la patientèle retenue) 30 000,00 €")
                .contains("Part B (temps des professionnels) 5 450,00 €")
                .contains("Module 2 — éducation thérapeutique du patient : 0,00 €")
                .contains("Règles ");
        // the rules by their readable name, as in the PDF; their fingerprint as the detail that proves which files decided
        assertThat(texte(resultat.innerText())).containsPattern("Règles v\\d+ du \\d\\d/\\d\\d/\\d{4} — ")
                .containsPattern("Empreinte des règles ENMR_2014\\+sha256:");
        assertThat(resultat.locator(".critere")).hasCount(5);
        assertThat(resultat.locator(".critere-non")).hasCount(0);
        // explanations for people: French labels and dates, not the API's codes and ISO dates
        String explications = texte(String.join(" ", resultat.locator(".critere p").allInnerTexts()));
        assertThat(explications)
                .contains("Maison de santé : type de structure éligible")
                .contains("transmis à l'ARS le 15/11/2013 (au plus tard le 31/12/2014)")
                .contains("axes : Accès aux soins, Continuité des soins, Coordination")
                .contains("Région Bretagne : les 26 régions sont ouvertes par la campagne ENMR 2014.")
                .doesNotContain("2013-11-15", "BRETAGNE", "ACCES_AUX_SOINS", "MAISON_DE_SANTE", "ENMR_2014");
        assertThat(page).hasURL(Pattern.compile(".*/decisions\\?id=[0-9A-Z]{26}$"));
        capturer("ars-decision");
    }

    @Test
    void anImportedDossierFillsTheFormAndIsDecided() {
        aller("/decisions");
        page.getByLabel("Importer un dossier JSON").setInputFiles(EXEMPLE);

        assertThat(page.locator("#message-import")).containsText("« BRE-2014-0001 » importé");
        assertThat(dossier().getByLabel("Référence ARS")).hasValue("BRE-2014-0001");
        assertThat(page.locator("#professionnels-2-profession")).hasValue("MASSEUR_KINESITHERAPEUTE");
        assertThat(dossier().getByLabel("Accès aux soins")).isChecked();
        page.getByText("Demander la décision").click();

        assertThat(page.locator("#resultat .verdict-total")).hasText(Pattern.compile("Total : 35\\s450,00\\s€"));
    }

    @Test
    void aBadFieldShowsTheApisMessageNextToIt() {
        attendreErreurConsole(e -> e.contains("status of 400"));
        aller("/decisions");
        dossier().getByLabel("Référence ARS").fill("ERREUR-" + System.nanoTime());
        dossier().getByLabel("Région").selectOption("BRETAGNE");
        ligne(0, "MEDECIN_GENERALISTE", "3", "15");

        page.getByText("Demander la décision").click();

        Locator demiJournees = page.locator("[data-champ='professionnels[0].demiJourneesHebdo']");
        assertThat(demiJournees.locator(".erreur")).hasText("Erreur : doit être compris entre 0 et 14");
        assertThat(page.locator("#professionnels-0-demiJourneesHebdo")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("[data-champ='structure.type'] .erreur")).hasText("Erreur : champ obligatoire");
        assertThat(page.locator("#resume-erreurs")).isFocused();
        assertThat(page.locator("#resume-erreurs li")).hasCount(2);
        // in the order of the form: the structure's type comes before the professionals' lines
        assertThat(page.locator("#resume-erreurs li")).hasText(new String[] {
            "Type de structure : champ obligatoire", "Ligne 1 — Demi-journées par semaine : doit être compris entre 0 et 14"});
        assertThat(page.locator("#resultat")).isHidden();
        capturer("ars-erreurs");

        page.locator("#professionnels-0-demiJourneesHebdo").fill("10");
        dossier().getByLabel("Type de structure").selectOption("MAISON_DE_SANTE");
        page.getByText("Demander la décision").click();

        assertThat(page.locator("#resultat .verdict")).isVisible();
        assertThat(page.locator("form#form-dossier .erreur")).hasCount(0);
    }

    @Test
    void theListFindsAStoredDecisionAndOpensIt() throws IOException {
        String reference = "LISTE-" + System.nanoTime();
        Comptes.agentArs("BRETAGNE").contentType("application/json").body(Files.readString(EXEMPLE).replace("BRE-2014-0001", reference))
                .post("/api/decisions").then().statusCode(201);
        aller("/decisions");

        // a part of the reference, typed in small letters
        page.locator("#recherche-reference").fill(reference.substring(2).toLowerCase());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rechercher")).click();

        assertThat(page.locator("#liste-etat")).hasText("1 décision trouvée.");
        assertThat(page.locator(".pagination")).isHidden(); // one page: no « Page 1 sur 1 » nor its buttons
        Locator ligne = page.locator("#liste-decisions tbody tr");
        assertThat(ligne).hasCount(1);
        assertThat(ligne).containsText(reference);
        assertThat(texte(ligne.innerText())).contains("35 450,00 €");
        capturer("ars-liste", false);

        ligne.getByText("Ouvrir").click();

        assertThat(page.locator("#titre-resultat")).hasText("Décision — dossier " + reference);
        assertThat(page.locator("#resultat .faits")).containsText("MSP de Melgven — Maison de santé — Bretagne");
        assertThat(page.locator("#resultat a[href^='/api/decisions/']")).isVisible();
        // an ARS agent may not open /regles: no link to a 403
        assertThat(page.locator("#resultat a[href^='/regles?decision=']")).hasCount(0);
    }

    @Test
    void theListFindsAStructureByAPartOfItsNameTypedWithoutAccentsOrCapitals() throws IOException {
        String marque = "Kerlir" + System.nanoTime();
        String nom = "Maison de Santé de Plœmeur-" + marque;
        Comptes.agentArs("BRETAGNE").contentType("application/json").body(Files.readString(EXEMPLE).replace("MSP de Melgven", nom))
                .post("/api/decisions").then().statusCode(201);
        aller("/decisions");

        page.locator("#recherche-nom").fill("maison de sante de ploemeur " + marque.toLowerCase());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rechercher")).click();

        assertThat(page.locator("#liste-etat")).hasText("1 décision trouvée.");
        assertThat(page.locator("#liste-decisions tbody tr td").nth(2)).hasText(nom);
        capturer("ars-liste-par-nom", false);

        attendreErreurConsole(e -> e.contains("status of 400")); // the browser logs the API's refusal
        page.locator("#recherche-nom").fill("« - »");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rechercher")).click();
        assertThat(page.locator("#form-recherche [data-champ='nom']")).containsText("au moins une lettre ou un chiffre");
    }

    @Test
    void onlyAnAnalystIsOfferedTheRulesThatProducedADecision() throws IOException {
        String id = Comptes.agentArs("BRETAGNE").contentType("application/json").body(Files.readString(EXEMPLE))
                .post("/api/decisions").then().statusCode(201).extract().path("id");
        seConnecterComme("ministere");
        aller("/decisions?id=" + id);
        assertThat(page.locator("#resultat .faits")).containsText(id);
        assertThat(page.locator("#resultat a[href^='/regles?decision=']")).hasCount(0);

        seConnecterComme("analyste");
        aller("/decisions?id=" + id);
        page.getByText("Voir les règles qui ont produit cette décision").click();

        assertThat(page).hasURL(Pattern.compile(".*/regles\\?decision=" + id + "$"));
        assertThat(page.locator("h1")).not().containsText("Accès refusé");
    }

    @Test
    void onAPhoneTheListIsReadWithoutScrollingSideways() throws IOException {
        String reference = "TELEPHONE-" + System.nanoTime();
        Comptes.agentArs("BRETAGNE").contentType("application/json").body(Files.readString(EXEMPLE).replace("BRE-2014-0001", reference))
                .post("/api/decisions").then().statusCode(201);
        page.setViewportSize(390, 844);
        aller("/decisions");
        page.locator("#recherche-reference").fill(reference);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rechercher")).click();
        assertThat(page.locator("#liste-etat")).hasText("1 décision trouvée.");

        assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("the page does not scroll sideways").isTrue();
        Locator ligne = page.locator("#liste-decisions tbody tr");
        for (Locator cellule : List.of(ligne.locator("td.nombre"), ligne.getByText("Ouvrir"))) {
            cellule.scrollIntoViewIfNeeded();
            var boite = cellule.boundingBox();
            assertThat(boite.x).isGreaterThanOrEqualTo(0);
            assertThat(boite.x + boite.width).as("on screen without scrolling sideways").isLessThanOrEqualTo(390);
        }
        // a card: each cell says which column it is
        assertThat(ligne.locator("td.nombre").evaluate("td => getComputedStyle(td, '::before').content")).isEqualTo("\"Total : \"");
        page.locator("#decisions-enregistrees").screenshot(new Locator.ScreenshotOptions().setPath(CAPTURES.resolve("ars-liste-telephone-390x844.png")));
    }

    @Test
    void theListNamesTheStructureAndMarksTheLatestDecisionOfAReferenceDecidedTwice() throws IOException {
        String reference = "DEUX-FOIS-" + System.nanoTime();
        String dossier = Files.readString(EXEMPLE).replace("BRE-2014-0001", reference);
        for (int i = 0; i < 2; i++) {
            Comptes.agentArs("BRETAGNE").contentType("application/json").body(dossier).post("/api/decisions").then().statusCode(201);
        }
        aller("/decisions");
        page.locator("#recherche-reference").fill(reference);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rechercher")).click();

        Locator lignes = page.locator("#liste-decisions tbody tr");
        assertThat(lignes).hasCount(2);
        assertThat(page.locator("#liste-decisions thead th").nth(2)).hasText("Structure");
        assertThat(lignes.nth(0).locator("td").nth(2)).hasText("MSP de Melgven");
        assertThat(lignes.nth(0).locator("td").nth(1)).hasText(reference + "la plus récente de cette référence");
        assertThat(lignes.nth(1).locator("td").nth(1)).hasText(reference + "remplacée par une décision plus récente");
        capturer("ars-liste-deux-fois", false);
    }

    @Test
    void aDecisionLinkOpensTheDecisionWithItsDossier() throws IOException {
        String id = Comptes.agentArs("BRETAGNE").contentType("application/json").body(Files.readString(EXEMPLE))
                .post("/api/decisions").then().statusCode(201).extract().path("id");

        aller("/decisions?id=" + id);

        assertThat(page.locator("#resultat .faits")).containsText(id);
        page.getByText("Reprendre ce dossier dans le formulaire").click();
        assertThat(dossier().getByLabel("Référence ARS")).hasValue("BRE-2014-0001");
        assertThat(dossier().getByLabel("Enfants de 6 à 16 ans")).hasValue("250");
    }

    @Test
    void anArsAgentOfBretagneIsRefusedADossierOfLorraine() throws IOException {
        attendreErreurConsole(e -> e.contains("status of 403"));
        Path lorraine = Files.createTempFile("dossier-lorraine", ".json");
        Files.writeString(lorraine, Files.readString(EXEMPLE).replace("\"BRETAGNE\"", "\"LORRAINE\"").replace("BRE-2014-0001", "LOR-" + System.nanoTime()));
        aller("/decisions");
        assertThat(dossier().getByLabel("Région")).hasValue("BRETAGNE");
        page.getByLabel("Importer un dossier JSON").setInputFiles(lorraine);
        assertThat(dossier().getByLabel("Région")).hasValue("LORRAINE");
        assertThat(dossier().getByLabel("Région").locator("option:checked")).hasText("LORRAINE (hors de votre région)");

        page.getByText("Demander la décision").click();

        Locator resume = page.locator("#resume-erreurs");
        assertThat(resume).isVisible();
        assertThat(resume.locator("h3")).hasText("La décision n'a pas pu être prise");
        assertThat(resume).containsText("Un agent de l'ARS BRETAGNE ne peut agir que sur les dossiers de sa région, pas sur ceux de LORRAINE.");
        assertThat(resume).not().containsText("null"); // a refusal without fields has no list, not the word « null »
        assertThat(resume.locator("ul")).hasCount(0);
        assertThat(page.locator("#resultat")).isHidden();
        capturer("ars-hors-region", false);
    }

    @Test
    void anArsAgentOfBretagneCannotOpenADecisionOfLorraine() throws IOException {
        attendreErreurConsole(e -> e.contains("status of 403"));
        String id = Comptes.agentArs("LORRAINE").contentType("application/json")
                .body(Files.readString(EXEMPLE).replace("\"BRETAGNE\"", "\"LORRAINE\""))
                .post("/api/decisions").then().statusCode(201).extract().path("id");

        aller("/decisions?id=" + id);

        assertThat(page.locator("#titre-resultat")).hasText("Accès refusé");
        assertThat(page.locator("#resultat")).containsText("ne peut agir que sur les dossiers de sa région");
    }

    @Test
    void aCsvOfTwoDossiersShowsTheDecisionOfTheValidLineAndTheFieldErrorOfTheOther() throws IOException {
        attendreErreurConsole(e -> e.contains("status of 400"));
        String bon = "CSV-" + System.nanoTime();
        String entete = "reference;campagne;annee;structure.nom;structure.type;structure.formeJuridique;structure.region;"
                + "projetDeSante.formalise;projetDeSante.dateTransmissionArs;projetDeSante.axes;"
                + "professionnels[0].profession;professionnels[0].nombre;professionnels[0].demiJourneesHebdo;professionnels[0].adherent;"
                + "professionnels[1].profession;professionnels[1].nombre;professionnels[1].demiJourneesHebdo;professionnels[1].adherent;"
                + "professionnels[2].profession;professionnels[2].nombre;professionnels[2].demiJourneesHebdo;professionnels[2].adherent;"
                + "patientele.adultesMedecinTraitant;patientele.enfants6a16DeuxConsultations;premiereAnnee";
        String ligne = ";ENMR_2014;2014;MSP de Melgven;MAISON_DE_SANTE;SISA;BRETAGNE;oui;2013-11-15;ACCES_AUX_SOINS|CONTINUITE_DES_SOINS|COORDINATION;"
                + "MEDECIN_GENERALISTE;3;%s;oui;INFIRMIER;2;11;oui;MASSEUR_KINESITHERAPEUTE;1;8;oui;3100;250;oui";
        Path csv = Files.createTempFile("dossiers", ".csv");
        Files.writeString(csv, entete + "\n" + bon + ligne.formatted("10") + "\n" + "CSV-FAUX-" + System.nanoTime() + ligne.formatted("15") + "\n");
        aller("/decisions");

        page.getByLabel("Importer des dossiers CSV").setInputFiles(csv);

        assertThat(page.locator("#message-csv")).containsText("1 dossier décidé sur 2 ; 1 refusé.");
        Locator lignes = page.locator("#resultats-csv tbody tr");
        assertThat(lignes).hasCount(2);
        assertThat(lignes.nth(0).locator("td").nth(0)).hasText("2");
        assertThat(lignes.nth(0)).containsText(bon);
        assertThat(texte(lignes.nth(0).locator("td").nth(2).textContent())).matches("Éligible 35 450,00 € — [0-9A-Z]{26} Ouvrir la décision");
        assertThat(lignes.nth(1).locator("td").nth(0)).hasText("3");
        assertThat(lignes.nth(1)).containsText("Ligne 3, colonne professionnels[0].demiJourneesHebdo : doit être compris entre 0 et 14");
        page.locator("#resultats-csv").scrollIntoViewIfNeeded();
        capturer("ars-import-csv", false);

        lignes.nth(0).getByText("Ouvrir la décision").click();

        assertThat(page.locator("#titre-resultat")).hasText("Décision — dossier " + bon);
        page.locator("#recherche-reference").fill(bon);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rechercher")).click();
        assertThat(page.locator("#liste-etat")).hasText("1 décision trouvée.");
    }

    @Test
    void theSameCsvImportedTwiceStoresEachTeamOnce() throws IOException {
        String premiere = "CSV-DEUX-FOIS-A-" + System.nanoTime();
        String seconde = "CSV-DEUX-FOIS-B-" + System.nanoTime();
        String entete = "reference;campagne;annee;structure.nom;structure.type;structure.region;professionnels[0].profession;"
                + "professionnels[0].nombre;professionnels[0].demiJourneesHebdo;professionnels[0].adherent";
        String ligne = ";ENMR_2014;2014;MSP de Melgven;MAISON_DE_SANTE;BRETAGNE;MEDECIN_GENERALISTE;2;10;oui";
        Path csv = Files.createTempFile("dossiers", ".csv");
        Files.writeString(csv, entete + "\n" + premiere + ligne + "\n" + seconde + ligne + "\n");
        aller("/decisions");
        Locator lignes = page.locator("#resultats-csv tbody tr");

        page.getByLabel("Importer des dossiers CSV").setInputFiles(csv);
        assertThat(page.locator("#message-csv")).containsText("2 dossiers décidés sur 2");
        String id = lignes.nth(0).locator("code").textContent();
        page.getByLabel("Importer des dossiers CSV").setInputFiles(csv);
        assertThat(page.locator("#message-csv")).containsText("2 dossiers décidés sur 2");

        assertThat(lignes.nth(0).locator("code")).hasText(id); // the decision taken the first time, answered again
        for (String reference : new String[] {premiere, seconde}) {
            page.locator("#recherche-reference").fill(reference);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rechercher")).click();
            assertThat(page.locator("#liste-etat")).hasText("1 décision trouvée.");
        }
    }

    @Test
    void theExampleCsvIsTheSampleDossiersInTheDocumentedFormat() throws IOException {
        aller("/decisions");

        var telechargement = page.waitForDownload(() -> page.getByText("Télécharger un fichier d'exemple").click());

        String csv = Files.readString(telechargement.path());
        assertThat(telechargement.suggestedFilename()).isEqualTo("dossiers-exemple.csv");
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("reference,campagne,annee,structure.nom,").contains("professionnels[0].profession");
        assertThat(csv.lines().skip(1)).hasSize(9).allMatch(l -> l.startsWith("BRE-2010-000"));
    }

    @Test
    void theMinistryReadsEveryRegionsDecisionsWithoutTheForm() {
        seConnecterComme("ministere");
        aller("/decisions");

        assertThat(page.locator("#form-dossier")).hasCount(0);
        assertThat(page.locator("#recherche-region option").first()).hasText("Toutes");
        assertThat(page.locator("#liste-etat")).containsText("trouvée");
        assertThat(page.locator(".connexion .compte")).hasText("ministere");
    }

    @Test
    void anAgentBoundToARegionIsOfferedItsOwnRegionOnlyAndItStaysChosen() {
        seConnecterComme("ars-lorraine");
        aller("/decisions");

        Locator region = dossier().getByLabel("Région");
        assertThat(region.locator("option")).hasCount(1);
        assertThat(region).hasValue("LORRAINE");
        assertThat(region.locator("option")).hasText("Lorraine");
        assertThat(page.locator("#structure-region-aide")).hasText("La région de votre compte : un agent d'ARS décide pour sa région.");
        page.getByText("Vider le formulaire").click();
        assertThat(region).hasValue("LORRAINE");
        capturer("ars-region-du-compte");

        // a typed dossier is decided without choosing a region: the agent's is already the dossier's
        dossier().getByLabel("Référence ARS").fill("REGION-" + System.nanoTime());
        dossier().getByLabel("Type de structure").selectOption("MAISON_DE_SANTE");
        ligne(0, "MEDECIN_GENERALISTE", "3", "10");
        page.getByText("Demander la décision").click();
        assertThat(page.locator("#resultat .faits")).containsText("Lorraine");
    }

    @Test
    void anAgentOfARegionTheRulesInForceDoNotHaveYetSeesItsRegionNotAnother() {
        seConnecterComme("ars-grand-est");
        aller("/decisions");

        Locator region = dossier().getByLabel("Région");
        assertThat(region.locator("option")).hasCount(1);
        assertThat(region).hasValue("GRAND_EST");
        region.scrollIntoViewIfNeeded();
        capturer("ars-region-grand-est", false);
    }

    private Locator dossier() {
        return page.locator("#form-dossier");
    }

    private void ligne(int n, String profession, String nombre, String demiJournees) {
        page.locator("#professionnels-" + n + "-profession").selectOption(profession);
        page.locator("#professionnels-" + n + "-nombre").fill(nombre);
        page.locator("#professionnels-" + n + "-demiJourneesHebdo").fill(demiJournees);
    }
}
