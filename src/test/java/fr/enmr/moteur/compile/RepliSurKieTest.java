package fr.enmr.moteur.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.enmr.moteur.dmn.ModeleEnmr;
import fr.enmr.moteur.compile.generateur.ConstructionNonPriseEnCharge;
import fr.enmr.moteur.compile.generateur.GenerateurJava;

/** A model using a construct the generator does not translate is decided by KIE, and the build says why. */
class RepliSurKieTest {

    private static String dmn() throws Exception {
        return Files.readString(Path.of("dmn/enmr.dmn"), StandardCharsets.UTF_8);
    }

    /** Part A as a COLLECT table: a hit policy the generator leaves to KIE. */
    private static String partACollect() throws Exception {
        String texte = dmn().replace("hitPolicy=\"UNIQUE\" preferredOrientation=\"Rule-as-Row\" outputLabel=\"Part A\"",
                "hitPolicy=\"COLLECT\" aggregation=\"SUM\" preferredOrientation=\"Rule-as-Row\" outputLabel=\"Part A\"");
        assertThat(texte).isNotEqualTo(dmn());
        return texte;
    }

    @Test
    void theBuildLeavesAnUntranslatedModelToKieAndSaysWhy(@TempDir Path dossier) throws Exception {
        Path modele = dossier.resolve("enmr.dmn");
        Files.writeString(modele, partACollect());
        Path sources = dossier.resolve("sources");
        Path classes = dossier.resolve("classes");
        // a class from an earlier, translatable text must not survive
        Files.createDirectories(classes.resolve("fr/enmr/moteur/compile/genere"));
        Files.writeString(classes.resolve("fr/enmr/moteur/compile/genere/EnmrJava.class"), "ancienne");

        String journal = sortie(() -> GenerationALaConstruction.main(new String[] {modele.toString(), sources.toString(), classes.toString()}));

        assertThat(journal).contains("[WARNING]", "decided by KIE alone", "Part A : table de décision de politique COLLECT");
        assertThat(classes.resolve("fr/enmr/moteur/compile/genere/EnmrJava.class")).doesNotExist();
        assertThat(sources.resolve("fr/enmr/moteur/compile/genere/EnmrJava.java")).doesNotExist();
    }

    @Test
    void theBuildCompilesTheTranslatableModel(@TempDir Path dossier) throws Exception {
        Path modele = dossier.resolve("enmr.dmn");
        Files.writeString(modele, dmn());
        String journal = sortie(() -> GenerationALaConstruction.main(new String[] {modele.toString(),
                dossier.resolve("sources").toString(), dossier.resolve("classes").toString()}));
        assertThat(journal).contains("compiled to Java");
        assertThat(dossier.resolve("classes/fr/enmr/moteur/compile/genere/EnmrJava.class")).isNotEmptyFile();
    }

    @Test
    void aPublishedVersionTheGeneratorDoesNotTranslateIsDecidedByKie() throws Exception {
        String texte = partACollect();
        assertThatThrownBy(() -> GenerateurJava.generer(texte, "p", "C")).isInstanceOf(ConstructionNonPriseEnCharge.class)
                .hasMessage("Part A : table de décision de politique COLLECT");
        assertThat(ModelesJava.depuis(List.of(texte))).isNull();
        assertThat(ModeleEnmr.depuis(List.of(texte), ModelesJava.depuis(List.of(texte))).moteur()).isEqualTo(ModeleEnmr.MOTEUR_KIE);
        assertThat(ModeleEnmr.depuis(List.of(dmn()), ModelesJava.depuis(List.of(dmn()))).moteur()).isEqualTo(ModeleEnmr.MOTEUR_COMPILE);
    }

    @Test
    void anUnknownNameOrFunctionIsNamedWithItsElement() throws Exception {
        String texte = dmn().replace("<text>all(Critères du site.satisfait)</text>", "<text>every c in Critères du site satisfies c.satisfait</text>");
        assertThat(texte).isNotEqualTo(dmn());
        assertThatThrownBy(() -> GenerateurJava.generer(texte, "p", "C")).isInstanceOf(ConstructionNonPriseEnCharge.class)
                .hasMessageStartingWith("Éligible : construction FEEL non traduite");
    }

    private interface Action {
        void executer() throws Exception;
    }

    private static String sortie(Action action) throws Exception {
        PrintStream avant = System.out;
        ByteArrayOutputStream capture = new ByteArrayOutputStream();
        System.setOut(new PrintStream(capture, true, StandardCharsets.UTF_8));
        try {
            action.executer();
        } finally {
            System.setOut(avant);
        }
        return capture.toString(StandardCharsets.UTF_8);
    }
}
