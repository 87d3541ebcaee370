package fr.enmr.moteur.dmn;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javax.xml.namespace.QName;

import org.kie.dmn.api.feel.runtime.events.FEELEvent;
import org.kie.dmn.backend.marshalling.v1x.DMNMarshallerFactory;
import org.kie.dmn.feel.FEEL;
import org.kie.dmn.model.api.Definitions;
import org.kie.dmn.model.api.InputData;
import org.kie.dmn.model.api.ItemDefinition;

import fr.enmr.dossier.Vocabulaire;

/**
 * Reads a rule-set version's vocabulary from its DMN models: for each coded field of the dossier, the item definition
 * the model types it with (input data, then components, following collections and aliases) and that definition's
 * allowed values. Following the field rather than a type name keeps working if an analyst renames {@code tRegion}.
 */
public final class VocabulaireDmn {

    /** Each list, by the dossier's input data and the path of components to the coded value. */
    private static final Map<Vocabulaire.Liste, String[]> CHEMINS = new EnumMap<>(Map.of(
            Vocabulaire.Liste.CAMPAGNES, new String[] { "campagne" },
            Vocabulaire.Liste.REGIONS, new String[] { "structure", "region" },
            Vocabulaire.Liste.TYPES_STRUCTURE, new String[] { "structure", "type" },
            Vocabulaire.Liste.FORMES_JURIDIQUES, new String[] { "structure", "formeJuridique" },
            Vocabulaire.Liste.PROFESSIONS, new String[] { "professionnels", "profession" },
            Vocabulaire.Liste.AXES, new String[] { "projetDeSante", "axes" },
            Vocabulaire.Liste.PATHOLOGIES, new String[] { "programmesEtp", "pathologie" },
            Vocabulaire.Liste.SENS, new String[] { "indicateurs", "sens" }));

    private VocabulaireDmn() {
    }

    /** A list's item definition in the models, with the codes it allows. */
    public record ListeDmn(Vocabulaire.Liste liste, String type, List<String> codes) {
    }

    /**
     * The vocabulary of DMN texts in DMN 1.5 namespaces.
     *
     * @throws IllegalArgumentException naming the field whose type or allowed values cannot be read
     */
    public static Vocabulaire lire(List<String> textesDmn) {
        Map<Vocabulaire.Liste, List<String>> codes = new EnumMap<>(Vocabulaire.Liste.class);
        listes(textesDmn).forEach(l -> codes.put(l.liste(), l.codes()));
        return new Vocabulaire(codes.get(Vocabulaire.Liste.CAMPAGNES), codes.get(Vocabulaire.Liste.REGIONS),
                codes.get(Vocabulaire.Liste.TYPES_STRUCTURE), codes.get(Vocabulaire.Liste.FORMES_JURIDIQUES),
                codes.get(Vocabulaire.Liste.PROFESSIONS), codes.get(Vocabulaire.Liste.AXES),
                codes.get(Vocabulaire.Liste.PATHOLOGIES), codes.get(Vocabulaire.Liste.SENS));
    }

    /** Each list with the name of the item definition holding it. */
    public static List<ListeDmn> listes(List<String> textesDmn) {
        List<Definitions> modeles = textesDmn.stream()
                .map(texte -> DMNMarshallerFactory.newDefaultMarshaller().unmarshal(new StringReader(texte)))
                .map(d -> Objects.requireNonNull(d, "modèle DMN illisible")).toList();
        FEEL feel = FEEL.newInstance(VocabulaireDmn.class.getClassLoader(), List.of());
        List<FEELEvent> erreurs = new ArrayList<>();
        feel.addListener(e -> {
            if (e.getSeverity() == FEELEvent.Severity.ERROR) {
                erreurs.add(e);
            }
        });
        List<ListeDmn> listes = new ArrayList<>();
        CHEMINS.forEach((liste, chemin) -> {
            ItemDefinition type = typeDe(modeles, chemin)
                    .orElseThrow(() -> new IllegalArgumentException("le champ « " + liste.champ() + " » n'a pas de type dans le modèle DMN"));
            listes.add(new ListeDmn(liste, type.getName(), codesAdmis(feel, erreurs, liste, type)));
        });
        return listes;
    }

    private static Optional<ItemDefinition> typeDe(List<Definitions> modeles, String[] chemin) {
        Optional<ItemDefinition> type = modeles.stream().flatMap(d -> d.getDrgElement().stream())
                .filter(e -> e instanceof InputData && chemin[0].equals(e.getName())).findFirst()
                .map(e -> ((InputData) e).getVariable().getTypeRef()).flatMap(ref -> nomme(modeles, ref));
        for (int i = 1; i < chemin.length && type.isPresent(); i++) {
            String composant = chemin[i];
            type = type.flatMap(t -> resolu(modeles, t).getItemComponent().stream().filter(c -> composant.equals(c.getName())).findFirst())
                    .flatMap(c -> c.getTypeRef() == null ? Optional.of(c) : nomme(modeles, c.getTypeRef()));
        }
        return type.map(t -> avecValeurs(modeles, t));
    }

    /** A collection or alias ({@code tProfessionnels} → {@code tProfessionnel}) followed to the definition with components. */
    private static ItemDefinition resolu(List<Definitions> modeles, ItemDefinition type) {
        ItemDefinition t = type;
        for (int garde = 0; garde < 16 && t.getItemComponent().isEmpty() && t.getTypeRef() != null; garde++) {
            ItemDefinition suivant = nomme(modeles, t.getTypeRef()).orElse(null);
            if (suivant == null) {
                break;
            }
            t = suivant;
        }
        return t;
    }

    /** The definition whose allowed values apply: the type itself, or the one it refers to ({@code tAxes} → {@code tAxe}). */
    private static ItemDefinition avecValeurs(List<Definitions> modeles, ItemDefinition type) {
        ItemDefinition t = type;
        for (int garde = 0; garde < 16 && t.getAllowedValues() == null && t.getTypeRef() != null; garde++) {
            ItemDefinition suivant = nomme(modeles, t.getTypeRef()).orElse(null);
            if (suivant == null) {
                break;
            }
            t = suivant;
        }
        return t;
    }

    private static Optional<ItemDefinition> nomme(List<Definitions> modeles, QName ref) {
        String nom = ref.getLocalPart();
        return modeles.stream().flatMap(d -> d.getItemDefinition().stream()).filter(d -> nom.equals(d.getName())).findFirst();
    }

    private static List<String> codesAdmis(FEEL feel, List<FEELEvent> erreurs, Vocabulaire.Liste liste, ItemDefinition type) {
        if (type.getAllowedValues() == null || type.getAllowedValues().getText() == null) {
            throw new IllegalArgumentException("le type « " + type.getName() + " » du champ « " + liste.champ()
                    + " » n'a pas de liste de valeurs admises");
        }
        erreurs.clear();
        Object valeurs = feel.evaluate("[" + type.getAllowedValues().getText() + "]");
        if (!(valeurs instanceof List<?> liste0) || !erreurs.isEmpty() || liste0.stream().anyMatch(v -> v != null && !(v instanceof String))) {
            throw new IllegalArgumentException("les valeurs admises du type « " + type.getName() + " » ne sont pas une liste de codes entre guillemets : "
                    + type.getAllowedValues().getText());
        }
        return liste0.stream().filter(Objects::nonNull).map(String.class::cast).distinct().toList();
    }
}
