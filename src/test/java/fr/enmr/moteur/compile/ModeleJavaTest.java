package fr.enmr.moteur.compile;

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
import fr.enmr.moteur.dmn.ModeleEnmr;
import fr.enmr.dossier.Dossier;
import fr.enmr.moteur.compile.generateur.GenerateurJava;

/** dmn/enmr.dmn compiled to Java gives every decision exactly as KIE's interpreter gives it. */
class ModeleJavaTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    static ModeleEnmr kie;
    static ModeleJava compile;

    @BeforeAll
    static void compiler() throws Exception {
        String dmn = Files.readString(Path.of("dmn/enmr.dmn"), StandardCharsets.UTF_8);
        String source = GenerateurJava.generer(dmn, "fr.enmr.moteur.compile.essai", "EnmrEssai");
        Files.createDirectories(Path.of("target/generated-test-sources"));
        Files.writeString(Path.of("target/generated-test-sources/EnmrEssai.java"), source);
        compile = CompilateurEnMemoire.charger("fr.enmr.moteur.compile.essai.EnmrEssai", source);
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

    @Test
    void bothEnginesNoteTheRowEachTableSelectedForTheTrace() {
        Dossier dossier = DossiersDuBanc.tous().get(0);
        ModeleEnmr.Evaluation parKie = kie.evaluer(JSON.convertValue(dossier, Map.class));
        List<LigneDeTable> parLeCompile = LignesDeTables.pendant(() -> compile.evaluer(EntreesFeel.depuis(dossier))).lignes();

        assertThat(parKie.lignes()).extracting(LigneDeTable::table).contains("_expr_001", "_expr_087");
        assertThat(parKie.lignes()).filteredOn(l -> l.element().equals("Règles de la campagne")).isNotEmpty()
                .allSatisfy(l -> assertThat(l.ligne()).isBetween(1, 2)); // one row per campaign
        assertThat(parLeCompile).containsExactlyInAnyOrderElementsOf(parKie.lignes());
        // outside an evaluation that asks for them, nothing is kept
        assertThat(LignesDeTables.pendant(() -> "rien").lignes()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    static List<String> comparer(Dossier dossier) {
        ModeleEnmr.Evaluation resultat = kie.evaluer(JSON.convertValue(dossier, Map.class));
        LignesDeTables.Notees<Object[]> evaluation = LignesDeTables.pendant(() -> compile.evaluer(EntreesFeel.depuis(dossier)));
        Object[] valeurs = evaluation.resultat();
        List<String> noms = compile.noms();
        List<String> differences = new ArrayList<>();
        resultat.decisions().forEach((decision, valeur) -> differences.addAll(
                ComparaisonKie.differences(dossier.reference() + " › " + decision, valeur, valeurs[noms.indexOf(decision)])));
        // the rows the tables selected, as KIE's runtime events report them (the decision's trace), in any order
        if (!enOrdre(evaluation.lignes()).equals(enOrdre(resultat.lignes()))) {
            differences.add(dossier.reference() + " › rows selected: compiled " + evaluation.lignes() + ", KIE " + resultat.lignes());
        }
        return differences;
    }

    private static List<String> enOrdre(List<LigneDeTable> lignes) {
        return lignes.stream().map(LigneDeTable::toString).sorted().toList();
    }
}
