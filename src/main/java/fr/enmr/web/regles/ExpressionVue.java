package fr.enmr.web.regles;

import java.util.List;

import io.quarkus.qute.TemplateData;

/** A DMN expression as the analysts' page shows it; {@link #genre()} tells the template which one it is. */
public sealed interface ExpressionVue {

    String genre();

    /** A FEEL text shown as written. */
    @TemplateData
    record Litterale(String texte) implements ExpressionVue {
        public String genre() {
            return "litterale";
        }
    }

    /**
     * A decision table, rendered as an HTML table with its annotation columns.
     *
     * @param id                   the table's id in the DMN file (what a decision notes of the row it selected)
     * @param entrees              the input columns' labels
     * @param expressionsDEntree   what each input column evaluates (FEEL), e.g. « Patientèle retenue »
     */
    @TemplateData
    record Table(String id, String politique, List<String> entrees, List<String> expressionsDEntree, List<String> sorties,
            List<String> annotations, List<LigneTable> lignes) implements ExpressionVue {
        public String genre() {
            return "table";
        }
    }

    /** One rule of a decision table, numbered from 1 as the DMN editor shows it. */
    @TemplateData
    record LigneTable(int numero, List<String> entrees, List<String> sorties, List<String> annotations) {
    }

    /** Named entries computed in order; an entry without a name is the result. */
    @TemplateData
    record Contexte(List<Entree> entrees) implements ExpressionVue {
        public String genre() {
            return "contexte";
        }
    }

    /** A call of a business knowledge model with its arguments. */
    @TemplateData
    record Appel(String fonction, List<Entree> arguments) implements ExpressionVue {
        public String genre() {
            return "appel";
        }
    }

    /** A function (the logic of a business knowledge model): parameters and body. */
    @TemplateData
    record Fonction(List<String> parametres, ExpressionVue corps) implements ExpressionVue {
        public String genre() {
            return "fonction";
        }
    }

    /** A kind of expression this page does not draw (relation, list, …): read it in the DMN file. */
    @TemplateData
    record Autre(String type) implements ExpressionVue {
        public String genre() {
            return "autre";
        }
    }

    /** A named part of a context (with its description: a parameter entry's source), or an argument of a call. */
    @TemplateData
    record Entree(String nom, String description, ExpressionVue expression) {
    }
}
