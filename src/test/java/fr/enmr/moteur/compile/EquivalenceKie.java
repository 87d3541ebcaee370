package fr.enmr.moteur.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;


import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import fr.enmr.moteur.dmn.ModeleEnmr;
import fr.enmr.dossier.Dossier;

/** One dossier through KIE (as the service calls it) and through the compiled model, every decision compared. */
final class EquivalenceKie {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** The differences; {@code repli}: why the compiled model gave the dossier back to KIE (null if it did not). */
    record Comparaison(List<String> differences, String repli, boolean erreurKie) {
        boolean repliSansErreurKie() {
            return repli != null && !erreurKie;
        }
    }

    private EquivalenceKie() {
    }

    @SuppressWarnings("unchecked")
    static Comparaison comparer(ModeleEnmr kie, ModeleJava compile, Dossier dossier) {
        ModeleEnmr.Evaluation resultat = kie.evaluer(JSON.convertValue(dossier, Map.class));
        boolean erreurKie = !resultat.erreurs().isEmpty();
        Object[] valeurs;
        try {
            valeurs = compile.evaluer(EntreesFeel.depuis(dossier));
        } catch (ErreurFeel repli) {
            return new Comparaison(List.of(), repli.getMessage(), erreurKie);
        }
        List<String> differences = new ArrayList<>();
        if (erreurKie) {
            differences.add(dossier + ": KIE reports " + resultat.erreurs() + " where the compiled model decides");
        }
        List<String> noms = compile.noms();
        resultat.decisions().forEach((decision, valeur) -> differences.addAll(
                ComparaisonKie.differences(dossier + " › " + decision, valeur, valeurs[noms.indexOf(decision)])));
        return new Comparaison(differences, null, erreurKie);
    }
}
