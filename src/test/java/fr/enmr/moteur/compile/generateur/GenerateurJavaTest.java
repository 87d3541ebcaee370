package fr.enmr.moteur.compile.generateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import fr.enmr.moteur.compile.ModelesJava;

/**
 * The Java the generator writes for a frozen copy of dmn/enmr.dmn (taken 2026-12-07), byte for byte: a change of the
 * generator (a refactoring above all) shows here as a diff of the generated source before any decision is compared
 * with KIE's. A frozen copy, so that an analyst's change of the packaged model does not fail a test of the generator:
 * the model in force is checked against KIE by the equivalence tests.
 */
class GenerateurJavaTest {

    static final Path DMN = Path.of("src/test/resources/moteur/compile/enmr.golden.dmn");
    static final Path DORE = Path.of("src/test/resources/moteur/compile/EnmrJava.golden.java.txt");

    /** Set it to rewrite the golden file on purpose: {@code ./mvnw -B -o test -Dtest=GenerateurJavaTest -Dgolden.ecrire=true}. */
    static final String ECRIRE = "golden.ecrire";

    @Test
    void theSourceGeneratedForEnmrDmnIsTheGoldenFile() throws Exception {
        String genere = GenerateurJava.generer(Files.readString(DMN, StandardCharsets.UTF_8), ModelesJava.PAQUET_GENERE, "EnmrJava");
        if (Boolean.getBoolean(ECRIRE)) {
            Files.createDirectories(DORE.getParent());
            Files.writeString(DORE, genere, StandardCharsets.UTF_8);
        }
        assertThat(genere)
                .as("the Java generated for %s differs from %s. If the change is intended (the generator changed on purpose)"
                        + ", rewrite the golden file with ./mvnw -B -o test -Dtest=GenerateurJavaTest -D%s=true, review its "
                        + "diff and run ModeleJavaTest, ModeleJavaProprietesTest and FeelTest (the compiled model must still "
                        + "decide as KIE)", DMN, DORE, ECRIRE)
                .isEqualTo(Files.readString(DORE, StandardCharsets.UTF_8));
    }
}
