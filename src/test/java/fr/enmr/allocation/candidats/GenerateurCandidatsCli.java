package fr.enmr.allocation.candidats;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a generated national pre-list as CSV, ready for POST /api/scenarios (text/csv).
 * Usage: {@code GenerateurCandidatsCli <graine> <nombre> [fichier.csv]}; without a file, to stdout.
 */
public final class GenerateurCandidatsCli {

    private GenerateurCandidatsCli() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage : GenerateurCandidatsCli <graine> <nombre> [fichier.csv]");
            System.exit(2);
        }
        var candidats = new GenerateurCandidats(new ChiffrageDmn()).generer(Long.parseLong(args[0]), Integer.parseInt(args[1]));
        if (args.length == 3) {
            try (Writer fichier = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
                CandidatsCsv.ecrire(candidats, fichier);
            }
        } else {
            Writer sortie = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
            CandidatsCsv.ecrire(candidats, sortie);
            sortie.flush();
        }
    }
}
