package fr.enmr.moteur.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kie.kogito.decision.DecisionModel;
import org.kie.kogito.dmn.DMNKogito;
import org.kie.kogito.dmn.DmnDecisionModel;
import org.kie.kogito.dmn.rest.DMNJSONUtils;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import fr.enmr.moteur.dmn.ModeleEnmr;
import fr.enmr.dossier.Dossier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import fr.enmr.moteur.compile.generateur.GenerateurJava;

/**
 * Random dossiers at the rules' boundaries: the compiled model gives every decision exactly as KIE does, or says it
 * cannot (ErreurFeel, the dossier then goes to KIE) only where KIE itself reports an error. The normal suite tries
 * 1,000 (fixed seed); {@code -Djqwik.tries.default=100000 -Djqwik.edgecases.default=NONE} gives the 100,000-dossier run (README).
 */
class ModeleJavaProprietesTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static DecisionModel MODELE_KOGITO;
    private static ModeleEnmr kie;
    private static ModeleJava compile;

    @BeforeContainer
    static void compiler() throws Exception {
        String dmn = Files.readString(Path.of("dmn/enmr.dmn"), StandardCharsets.UTF_8);
        compile = CompilateurEnMemoire.charger("fr.enmr.moteur.compile.essai.EnmrProprietes",
                GenerateurJava.generer(dmn, "fr.enmr.moteur.compile.essai", "EnmrProprietes"));
        kie = ModeleEnmr.depuis(List.of(dmn));
        MODELE_KOGITO = new DmnDecisionModel(DMNKogito.createGenericDMNRuntime(Set.of(), false, new StringReader(dmn)),
                ModeleEnmr.NAMESPACE, ModeleEnmr.NOM);
    }

    @Property(seed = "20261126") // jqwik's default number of tries (1,000), or -Djqwik.tries.default
    void theCompiledModelDecidesAsKie(@ForAll("dossiers") Dossier dossier) {
        EquivalenceKie.Comparaison comparaison = EquivalenceKie.comparer(kie, compile, dossier);
        assertThat(comparaison.differences()).isEmpty();
        assertThat(comparaison.repliSansErreurKie()).as("the compiled model gave up where KIE had no error: %s", comparaison.repli()).isFalse();
    }

    /** The compiled model's inputs, read from the records directly, are those Kogito's JSON conversion gives KIE. */
    @Property(tries = 500, seed = "20261126")
    @SuppressWarnings("unchecked")
    void itsInputsAreKogitosConversion(@ForAll("dossiers") Dossier dossier) {
        Map<String, Object> json = JSON.convertValue(dossier, Map.class);
        Map<String, Object> kogito = DMNJSONUtils.ctx(MODELE_KOGITO, json).getAll();
        assertThat(ComparaisonKie.differences("entrées", kogito, EntreesFeel.depuis(dossier))).isEmpty();
    }

    @Provide
    Arbitrary<Dossier> dossiers() {
        return DossiersAuxBornes.dossiers();
    }
}
