package fr.enmr.impression;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF writer (issue 28), without the service: XHTML in, a PDF whose text reads back as written. */
class EcrivainPdfTest {

    private static String document(String corps) {
        return """
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="fr"><head><meta charset="UTF-8"/><title>Essai</title>
                <style>body { font-family: "DejaVu Sans"; } h1 { font-weight: bold; }</style></head>
                <body>%s</body></html>""".formatted(corps);
    }

    @Test
    void frenchLettersTheEuroAndTheNarrowNoBreakSpaceAreTextInTheEmbeddedFont() throws IOException {
        String phrase = "Élève à Noël : ç, œ, Œ, ù, ê, « guillemets » — 35\u202f450,00\u00a0€";

        byte[] pdf = EcrivainPdf.depuisXhtml(document("<h1>Décision</h1><p>" + phrase + "</p>"));

        try (PDDocument lu = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(lu)).contains("Décision", phrase);
            List<String> polices = new ArrayList<>();
            for (PDPage page : lu.getPages()) {
                for (var nom : page.getResources().getFontNames()) {
                    PDFont police = page.getResources().getFont(nom);
                    polices.add(police.getName() + (police.isEmbedded() ? " (embarquée)" : ""));
                }
            }
            // subset names are « ABCDEF+DejaVuSans »: regular for the text, bold for the heading
            assertThat(polices).anyMatch(p -> p.matches("[A-Z]{6}\\+DejaVuSans \\(embarquée\\)"))
                    .anyMatch(p -> p.matches("[A-Z]{6}\\+DejaVuSans-Bold \\(embarquée\\)"));
        }
    }

    @Test
    void aLongDocumentFlowsOntoMorePages() throws IOException {
        byte[] pdf = EcrivainPdf.depuisXhtml(document("<p>Ligne de critère expliquée en français.</p>".repeat(200)));

        try (PDDocument lu = Loader.loadPDF(pdf)) {
            assertThat(lu.getNumberOfPages()).isGreaterThan(1);
        }
    }
}
