package fr.enmr.impression;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A PDF from a Qute template (XHTML with its CSS) rendered by openhtmltopdf, with one embedded Unicode font (the
 * Liberation Sans PDFBox ships: the standard 14 fonts are WinAnsi only, and French numbers use U+202F).
 */
@ApplicationScoped
public class EcrivainPdf {

    private static final String POLICE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    @Inject
    Engine qute;

    /**
     * @param gabarit  the template's id under src/main/resources/templates, e.g. {@code impression/notification.html}
     * @param donnees  what the template reads, by name
     * @throws IllegalArgumentException when there is no such template
     */
    public byte[] pdf(String gabarit, Map<String, Object> donnees) {
        Template template = qute.getTemplate(gabarit);
        if (template == null) {
            throw new IllegalArgumentException("no template " + gabarit);
        }
        TemplateInstance instance = template.instance();
        donnees.forEach(instance::data);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> EcrivainPdf.class.getResourceAsStream(POLICE), "Liberation Sans");
            builder.withHtmlContent(instance.render(), null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }
}
