package fr.enmr.web.regles;

import java.util.List;

import io.quarkus.qute.TemplateData;

/**
 * A rule unit of rules/ (a DRL file): its unit, the comments that open the file, and each rule with
 * the {@code @source} annotation that names the text it comes from.
 */
@TemplateData
public record UniteRegles(String nom, String paquet, String fichier, String description, List<Regle> regles) {

    @TemplateData
    public record Regle(String nom, String ancre, String source, String texte) {
    }
}
