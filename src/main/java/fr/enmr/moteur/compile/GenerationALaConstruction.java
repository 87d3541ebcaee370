package fr.enmr.moteur.compile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import fr.enmr.moteur.compile.generateur.ConstructionNonPriseEnCharge;
import fr.enmr.moteur.compile.generateur.GenerateurJava;

/**
 * Run by the build after compilation (pom.xml, phase process-classes): dmn/enmr.dmn written as Java under
 * {@code target/generated-sources/dmn-java} and its classes put in {@code target/classes}, so the service starts
 * with the compiled model. A model the generator does not translate is said in the build log and left to KIE: the
 * build does not fail for it (KIE stays the reference and decides it).
 * <p>
 * Arguments: the DMN file, the sources directory, the classes directory.
 */
public final class GenerationALaConstruction {

    private GenerationALaConstruction() {
    }

    public static void main(String[] arguments) throws Exception {
        Path dmn = Path.of(arguments[0]);
        Path sources = Path.of(arguments[1]);
        Path classes = Path.of(arguments[2]);
        String classe = ModelesJava.CLASSE_PAQUETEE.substring(ModelesJava.PAQUET_GENERE.length() + 1);
        Path source = sources.resolve(ModelesJava.PAQUET_GENERE.replace('.', '/')).resolve(classe + ".java");
        Path compilees = classes.resolve(ModelesJava.PAQUET_GENERE.replace('.', '/'));
        supprimer(source, compilees); // never leave the class of an earlier text behind
        String texte;
        String java;
        try {
            texte = Files.readString(dmn, StandardCharsets.UTF_8);
            java = GenerateurJava.generer(texte, ModelesJava.PAQUET_GENERE, classe);
        } catch (ConstructionNonPriseEnCharge nonTraduit) {
            System.out.println("[WARNING] " + dmn + " is not compiled to Java and will be decided by KIE alone: " + nonTraduit.getMessage());
            return;
        }
        Files.createDirectories(source.getParent());
        Files.writeString(source, java, StandardCharsets.UTF_8);
        Map<String, byte[]> octets = CompilateurEnMemoire.compiler(ModelesJava.CLASSE_PAQUETEE, java);
        Files.createDirectories(compilees);
        for (Map.Entry<String, byte[]> c : octets.entrySet()) {
            Files.write(classes.resolve(c.getKey().replace('.', '/') + ".class"), c.getValue());
        }
        System.out.println("[INFO] " + dmn + " compiled to Java: " + source + " (" + octets.size() + " classes)");
    }

    private static void supprimer(Path source, Path compilees) throws Exception {
        Files.deleteIfExists(source);
        if (Files.isDirectory(compilees)) {
            try (var fichiers = Files.list(compilees)) {
                for (Path f : fichiers.toList()) {
                    Files.delete(f);
                }
            }
        }
    }
}
