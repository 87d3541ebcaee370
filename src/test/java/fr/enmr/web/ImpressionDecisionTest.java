package fr.enmr.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;

import fr.enmr.impression.DecisionPdfTest;
import fr.enmr.securite.Comptes;
import io.quarkus.test.junit.QuarkusTest;

/** « Imprimer / PDF » on an opened decision gives the printable decision of that id (issue 15), in the page's words (issue 28). */
@QuarkusTest
class ImpressionDecisionTest extends Navigateur {

    @Test
    void theButtonDownloadsTheDecisionsPdf() throws IOException {
        String id = Comptes.agentArs("BRETAGNE").contentType("application/json").body(Files.readString(PageDecisionsTest.EXEMPLE))
                .post("/api/decisions").then().statusCode(201).extract().path("id");
        aller("/decisions?id=" + id);

        Download telechargement = page.waitForDownload(() -> page.getByText("Imprimer / PDF").click());

        assertThat(telechargement.suggestedFilename()).isEqualTo("decision-" + id + ".pdf");
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(telechargement.path()))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(id, "MSP de Melgven", "35\u202f450,00\u00a0€");
        }
    }

    /** Issue 28: one rendering for both, so every label, date, amount and explanation the page shows is in the PDF. */
    @Test
    void thePageAndItsPdfSayTheSameWords() throws IOException {
        String id = Comptes.agentArs("BRETAGNE").contentType("application/json").body(Files.readString(PageDecisionsTest.EXEMPLE))
                .post("/api/decisions").then().statusCode(201).extract().path("id");
        byte[] pdf = Comptes.agentArs("BRETAGNE").accept("application/pdf").get("/api/decisions/{id}", id)
                .then().statusCode(200).extract().asByteArray();
        String textePdf;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            textePdf = texte(new PDFTextStripper().getText(document));
        }

        aller("/decisions?id=" + id);

        Locator resultat = page.locator("#resultat");
        assertThat(resultat.locator(".critere")).hasCount(5);
        List<String> titres = resultat.locator(".critere strong").allInnerTexts();
        // criteria named by their labels, never by their codes
        assertThat(titres).contains("Type de structure", "Projet de santé", "Équipe pluri-professionnelle", "Région")
                .noneMatch(t -> t.matches(".*[A-Z]{2,}_[A-Z_]+.*"));
        assertThat(resultat.locator(".critere code")).hasCount(0);
        List<String> mots = new ArrayList<>(titres);
        mots.addAll(resultat.locator(".critere p, .constat p, .verdict, h3, h4, .detail tr").allInnerTexts());
        mots.addAll(resultat.locator(".faits dd:not(:has(code))").allInnerTexts());
        // the PDF's lines may break at a space, a hyphen or a slash: compared without blanks
        assertThat(mots).hasSizeGreaterThan(20).allSatisfy(m -> assertThat(DecisionPdfTest.sansBlancs(textePdf)).contains(DecisionPdfTest.sansBlancs(m)));
        String textePage = texte(resultat.innerText());
        for (String attendu : List.of("MSP de Melgven — Maison de santé — Bretagne", "transmis à l'ARS le 15/11/2013",
                "axes : Accès aux soins, Continuité des soins, Coordination", "ENMR 2014", "35 450,00 €", "3 × médecin généraliste")) {
            assertThat(textePage).contains(attendu);
            assertThat(DecisionPdfTest.sansBlancs(textePdf)).contains(DecisionPdfTest.sansBlancs(attendu));
        }
        for (String code : List.of("MAISON_DE_SANTE", "BRETAGNE", "ACCES_AUX_SOINS", "MEDECIN_GENERALISTE", "TYPE_STRUCTURE", "2013-11-15")) {
            assertThat(textePage).doesNotContain(code);
            assertThat(DecisionPdfTest.sansBlancs(textePdf)).doesNotContain(code);
        }
        capturer("decision-fiche");
    }
}
