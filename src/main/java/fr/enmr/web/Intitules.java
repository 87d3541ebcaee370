package fr.enmr.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import fr.enmr.dossier.Region;
import jakarta.enterprise.context.ApplicationScoped;

/** French labels of the contract's codes (web/intitules.properties; regions from {@link Region#nom()}). */
@ApplicationScoped
public class Intitules {

    private final Map<String, Map<String, String>> parListe = new TreeMap<>();

    public Intitules() {
        Properties properties = new Properties();
        try (InputStream in = Intitules.class.getResourceAsStream("/web/intitules.properties")) {
            if (in == null) {
                throw new IllegalStateException("web/intitules.properties is missing");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        properties.stringPropertyNames().stream().sorted().forEach(cle -> {
            int point = cle.indexOf('.');
            parListe.computeIfAbsent(cle.substring(0, point), l -> new LinkedHashMap<>())
                    .put(cle.substring(point + 1), properties.getProperty(cle));
        });
        Map<String, String> regions = new LinkedHashMap<>();
        Arrays.stream(Region.values()).forEach(r -> regions.put(r.name(), r.nom()));
        parListe.put(Region.class.getSimpleName(), regions);
    }

    /** The label of a code in a list (e.g. "Critere", "TYPE_STRUCTURE"), or the code itself when none is known. */
    public String de(String liste, String code) {
        return parListe.getOrDefault(liste, Map.of()).getOrDefault(code, code);
    }

    /** Every constant of an enumeration of the contract, in declaration order, with its label. */
    public <E extends Enum<E>> List<Option> options(Class<E> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(e -> new Option(e.name(), de(type.getSimpleName(), e.name())))
                .toList();
    }

    /** Every label by list then code, for the pages' scripts. */
    public Map<String, Map<String, String>> parListe() {
        return parListe;
    }
}
