package fr.enmr.impression;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import org.jboss.logging.Logger;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Writes PDFs from Qute templates: the template (an XHTML document under {@code templates/}, its layout in CSS,
 * {@code @page} rules included) is rendered with the caller's data, then laid out by openhtmltopdf over PDFBox. The
 * caller builds its data with every word already as people read it; this class knows no business type.
 *
 * <p>Fonts: the family {@value #POLICE} (DejaVu Sans, regular and bold, from jasperreports-fonts) is embedded, subset,
 * so every French letter, « œ », « € » and the U+202F of French amounts are text in the PDF. A template names it in
 * its CSS ({@code font-family: "DejaVu Sans"}); any other family falls back to PDFBox's WinAnsi-only standard fonts.
 *
 * <p>Usage: {@code ecrivain.pdf("decision/imprimable", Map.of("fiche", fiche))}. The template must be well-formed XML
 * (close every element, {@code <br/>}); Qute escapes the data's {@code < > & " '} as XML allows.
 */
@ApplicationScoped
public class EcrivainPdf {

    public static final String PDF = "application/pdf";
    public static final String POLICE = "DejaVu Sans";

    private static final Logger LOG = Logger.getLogger(EcrivainPdf.class);
    private static final String DEJAVU = "/net/sf/jasperreports/fonts/dejavu/";

    private final Engine qute;

    @Inject
    public EcrivainPdf(Engine qute) {
        this.qute = qute;
    }

    /**
     * The PDF of a template rendered with these data.
     *
     * @param modele the template's id, its path under {@code templates/} without extension (e.g. "decision/imprimable")
     * @param donnees the values the template reads, by name
     * @throws IllegalArgumentException when no such template exists
     */
    public byte[] pdf(String modele, Map<String, Object> donnees) {
        Template template = qute.getTemplate(modele);
        if (template == null) {
            throw new IllegalArgumentException("no template " + modele + " under templates/");
        }
        byte[] pdf = depuisXhtml(template.data(donnees).render());
        LOG.debugf("PDF of %s: %d bytes", modele, pdf.length);
        return pdf;
    }

    /** The PDF of a well-formed XHTML document. */
    public static byte[] depuisXhtml(String xhtml) {
        ByteArrayOutputStream sortie = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> police("DejaVuSans.ttf"), POLICE, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> police("DejaVuSans-Bold.ttf"), POLICE, 700, FontStyle.NORMAL, true);
        builder.withHtmlContent(xhtml, null);
        builder.toStream(sortie);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sortie.toByteArray();
    }

    private static InputStream police(String fichier) {
        InputStream ttf = EcrivainPdf.class.getResourceAsStream(DEJAVU + fichier);
        if (ttf == null) {
            throw new IllegalStateException("the font " + DEJAVU + fichier + " is missing (jasperreports-fonts)");
        }
        return ttf;
    }
}
