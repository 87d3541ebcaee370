package fr.enmr.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Download;

import fr.enmr.securite.Comptes;
import io.quarkus.test.junit.QuarkusTest;

/** « Imprimer / PDF » on an opened decision gives the printable decision of that id (issue 15). */
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
}
