package fr.enmr.dossier.echantillon;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;

import fr.enmr.dossier.echantillon.Codes.Campagne;
import fr.enmr.dossier.Dossier;

/**
 * Writes generated dossiers as a JSON array of request bodies of POST /api/decisions, or with {@code --lignes} one
 * compact body per line (what the HTTP load benchmark sends).
 * Usage: {@code EchantillonCli [--lignes] <graine> <nombre> <ENMR_2010|ENMR_2014> [fichier]}; without a file, to stdout.
 */
public final class EchantillonCli {

    private static final String LIGNES = "--lignes";

    private EchantillonCli() {
    }

    public static void main(String[] arguments) throws IOException {
        boolean lignes = arguments.length > 0 && arguments[0].equals(LIGNES);
        String[] args = lignes ? Arrays.copyOfRange(arguments, 1, arguments.length) : arguments;
        if (args.length < 3 || args.length > 4) {
            System.err.println("usage : EchantillonCli [--lignes] <graine> <nombre> <ENMR_2010|ENMR_2014> [fichier]");
            System.exit(2);
        }
        long graine = Long.parseLong(args[0]);
        int nombre = Integer.parseInt(args[1]);
        String campagne = args[2];
        if (args.length == 4) {
            try (OutputStream fichier = Files.newOutputStream(Path.of(args[3]))) {
                ecrire(graine, nombre, campagne, fichier, lignes);
            }
        } else {
            ecrire(graine, nombre, campagne, System.out, lignes);
            if (!lignes) {
                System.out.println();
            }
        }
    }

    private static void ecrire(long graine, int nombre, String campagne, OutputStream sortie, boolean lignes) throws IOException {
        if (lignes) {
            ecrireLignes(graine, nombre, campagne, sortie);
        } else {
            ecrire(graine, nombre, campagne, sortie);
        }
    }

    /** One compact request body per line, without closing the stream. */
    public static void ecrireLignes(long graine, int nombre, String campagne, OutputStream sortie) throws IOException {
        ObjectWriter compact = JsonDossiers.mapper().writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        for (Dossier dossier : new GenerateurDossiers().generer(graine, nombre, campagne)) {
            sortie.write((compact.writeValueAsString(dossier) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        sortie.flush();
    }

    /** Writes the dossiers without closing the stream (stdout must stay open). */
    public static void ecrire(long graine, int nombre, String campagne, OutputStream sortie) throws IOException {
        JsonDossiers.mapper()
                .writerWithDefaultPrettyPrinter()
                .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(sortie, new GenerateurDossiers().generer(graine, nombre, campagne));
    }
}
