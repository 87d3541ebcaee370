package fr.enmr.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * French labels of the codes (web/intitules.properties, keyed by list then code), read once. Codes belong to the rule
 * versions, labels to the pages: a code an analyst adds is shown as itself until it is given a label there.
 */
public final class LibellesDesCodes {

    private static final Map<String, Map<String, String>> PAR_LISTE = lire();

    private LibellesDesCodes() {
    }

    /** The label of a code in a list (e.g. "Region", "BRETAGNE"), or the code itself when none is known. */
    public static String de(String liste, String code) {
        return code == null ? null : PAR_LISTE.getOrDefault(liste, Map.of()).getOrDefault(code, code);
    }

    /** A region's French name ({@code ILE_DE_FRANCE} → « Île-de-France »), or its code. */
    public static String region(String code) {
        return de("Region", code);
    }

    /** Every label by list then code. */
    public static Map<String, Map<String, String>> parListe() {
        return PAR_LISTE;
    }

    private static Map<String, Map<String, String>> lire() {
        Properties properties = new Properties();
        try (InputStream in = LibellesDesCodes.class.getResourceAsStream("/web/intitules.properties")) {
            if (in == null) {
                throw new IllegalStateException("web/intitules.properties is missing");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Map<String, String>> parListe = new TreeMap<>();
        properties.stringPropertyNames().stream().sorted().forEach(cle -> {
            int point = cle.indexOf('.');
            parListe.computeIfAbsent(cle.substring(0, point), l -> new LinkedHashMap<>())
                    .put(cle.substring(point + 1), properties.getProperty(cle));
        });
        return parListe;
    }
}
