package fr.enmr.moteur.compile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles a generated model with the JDK's compiler, in memory. The generated code needs only the JDK and this
 * package's {@link Feel}, {@link ModeleJava}, {@link ErreurFeel} and {@link LignesDeTables}: they are given to the compiler from this class's
 * class loader, so it works inside the packaged service, whose class path the compiler cannot read.
 */
public final class CompilateurEnMemoire {

    private static final String PAQUET = Feel.class.getPackageName();
    private static final List<Class<?>> VISIBLES = List.of(Feel.class, ModeleJava.class, ErreurFeel.class, LignesDeTables.class);

    private CompilateurEnMemoire() {
    }

    /** The classes' bytes by binary name, for a generated source of class {@code nomComplet}. */
    public static Map<String, byte[]> compiler(String nomComplet, String source) {
        JavaCompiler compilateur = ToolProvider.getSystemJavaCompiler();
        if (compilateur == null) {
            throw new IllegalStateException("no Java compiler in this runtime (a JRE, not a JDK): the model stays with KIE");
        }
        Map<String, ByteArrayOutputStream> sorties = new HashMap<>();
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager standard = compilateur.getStandardFileManager(null, null, null);
                GestionnaireEnMemoire gestionnaire = new GestionnaireEnMemoire(standard, sorties)) {
            JavaFileObject unite = new SimpleJavaFileObject(URI.create("string:///" + nomComplet.replace('.', '/') + ".java"),
                    JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return source;
                }
            };
            boolean compile = compilateur.getTask(diagnostics, gestionnaire, null, List.of("-g:none", "-nowarn", "-proc:none"), null, List.of(unite)).call();
            if (!compile) {
                throw new IllegalStateException("the generated model does not compile: " + diagnostics);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, byte[]> classes = new HashMap<>();
        sorties.forEach((nom, octets) -> classes.put(nom, octets.toByteArray()));
        return classes;
    }

    /** Compiles and loads the generated model, in a class loader of its own (dropped with the model). */
    public static ModeleJava charger(String nomComplet, String source) {
        Map<String, byte[]> classes = compiler(nomComplet, source);
        ClassLoader chargeur = new ClassLoader(CompilateurEnMemoire.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String nom) throws ClassNotFoundException {
                byte[] octets = classes.get(nom);
                if (octets == null) {
                    throw new ClassNotFoundException(nom);
                }
                return defineClass(nom, octets, 0, octets.length);
            }
        };
        try {
            return (ModeleJava) chargeur.loadClass(nomComplet).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the generated model cannot be loaded", e);
        }
    }

    /** Keeps the class files in memory and lists this package's visible classes from the class loader. */
    private static final class GestionnaireEnMemoire extends ForwardingJavaFileManager<StandardJavaFileManager> {
        private final Map<String, ByteArrayOutputStream> sorties;

        GestionnaireEnMemoire(StandardJavaFileManager standard, Map<String, ByteArrayOutputStream> sorties) {
            super(standard);
            this.sorties = sorties;
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String nom, JavaFileObject.Kind kind, FileObject sibling) {
            return new SimpleJavaFileObject(URI.create("mem:///" + nom.replace('.', '/') + kind.extension), kind) {
                @Override
                public OutputStream openOutputStream() {
                    return sorties.computeIfAbsent(nom, n -> new ByteArrayOutputStream());
                }
            };
        }

        @Override
        public Iterable<JavaFileObject> list(Location location, String paquet, Set<JavaFileObject.Kind> kinds, boolean recurse) throws IOException {
            if (location == StandardLocation.CLASS_PATH && paquet.equals(PAQUET) && kinds.contains(JavaFileObject.Kind.CLASS)) {
                List<JavaFileObject> classes = new ArrayList<>();
                for (Class<?> visible : VISIBLES) {
                    classes.add(new ClasseVisible(visible));
                }
                return classes;
            }
            return super.list(location, paquet, kinds, recurse);
        }

        @Override
        public String inferBinaryName(Location location, JavaFileObject fichier) {
            return fichier instanceof ClasseVisible visible ? visible.classe.getName() : super.inferBinaryName(location, fichier);
        }
    }

    private static final class ClasseVisible extends SimpleJavaFileObject {
        final Class<?> classe;

        ClasseVisible(Class<?> classe) {
            super(URI.create("classloader:///" + classe.getName().replace('.', '/') + ".class"), JavaFileObject.Kind.CLASS);
            this.classe = classe;
        }

        @Override
        public InputStream openInputStream() throws IOException {
            InputStream octets = classe.getClassLoader().getResourceAsStream(classe.getName().replace('.', '/') + ".class");
            if (octets == null) {
                throw new IOException("class file of " + classe.getName() + " not found by its class loader");
            }
            return octets;
        }
    }
}
