package fr.enmr.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import fr.enmr.problem.Violation;

/**
 * The codes a dossier may carry, as one rule-set version defines them: the allowed values of its DMN item definitions
 * (rules-api.md « Vocabulary belongs to the version »). The dossier carries codes as text; a decision checks them
 * against the vocabulary of the version that decides, so a code an analyst adds is accepted once the version is active.
 */
public record Vocabulaire(List<String> campagnes, List<String> regions, List<String> typesStructure,
        List<String> formesJuridiques, List<String> professions, List<String> axes, List<String> pathologies, List<String> sens) {

    /** The list names of the contract, each with the dossier field it checks, in the order the pages show them. */
    public enum Liste {
        CAMPAGNES("campagnes", "campagne", "Campagne", Vocabulaire::campagnes),
        REGIONS("regions", "structure.region", "Region", Vocabulaire::regions),
        TYPES_STRUCTURE("typesStructure", "structure.type", "TypeStructure", Vocabulaire::typesStructure),
        FORMES_JURIDIQUES("formesJuridiques", "structure.formeJuridique", "FormeJuridique", Vocabulaire::formesJuridiques),
        PROFESSIONS("professions", "professionnels[].profession", "Profession", Vocabulaire::professions),
        AXES("axes", "projetDeSante.axes", "Axe", Vocabulaire::axes),
        PATHOLOGIES("pathologies", "programmesEtp[].pathologie", "Pathologie", Vocabulaire::pathologies),
        SENS("sens", "indicateurs[].sens", "Sens", Vocabulaire::sens);

        private final String nom;
        private final String champ;
        private final String intitules;
        private final Function<Vocabulaire, List<String>> codes;

        Liste(String nom, String champ, String intitules, Function<Vocabulaire, List<String>> codes) {
            this.nom = nom;
            this.champ = champ;
            this.intitules = intitules;
            this.codes = codes;
        }

        /** The list's key among the French labels ({@link LibellesDesCodes}: {@code Region}). */
        public String intitules() {
            return intitules;
        }

        /** The list's name in the vocabulary's JSON ({@code regions}). */
        public String nom() {
            return nom;
        }

        /** The dossier field whose codes it holds ({@code structure.region}). */
        public String champ() {
            return champ;
        }

        public List<String> de(Vocabulaire vocabulaire) {
            return codes.apply(vocabulaire);
        }
    }

    public Vocabulaire {
        campagnes = List.copyOf(campagnes);
        regions = List.copyOf(regions);
        typesStructure = List.copyOf(typesStructure);
        formesJuridiques = List.copyOf(formesJuridiques);
        professions = List.copyOf(professions);
        axes = List.copyOf(axes);
        pathologies = List.copyOf(pathologies);
        sens = List.copyOf(sens);
    }

    public List<String> liste(Liste liste) {
        return liste.de(this);
    }

    /** Every code of the dossier this vocabulary does not know, each named by its field and with the codes it accepts. */
    public List<Violation> violations(Dossier dossier) {
        List<Violation> found = new ArrayList<>();
        verifier(found, "campagne", dossier.campagne(), campagnes);
        Structure structure = dossier.structure();
        if (structure != null) {
            verifier(found, "structure.region", structure.region(), regions);
            verifier(found, "structure.type", structure.type(), typesStructure);
            verifier(found, "structure.formeJuridique", structure.formeJuridique(), formesJuridiques);
        }
        List<Professionnel> professionnels = dossier.professionnelsOuVide();
        for (int i = 0; i < professionnels.size(); i++) {
            if (professionnels.get(i) != null) {
                verifier(found, "professionnels[" + i + "].profession", professionnels.get(i).profession(), professions);
            }
        }
        if (dossier.projetDeSante() != null) {
            verifierListe(found, "projetDeSante.axes", dossier.projetDeSante().axes(), axes);
        }
        List<Indicateur> indicateurs = dossier.indicateursOuVide();
        for (int i = 0; i < indicateurs.size(); i++) {
            if (indicateurs.get(i) != null) {
                verifier(found, "indicateurs[" + i + "].sens", indicateurs.get(i).sens(), sens);
            }
        }
        List<ProgrammeEtp> programmes = dossier.programmesEtpOuVide();
        for (int i = 0; i < programmes.size(); i++) {
            ProgrammeEtp programme = programmes.get(i);
            if (programme != null) {
                verifier(found, "programmesEtp[" + i + "].pathologie", programme.pathologie(), pathologies);
                verifierListe(found, "programmesEtp[" + i + "].professionsEquipe", programme.professionsEquipe(), professions);
            }
        }
        return found;
    }

    private static void verifierListe(List<Violation> found, String champ, List<String> valeurs, List<String> admis) {
        if (valeurs != null) {
            for (int i = 0; i < valeurs.size(); i++) {
                verifier(found, champ + "[" + i + "]", valeurs.get(i), admis);
            }
        }
    }

    private static void verifier(List<Violation> found, String champ, String valeur, List<String> admis) {
        if (valeur != null && !admis.contains(valeur)) {
            found.add(new Violation(champ, inconnu(valeur, admis)));
        }
    }

    /** The French message for a code the version does not know. */
    public static String inconnu(String valeur, List<String> admis) {
        String montre = valeur.length() > 80 ? valeur.substring(0, 80) + "…" : valeur;
        return "code « " + montre + " » inconnu de la version des règles en vigueur ; codes admis : " + String.join(", ", admis);
    }
}
