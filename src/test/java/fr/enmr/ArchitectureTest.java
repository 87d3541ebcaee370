package fr.enmr;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The layout tells the story (issue 28): the service's packages form a graph without cycles, at every depth, so each
 * package can be read knowing only those below it; and no class of the service outgrows 300 lines. Checked on the
 * compiled classes (ArchUnit), so a dependency through a fully qualified name counts as much as an import.
 */
class ArchitectureTest {

    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.enmr");

    @Test
    void noTwoPackagesDependOnEachOtherThroughAnyPath() {
        slices().matching("fr.enmr.(**)").should().beFreeOfCycles().check(SERVICE);
    }

    @Test
    void theTopLevelRoomsFormALayeredGraph() {
        slices().matching("fr.enmr.(*)..").should().beFreeOfCycles().check(SERVICE);
    }

    @Test
    void noMainClassIsLongerThan300Lines() throws IOException {
        List<String> tropLongues;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            tropLongues = sources.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> lignes(p) > 300)
                    .map(p -> p + " (" + lignes(p) + " lines)")
                    .toList();
        }
        assertThat(tropLongues).isEmpty();
    }

    private static long lignes(Path source) {
        try (Stream<String> l = Files.lines(source)) {
            return l.count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
