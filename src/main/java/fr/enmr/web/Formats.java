package fr.enmr.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/** French number formats for the templates: {@code {montant.euros}} → « 35 450,00 € ». */
@TemplateExtension
public final class Formats {

    private Formats() {
    }

    public static String euros(BigDecimal montant) {
        return NumberFormat.getCurrencyInstance(Locale.FRANCE).format(montant);
    }
}
