package fr.enmr.moteur.jeu;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Identifies the exact rule files a decision was made with: the SHA-256 over dmn/ and rules/. The build lists the files
 * and hashes them (maven-antrun in pom.xml); the service hashes the same files again as it starts, the way the build
 * does (JeuDeRegles), so that in dev mode, where an edited DMN file is reloaded without that build step, the version
 * still names the files the service runs.
 */
@ApplicationScoped
public class VersionRegles {

    private static final Logger LOG = Logger.getLogger(VersionRegles.class);
    private static final AtomicBoolean DIFFERENCE_SIGNALEE = new AtomicBoolean(); // said once, not by every reader of the version

    private final String sha256;
    private final List<String> fichiers;
    private final List<String> cas;

    public VersionRegles() {
        Properties properties = new Properties();
        try (InputStream in = VersionRegles.class.getResourceAsStream("/regles-version.properties")) {
            if (in == null) {
                throw new IllegalStateException("regles-version.properties is missing: the build did not hash the rule files");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.fichiers = liste(properties.getProperty("fichiers", ""));
        this.sha256 = JeuDeRegles.empreinteDesRessources(fichiers);
        if (!sha256.equals(properties.getProperty("sha256")) && !DIFFERENCE_SIGNALEE.getAndSet(true)) {
            LOG.warnf("The rule files differ from those the build hashed (sha256:%s), as after an edit in dev mode: versionRegles names them as they are now (sha256:%s)",
                    properties.getProperty("sha256"), sha256);
        }
        this.cas = liste(properties.getProperty("cas", ""));
    }

    public String sha256() {
        return sha256;
    }

    /** The rule files hashed, as classpath paths in name order (e.g. {@code dmn/enmr.dmn}). */
    public List<String> fichiers() {
        return fichiers;
    }

    /** The analysts' case files packaged with the rules, as classpath paths (e.g. {@code cas/annees.json}); none if the build lists none. */
    public List<String> cas() {
        return cas;
    }

    private static List<String> liste(String valeur) {
        return Arrays.stream(valeur.split(",")).map(String::strip).filter(f -> !f.isBlank()).toList();
    }

    public String pour(String campagne) {
        return campagne + "+sha256:" + sha256;
    }
}
