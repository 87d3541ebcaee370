package fr.enmr.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;

/** Where Chart.js is served: the WebJar's path carries its version, read from the jar so the pom alone names it. */
@ApplicationScoped
public class BibliothequeGraphiques {

    private static final String POM = "/META-INF/maven/org.webjars.npm/chart.js/pom.properties";

    private final String chartJs;

    public BibliothequeGraphiques() {
        Properties pom = new Properties();
        try (InputStream in = BibliothequeGraphiques.class.getResourceAsStream(POM)) {
            if (in == null) {
                throw new IllegalStateException("the Chart.js WebJar is not on the classpath (" + POM + ")");
            }
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.chartJs = "/webjars/chart.js/" + pom.getProperty("version") + "/dist/chart.umd.min.js";
    }

    /** e.g. /webjars/chart.js/4.5.1/dist/chart.umd.min.js */
    public String chartJs() {
        return chartJs;
    }
}
