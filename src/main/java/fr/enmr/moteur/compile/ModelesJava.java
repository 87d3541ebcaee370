package fr.enmr.moteur.compile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.jboss.logging.Logger;

import fr.enmr.moteur.compile.generateur.ConstructionNonPriseEnCharge;
import fr.enmr.moteur.compile.generateur.GenerateurJava;

/**
 * Where compiled models come from. The packaged dmn/enmr.dmn is compiled by the build ({@link GenerationALaConstruction},
 * class {@value #CLASSE_PAQUETEE}); if that class is missing or was made from another text (dev mode after an edit), the
 * text is compiled here, in memory. A rule-set version published at run time is compiled in memory the same way. A
 * model the generator does not translate stays with KIE (null), and the log says why.
 */
public final class ModelesJava {

    public static final String PAQUET_GENERE = "fr.enmr.moteur.compile.genere";
    public static final String CLASSE_PAQUETEE = PAQUET_GENERE + ".EnmrJava";
    private static final Logger LOG = Logger.getLogger(ModelesJava.class);
    private static final AtomicInteger VERSIONS = new AtomicInteger();

    private ModelesJava() {
    }

    /** The packaged model compiled, or null when KIE decides it alone. */
    public static ModeleJava paquete() {
        String texte = textePaquete();
        try {
            ModeleJava construit = (ModeleJava) Class.forName(CLASSE_PAQUETEE).getDeclaredConstructor().newInstance();
            if (construit.empreinteDmn().equals(GenerateurJava.empreinte(texte))) {
                return construit;
            }
            LOG.infof("dmn/enmr.dmn changed since the build compiled it: compiling it again in memory");
        } catch (ReflectiveOperationException | LinkageError absente) {
            LOG.infof("The build did not compile dmn/enmr.dmn to Java (%s): compiling it in memory", absente.getClass().getSimpleName());
        }
        return depuis(List.of(texte));
    }

    /** DMN texts (a model of one file) compiled in memory, or null when KIE must decide them alone. */
    public static ModeleJava depuis(List<String> textesDmn) {
        if (textesDmn.size() != 1) {
            LOG.infof("A model of %d DMN files stays with KIE (the compiler translates one-file models)", textesDmn.size());
            return null;
        }
        String classe = "EnmrVersion" + VERSIONS.incrementAndGet();
        try {
            return CompilateurEnMemoire.charger(PAQUET_GENERE + "." + classe, GenerateurJava.generer(textesDmn.get(0), PAQUET_GENERE, classe));
        } catch (ConstructionNonPriseEnCharge nonTraduit) {
            LOG.warnf("This DMN model stays with KIE: %s", nonTraduit.getMessage());
            return null;
        } catch (RuntimeException echec) {
            LOG.warnf(echec, "This DMN model stays with KIE: its Java does not compile");
            return null;
        }
    }

    private static String textePaquete() {
        try (InputStream dmn = ModelesJava.class.getResourceAsStream("/dmn/enmr.dmn")) {
            if (dmn == null) {
                throw new IllegalStateException("dmn/enmr.dmn is not on the classpath");
            }
            return new String(dmn.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
