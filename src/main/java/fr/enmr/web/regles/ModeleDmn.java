package fr.enmr.web.regles;

import java.util.List;

import io.quarkus.qute.TemplateData;

/**
 * A DMN model of dmn/ as the analysts' page shows it.
 *
 * @param fichier   the file analysts edit, e.g. {@code dmn/enmr.dmn}
 * @param endpoint  the path of the endpoint Kogito generates for the model, e.g. {@code /enmr}
 * @param entrees   the input data, each with its description
 */
@TemplateData
public record ModeleDmn(String nom, String espaceDeNoms, String fichier, String description, String endpoint,
        List<Entree> entrees, List<ElementDmn> decisions, List<ElementDmn> connaissances) {

    @TemplateData
    public record Entree(String nom, String description) {
    }
}
