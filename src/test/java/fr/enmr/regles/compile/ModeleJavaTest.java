package fr.enmr.regles.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import fr.enmr.benchmark.DossiersDuBanc;
import fr.enmr.decision.ModeleEnmr;
import fr.enmr.dossier.Dossier;

/** dmn/enmr.dmn compiled to Java gives every decision exactly as KIE's interpreter gives it. */
class ModeleJavaTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    static ModeleEnmr kie;
    static ModeleJava compile;

    @BeforeAll
    static void compiler() throws Exception {
        String dmn = Files.readString(Path.of("dmn/enmr.dmn"), StandardCharsets.UTF_8);
        String source = GenerateurJava.generer(dmn, "fr.enmr.regles.compile.essai", "EnmrEssai");
        Files.createDirectories(Path.of("target/generated-test-sources"));
        Files.writeString(Path.of("target/generated-test-sources/EnmrEssai.java"), source);
        compile = CompilateurEnMemoire.charger("fr.enmr.regles.compile.essai.EnmrEssai", source);
        kie = ModeleEnmr.depuis(List.of(dmn));
    }

    @Test
    void everyDecisionOfEveryBenchmarkDossierIsKiesOwn() {
        List<String> differences = new ArrayList<>();
        for (Dossier dossier : DossiersDuBanc.tous()) {
            differences.addAll(comparer(dossier));
        }
        assertThat(differences).isEmpty();
    }

    @SuppressWarnings("unchecked")
    static List<String> comparer(Dossier dossier) {
        ModeleEnmr.Evaluation resultat = kie.evaluer(JSON.convertValue(dossier, Map.class));
        Object[] valeurs = compile.evaluer(EntreesFeel.depuis(dossier));
        List<String> noms = compile.noms();
        List<String> differences = new ArrayList<>();
        resultat.decisions().forEach((decision, valeur) -> differences.addAll(
                ComparaisonKie.differences(dossier.reference() + " › " + decision, valeur, valeurs[noms.indexOf(decision)])));
        return differences;
    }
}
