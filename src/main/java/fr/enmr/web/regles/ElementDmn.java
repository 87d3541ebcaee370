package fr.enmr.web.regles;

import io.quarkus.qute.TemplateData;

/**
 * A decision or business knowledge model of a DMN model: its name, the anchor of its section on the
 * page, its description (where the analysts write the figure's source) and its logic.
 */
@TemplateData
public record ElementDmn(String nom, String ancre, String description, ExpressionVue expression) {
}
