package fr.enmr.dossier.echantillon;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonGenerator;

import fr.enmr.dossier.Campagne;

/**
 * Writes generated dossiers as a JSON array of request bodies of POST /api/decisions.
 * Usage: {@code EchantillonCli <graine> <nombre> <ENMR_2010|ENMR_2014> [fichier]}; without a file, to stdout.
 */
public final class EchantillonCli {

    private EchantillonCli() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3 || args.length > 4) {
            System.err.println("usage : EchantillonCli <graine> <nombre> <ENMR_2010|ENMR_2014> [fichier]");
            System.exit(2);
        }
        long graine = Long.parseLong(args[0]);
        int nombre = Integer.parseInt(args[1]);
        Campagne campagne = Campagne.valueOf(args[2]);
        if (args.length == 4) {
            try (OutputStream fichier = Files.newOutputStream(Path.of(args[3]))) {
                ecrire(graine, nombre, campagne, fichier);
            }
        } else {
            ecrire(graine, nombre, campagne, System.out);
            System.out.println();
        }
    }

    /** Writes the dossiers without closing the stream (stdout must stay open). */
    public static void ecrire(long graine, int nombre, Campagne campagne, OutputStream sortie) throws IOException {
        JsonDossiers.mapper()
                .writerWithDefaultPrettyPrinter()
                .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(sortie, new GenerateurDossiers().generer(graine, nombre, campagne));
    }
}
