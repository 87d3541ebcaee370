package fr.enmr.web;

import java.math.BigDecimal;

import fr.enmr.dossier.EnFrancais;

import io.quarkus.qute.TemplateExtension;

/** French number formats for the templates: {@code {montant.euros}} → « 35 450,00 € » (as EnFrancais writes them). */
@TemplateExtension
public final class Formats {

    private Formats() {
    }

    public static String euros(BigDecimal montant) {
        return EnFrancais.euros(montant);
    }
}
